/**
 * What the check found in a letter, on both letter pages: the letter with each detail marked in
 * place, and for each finding why it matters, what to write instead, and "This is fine because…",
 * which keeps it with a reason. The count is announced politely when it changes.
 */
import { useState } from 'react';
import type { KeptFinding } from '../../letters/letterDraft';
import { keepFinding, letterParts, unkeepFinding, type ReviewedFinding } from '../../letters/letterFindings';
import { useTranslator } from '../useTranslator';

interface Props {
  letter: string;
  /** Undefined until the letter is checked: only the (empty) live region is there, ready to announce. */
  findings: readonly ReviewedFinding[] | undefined;
  kept: readonly KeptFinding[];
  onKeptChange(kept: KeptFinding[]): void;
  /** The level of the section's heading. */
  level?: 2 | 3;
}

export function LetterFindings({ letter, findings, kept, onKeptChange, level = 2 }: Props) {
  const { t } = useTranslator();
  const Heading = `h${level}` as const;
  const SubHeading = `h${level + 1}` as 'h3' | 'h4';
  const left = findings?.filter((f) => f.keptBecause === undefined).length ?? 0;
  const show = (id: string) => {
    const mark = document.getElementById(`mark-${id}`);
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus();
  };
  const status =
    findings === undefined
      ? ''
      : findings.length === 0
        ? t('letters.findings.none')
        : `${t('letters.findings.summary', { count: findings.length })} ${t('letters.findings.left', { count: left })}`;
  return (
    <>
      <p role="status" className="letter-findings__status">
        {status}
      </p>
      {findings && findings.length > 0 && (
        <section className="letter-findings" aria-labelledby="letter-findings-title">
          <Heading id="letter-findings-title">{t('letters.findings.title')}</Heading>
          <SubHeading id="letter-marked-title">{t('letters.findings.marked')}</SubHeading>
          <div className="letter-marked" role="group" aria-labelledby="letter-marked-title">
            {letterParts(letter, findings).map((part, i) =>
              part.finding ? (
                <mark
                  key={i}
                  id={`mark-${part.finding.id}`}
                  tabIndex={-1}
                  className={part.finding.keptBecause === undefined ? undefined : 'kept'}
                >
                  {part.text}
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </div>
          <ol className="letter-findings__list">
            {findings.map((finding) => (
              <FindingItem
                key={`${finding.id}:${finding.text}`}
                finding={finding}
                SubHeading={SubHeading}
                onShow={() => show(finding.id)}
                onKeep={(reason) => onKeptChange(keepFinding(kept, finding.text, reason))}
                onUnkeep={() => onKeptChange(unkeepFinding(kept, finding.text))}
              />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function FindingItem({
  finding,
  SubHeading,
  onShow,
  onKeep,
  onUnkeep,
}: {
  finding: ReviewedFinding;
  SubHeading: 'h3' | 'h4';
  onShow(): void;
  onKeep(reason: string): void;
  onUnkeep(): void;
}) {
  const { t } = useTranslator();
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const id = `${finding.id}-reason`;
  const keep = () => {
    if (!reason.trim()) {
      setError(true);
      document.getElementById(id)?.focus();
      return;
    }
    setError(false);
    onKeep(reason);
  };
  return (
    <li className={finding.keptBecause === undefined ? 'letter-finding' : 'letter-finding letter-finding--kept'}>
      <SubHeading className="letter-finding__title">
        {t(`letters.findingType.${finding.type}`)}: <q>{finding.text}</q>
      </SubHeading>
      <p>
        <button type="button" className="link-button" onClick={onShow}>
          {t('letters.findings.show')}
        </button>
      </p>
      <dl className="letter-finding__advice">
        <dt>{t('letters.findings.why')}</dt>
        <dd>{t(`letters.finding.${finding.type}`)}</dd>
        <dt>{t('letters.findings.instead')}</dt>
        <dd>{t(`letters.rewording.${finding.type}`)}</dd>
      </dl>
      {finding.keptBecause === undefined ? (
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor={id}>
            {t('letters.findings.fineBecause')}
          </label>
          <div className="hint" id={`${id}-hint`}>
            {t('letters.findings.fineBecause.hint')}
          </div>
          {error && (
            <p className="error-message" id={`${id}-error`}>
              <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
              {t('letters.findings.keep.missing')}
            </p>
          )}
          <input
            id={id}
            className="input"
            type="text"
            autoComplete="off"
            value={reason}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                keep();
              }
            }}
          />
          <button type="button" className="button button--secondary" onClick={keep}>
            {t('letters.findings.keep')}
          </button>
        </div>
      ) : (
        <>
          <p className="letter-finding__kept">{t('letters.findings.keptBecause', { reason: finding.keptBecause })}</p>
          <button type="button" className="button button--secondary" onClick={onUnkeep}>
            {t('letters.findings.unkeep')}
          </button>
        </>
      )}
    </li>
  );
}
