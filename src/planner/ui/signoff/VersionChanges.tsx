import { useEffect, useRef } from 'react';
import type { SectionChanges } from '../../signoff/versionDiff';
import { useToolTranslator } from '../useToolTranslator';

/** What changed between two versions, section by section, as GOV.UK summary lists. Takes focus when shown. */
export function VersionChanges({ from, to, sections }: { from: number; to: number; sections: SectionChanges[] }) {
  const { t } = useToolTranslator();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [from, to, sections]);
  return (
    <div className="version-changes">
      <h3 tabIndex={-1} ref={ref} id="version-changes-heading">
        {t('signoff.changes.heading', { from, to })}
      </h3>
      {sections.length === 0 && <p>{t('signoff.changes.none')}</p>}
      {sections.map((s) => (
        <section key={s.section} aria-labelledby={`changes-${s.section}`}>
          <h4 id={`changes-${s.section}`}>{s.title}</h4>
          <dl className="summary-list">
            {s.changes.map((c, i) => (
              <div className="summary-list__row" key={`${c.label}:${i}`}>
                <dt className="summary-list__key">{c.label}</dt>
                <dd className="summary-list__value">
                  <strong className={`tag tag--${c.kind}`}>{t(`signoff.changes.kind.${c.kind}`)}</strong>
                  {c.kind === 'changed' ? (
                    <>
                      <span className="change-value">
                        <span className="change-value__label">{t('signoff.changes.was')}</span>
                        <span className="pre-line">{c.before}</span>
                      </span>
                      <span className="change-value">
                        <span className="change-value__label">{t('signoff.changes.now')}</span>
                        <span className="pre-line">{c.after}</span>
                      </span>
                    </>
                  ) : (
                    <span className="change-value pre-line">{c.kind === 'added' ? c.after : c.before}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
