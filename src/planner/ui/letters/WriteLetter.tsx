/**
 * "Write a letter": four calm steps (who is writing; before you start; the letter, with the guide's
 * prompts and a running word count; the check, then print or save as PDF with the agency's cover
 * sheet). The letter and where the writer is stay in the draft (useLetterDraft.ts), so a reload
 * comes back to the same step; nothing goes in the address or the page title.
 */
import { useMemo, useState } from 'react';
import { AGE_BANDS, LETTER_GUIDES, WRITER_ROLES } from '../../letters/letterGuide';
import { countWords, LETTER_STEPS, type LetterStep } from '../../letters/letterDraft';
import { detailsFromWords, reviewLetter } from '../../letters/letterFindings';
import { localPath } from '../../../i18n/localPath';
import { PageHeading } from '../PageHeading';
import type { PlannerHost } from '../plannerHost';
import { ChoiceRadios } from '../privacy/ChoiceRadios';
import { ConfirmAction } from '../privacy/ConfirmAction';
import { useTranslator } from '../useTranslator';
import { CoverSheet } from './CoverSheet';
import { LetterField } from './LetterField';
import { LetterFindings } from './LetterFindings';
import { useLetterDraft } from './useLetterDraft';

export default function WriteLetter({ host }: { host: PlannerHost }) {
  const i18n = useTranslator();
  const { t } = i18n;
  const { draft, update, discard } = useLetterDraft();
  const [roleMissing, setRoleMissing] = useState(false);
  const [confirmNew, setConfirmNew] = useState(false);
  const stepNumber = LETTER_STEPS.indexOf(draft.step) + 1;
  const guide = draft.role ? LETTER_GUIDES[draft.role] : undefined;
  const findings = useMemo(
    () => reviewLetter(draft.letter, detailsFromWords(draft.avoid), draft.kept),
    [draft.letter, draft.avoid, draft.kept],
  );
  const go = (step: LetterStep) => update({ step });
  const caption = `${t('letters.write.title')}: ${t('letters.write.stepOf', { step: stepNumber, count: LETTER_STEPS.length })}`;

  const buttons = (back: LetterStep | undefined, next: () => void) => (
    <div className="button-group">
      <button type="button" className="button" onClick={next}>
        {t('letters.write.continue')}
      </button>
      {back && (
        <button type="button" className="button button--secondary" onClick={() => go(back)}>
          {t('letters.write.back')}
        </button>
      )}
    </div>
  );

  let body;
  if (draft.step === 'writer' || !guide) {
    body = (
      <>
        <PageHeading caption={caption}>{t('letters.write.writer.title')}</PageHeading>
        <ChoiceRadios
          name="letter-role"
          legend={t('letters.write.writer.role')}
          error={roleMissing ? t('letters.write.role.missing') : undefined}
          options={WRITER_ROLES.map(
            (role) => [role, t(`letters.write.role.${role}`), t(`letters.write.role.${role}.hint`)] as const,
          )}
          value={draft.role}
          onChange={(role) => {
            setRoleMissing(false);
            update({ role });
          }}
        />
        <LetterField
          name="letter-first-name"
          label={t('letters.write.firstName')}
          hint={t('letters.write.firstName.hint')}
          value={draft.firstName}
          onChange={(firstName) => update({ firstName })}
        />
        <LetterField
          name="letter-exchange"
          label={t('letters.write.exchange')}
          hint={t('letters.write.exchange.hint')}
          value={draft.exchange}
          onChange={(exchange) => update({ exchange })}
        />
        {buttons(undefined, () => {
          if (draft.role) return go('before');
          setRoleMissing(true);
          document.getElementById(`letter-role-${WRITER_ROLES[0]}`)?.focus();
        })}
      </>
    );
  } else if (draft.step === 'before') {
    body = (
      <>
        <PageHeading caption={caption}>{t('letters.write.before.title')}</PageHeading>
        <ul className="letter-prompts">
          {guide.before.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <ChoiceRadios
          name="letter-age"
          legend={t('letters.write.age')}
          options={AGE_BANDS.map((band) => [band, t(`letters.write.age.${band}`)] as const)}
          value={draft.age}
          onChange={(age) => update({ age })}
        />
        {draft.age && (
          <div className="inset-text">
            <h2>{t('letters.write.ideas')}</h2>
            <p>{t(guide.ideas[draft.age])}</p>
          </div>
        )}
        <p>
          <a href={localPath(guide.path, i18n.lang)} target="_blank" rel="noopener">
            {t('letters.write.guide')}
          </a>
        </p>
        {buttons('writer', () => go('write'))}
      </>
    );
  } else if (draft.step === 'write') {
    body = (
      <>
        <PageHeading caption={caption}>{t('letters.write.write.title')}</PageHeading>
        <div className="letter-desk">
          <div className="letter-desk__paper">
            <LetterField
              name="letter-text"
              label={t('letters.write.letter')}
              hint={t('letters.write.letter.hint')}
              rows={18}
              value={draft.letter}
              onChange={(letter) => update({ letter })}
              describedBy="letter-word-count"
              after={
                <p id="letter-word-count" className="letter-word-count">
                  {t('letters.write.words', { count: countWords(draft.letter) })}
                </p>
              }
            />
            <LetterField
              name="letter-avoid"
              label={t('letters.write.avoid')}
              hint={t('letters.write.avoid.hint')}
              rows={4}
              value={draft.avoid}
              onChange={(avoid) => update({ avoid })}
            />
          </div>
          <aside className="letter-desk__guide" aria-labelledby="letter-say">
            <h2 id="letter-say">{t('letters.write.say')}</h2>
            <ul>
              {guide.say.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
            {draft.age && <p>{t(guide.ideas[draft.age])}</p>}
            <h2>{t('letters.write.leaveOut')}</h2>
            <ul>
              {guide.avoid.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </aside>
        </div>
        {buttons('before', () => go('check'))}
      </>
    );
  } else {
    const left = findings.filter((f) => f.keptBecause === undefined).length;
    body = (
      <>
        <PageHeading caption={caption}>{t('letters.write.check.title')}</PageHeading>
        <p>{t('letters.write.check.intro')}</p>
        <LetterFindings
          letter={draft.letter}
          findings={findings}
          kept={draft.kept}
          onKeptChange={(kept) => update({ kept })}
        />
        {left > 0 && <p className="warning-text">{t('letters.write.print.remaining', { count: left })}</p>}
        <p className="hint">{t('letters.write.print.hint')}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('letters.write.print')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => go('write')}>
            {t('letters.write.edit')}
          </button>
        </div>
        {confirmNew ? (
          <ConfirmAction
            confirmLabel={t('letters.write.new.yes')}
            onConfirm={() => {
              setConfirmNew(false);
              discard();
            }}
            onCancel={() => setConfirmNew(false)}
          >
            <p>{t('letters.write.new.confirm')}</p>
          </ConfirmAction>
        ) : (
          <p>
            <button type="button" className="link-button" onClick={() => setConfirmNew(true)}>
              {t('letters.write.new')}
            </button>
          </p>
        )}
      </>
    );
  }

  return (
    <div className="letters-app">
      <div className="letters-app__screen" key={draft.step}>
        {body}
        <p className="hint">{host.sessionOnly ? t('letters.write.saved.tab') : t('letters.write.saved.device')}</p>
        {host.deviceControls}
      </div>
      <CoverSheet draft={draft} findings={findings} />
    </div>
  );
}
