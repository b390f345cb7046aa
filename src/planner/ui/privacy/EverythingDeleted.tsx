/** After "Delete everything from this device" (here or in another tab): what went, and what to do next. */
import { localPath } from '../../../i18n/localPath';
import type { MessageKey } from '../../../i18n/catalogue';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { useTranslator } from '../useTranslator';

const REMOVED = [
  'privacy.deleted.item.plans',
  'privacy.deleted.item.drafts',
  'privacy.deleted.item.settings',
  'privacy.deleted.item.passphrase',
  'privacy.deleted.item.offlineCopy',
] as const satisfies readonly MessageKey[];

/** `failed`: what could not be removed, from wipeDevice. */
export default function EverythingDeleted({ elsewhere, failed }: { elsewhere: boolean; failed: MessageKey[] }) {
  const i18n = useTranslator();
  const { t } = i18n;
  useDocumentTitle(t('privacy.deleted.title'));
  return (
    <div className="everything-deleted">
      <PageHeading>{t('privacy.deleted.title')}</PageHeading>
      {elsewhere && <p className="inset-text">{t('privacy.deleted.elsewhere')}</p>}
      <p>{t('privacy.deleted.intro')}</p>
      <ul>
        {REMOVED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {failed.length > 0 && (
        <div className="warning-text">
          <p>
            <strong>{t('privacy.deleted.failed', { parts: i18n.list(failed.map((key) => t(key))) })}</strong>
          </p>
        </div>
      )}
      <p>{t('privacy.deleted.files')}</p>
      <p>{t('privacy.deleted.shared')}</p>
      <p>
        <a href={localPath('/planner/', i18n.lang)}>{t('privacy.deleted.startAgain')}</a>
      </p>
    </div>
  );
}
