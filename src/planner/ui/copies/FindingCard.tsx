/**
 * One finding in a family's copy: the answer it is in, the detail marked where it stands, why it
 * matters, and what the social worker can do: reword the answer, or keep the detail with a reason
 * (and stop keeping it again).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import type { CopyFinding } from '../../answers/copyFindings';
import { FormGroup } from '../fields/FormGroup';
import { fieldId } from '../fields/fieldId';
import { useToolTranslator } from '../useToolTranslator';
import { rewordId } from '../viewLanding';

/** How much of the answer to show either side of the detail. */
const CONTEXT = 60;

function Excerpt({ value, start, end }: { value: string; start: number; end: number }) {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(value.length, end + CONTEXT);
  return (
    <blockquote className="finding__excerpt">
      {from > 0 && '…'}
      {value.slice(from, start)}
      <mark>{value.slice(start, end)}</mark>
      {value.slice(end, to)}
      {to < value.length && '…'}
    </blockquote>
  );
}

interface Props {
  /** The card's id: its "Reword this answer" link is `rewordId(id)`, where rewording returns. */
  id: string;
  found: CopyFinding;
  /** Where "Reword this answer" goes; absent when no form asks the answer. */
  rewordHref?: string;
  /** Absent when the plan cannot change (signed off). */
  onKeep?(reason: string): void;
  onStopKeeping?(): void;
}

export function FindingCard({ id, found, rewordHref, onKeep, onStopKeeping }: Props) {
  const { t } = useToolTranslator();
  const { finding, row, item, kept } = found;
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const name = `keep-${useId().replace(/:/g, '')}`;
  const where = item
    ? t('planner.copies.whereInItem', { section: found.sectionTitle, item: item.heading, answer: row.label })
    : t('planner.copies.where', { section: found.sectionTitle, answer: row.label });
  const keep = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('plan.error.keptFinding.reason.required'));
      input.current?.focus();
      return;
    }
    onKeep?.(reason);
  };
  return (
    <li id={id} className={kept ? 'finding finding--kept' : 'finding'}>
      <h4 className="finding__where">{where}</h4>
      <Excerpt value={row.value} start={finding.start} end={finding.end} />
      <p className="finding__why">{t(`letters.finding.${finding.type}` as MessageKey)}</p>
      {kept ? (
        <>
          <p className="finding__kept">{t('planner.copies.kept', { reason: kept.reason })}</p>
          {onStopKeeping && (
            <button type="button" className="button button--secondary" onClick={onStopKeeping}>
              {t('planner.copies.stopKeeping', { detail: finding.text })}
            </button>
          )}
        </>
      ) : (
        <div className="finding__actions">
          {rewordHref && (
            <a id={rewordId(id)} href={rewordHref}>
              {t('planner.copies.reword')}
            </a>
          )}
          {onKeep && (
            <details className="finding__keep">
              <summary>{t('planner.copies.keep.open')}</summary>
              <form autoComplete="off" noValidate onSubmit={keep}>
                <FormGroup
                  name={name}
                  label={t('planner.copies.keep.label', { detail: finding.text })}
                  hint={t('planner.copies.keep.hint')}
                  error={error}
                >
                  {(describedBy) => (
                    <textarea
                      ref={input}
                      className="textarea"
                      id={fieldId(name)}
                      name={name}
                      rows={2}
                      autoComplete="off"
                      aria-describedby={describedBy}
                      aria-invalid={error ? true : undefined}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  )}
                </FormGroup>
                <button type="submit" className="button button--secondary">
                  {t('planner.copies.keep.button')}
                </button>
              </form>
            </details>
          )}
        </div>
      )}
    </li>
  );
}
