/**
 * "Privacy on this device", at the end of the plans list: the answer to the shared-computer
 * question (with Change), passphrase protection (turn on or off), and "Delete everything from
 * this device".
 */
import { lazy, Suspense, useState } from 'react';
import type { DeviceMode } from '../../privacy/deviceSettings';
import type { Plan } from '../../schema/planSchema';
import { passphraseWordsToAvoid } from '../../state/passphraseWords';
import { useTranslator } from '../useTranslator';
import { ConfirmAction } from './ConfirmAction';

const ProtectForm = lazy(() => import('./ProtectForm'));

interface Props {
  mode: DeviceMode;
  where: 'device' | 'tab';
  isProtected: boolean;
  listPlans(): Promise<Plan[]>;
  onChangeMode(): void;
  onProtect(passphrase: string, avoid: readonly string[]): Promise<void>;
  onUnprotect(): Promise<void>;
  onDeleteEverything(): void;
}

export default function DeviceControls(props: Props) {
  const { t } = useTranslator();
  const [panel, setPanel] = useState<'protect' | 'unprotect' | 'delete'>();
  const [count, setCount] = useState<number>();
  const [avoid, setAvoid] = useState<readonly string[]>([]);
  const open = (next: typeof panel) => {
    setPanel(next);
    if (next === 'delete')
      void props.listPlans().then(
        (plans) => setCount(plans.length),
        () => setCount(undefined),
      );
    if (next === 'protect')
      void props.listPlans().then(
        (plans) => setAvoid(passphraseWordsToAvoid(plans)),
        () => setAvoid([]),
      );
  };
  const row = (key: string, value: string, action?: [label: string, hidden: string, onClick: () => void]) => (
    <div className="summary-list__row summary-list__row--actions">
      <dt className="summary-list__key">{key}</dt>
      <dd className="summary-list__value">{value}</dd>
      {action && (
        <dd className="summary-list__actions">
          <button type="button" className="link-button" onClick={action[2]}>
            {action[0]}
            <span className="visually-hidden"> {action[1]}</span>
          </button>
        </dd>
      )}
    </div>
  );
  return (
    <section className="device-controls" aria-labelledby="device-controls-heading">
      <h2 id="device-controls-heading">{t('privacy.controls.heading')}</h2>
      <dl className="summary-list">
        {row(
          t('privacy.controls.shared.key'),
          props.mode === 'shared' ? t('privacy.controls.shared.yes') : t('privacy.controls.shared.no'),
          [t('privacy.controls.shared.change'), t('privacy.controls.shared.changeHidden'), props.onChangeMode],
        )}
        {props.where === 'device' &&
          row(
            t('privacy.controls.passphrase.key'),
            props.isProtected ? t('privacy.controls.passphrase.on') : t('privacy.controls.passphrase.off'),
            props.isProtected
              ? [
                  t('privacy.controls.passphrase.turnOff'),
                  t('privacy.controls.passphrase.actionHidden'),
                  () => open('unprotect'),
                ]
              : [
                  t('privacy.controls.passphrase.turnOn'),
                  t('privacy.controls.passphrase.actionHidden'),
                  () => open('protect'),
                ],
          )}
      </dl>
      {panel === 'protect' && (
        <Suspense fallback={null}>
          <ProtectForm
            avoid={avoid}
            onProtect={async (p) => {
              // Listed again as the form is sent, so plans saved since it opened count too.
              await props.onProtect(p, passphraseWordsToAvoid(await props.listPlans()));
              setPanel(undefined);
            }}
            onCancel={() => setPanel(undefined)}
          />
        </Suspense>
      )}
      {panel === 'unprotect' && (
        <ConfirmAction
          confirmLabel={t('privacy.controls.unprotect.confirm')}
          onConfirm={() => {
            setPanel(undefined);
            void props.onUnprotect();
          }}
          onCancel={() => setPanel(undefined)}
        >
          <p>
            <strong>{t('privacy.controls.unprotect.question')}</strong>
          </p>
        </ConfirmAction>
      )}

      <h3>{t('privacy.controls.delete.heading')}</h3>
      <p>{t('privacy.controls.delete.text')}</p>
      {panel === 'delete' ? (
        <ConfirmAction
          confirmLabel={t('privacy.controls.delete.confirm')}
          onConfirm={() => {
            setPanel(undefined);
            props.onDeleteEverything();
          }}
          onCancel={() => setPanel(undefined)}
        >
          <p>
            <strong>
              {count ? t('privacy.controls.delete.questionCounted', { count }) : t('privacy.controls.delete.question')}
            </strong>
          </p>
        </ConfirmAction>
      ) : (
        <button type="button" className="button button--warning" onClick={() => open('delete')}>
          {t('privacy.controls.delete.button')}
        </button>
      )}
    </section>
  );
}
