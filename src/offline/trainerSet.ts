/**
 * The script of every trainers' page (src/components/offline/KeepTrainerSet.astro): registers the
 * service worker, asks it to keep the trainer set, and, where the page has a status line, says
 * whether it did. Its words come from the page (`TRAINER_SET_MESSAGE_KEYS`).
 */
import { scriptTranslator } from '../i18n/scriptTranslator';
import { keepTrainerSet, registerServiceWorker, type UpdateMessageKey } from './registerServiceWorker';

export const TRAINER_SET_MESSAGE_KEYS = [
  'trainer.offline.working',
  'trainer.offline.done',
  'trainer.offline.failed',
  'trainer.offline.unsupported',
] as const;
type TrainerSetMessageKey = (typeof TRAINER_SET_MESSAGE_KEYS)[number];

export async function keepTrainerSetOffline(): Promise<void> {
  const holder = document.getElementById('keep-trainer-set');
  const status = document.getElementById('trainer-set-status');
  const { t } = scriptTranslator<UpdateMessageKey | TrainerSetMessageKey>(holder?.dataset.messages);
  const say = (key: TrainerSetMessageKey) => {
    if (status) status.textContent = t(key);
  };
  if (!(await registerServiceWorker(holder?.dataset.audience ? undefined : t))) {
    say('trainer.offline.unsupported');
    return;
  }
  say('trainer.offline.working');
  say((await keepTrainerSet().catch(() => false)) ? 'trainer.offline.done' : 'trainer.offline.failed');
}
