/**
 * One edition of the plan to print from the browser (issue 14): the agency record, a family's
 * copy, the child's plan or easy read, as the same document blocks the PDF draws
 * (pdf/documentBlocks.ts), shown as HTML in the plan's document languages. Printed, every page
 * repeats which edition it is and whom it is for, and the marks the PDF carries (OFFICIAL-SENSITIVE,
 * PRACTICE, DRAFT); the builder's own controls are not printed. An edition with findings still
 * open is refused, as its download is, in the same words.
 */
import { useMemo, type CSSProperties } from 'react';
import { translator } from '../../../i18n/translator';
import { documentBlocks, pageMarks, runningLine } from '../../pdf/documentBlocks';
import { editionCopy } from '../../pdf/editionCopy';
import { editionTextScale } from '../../pdf/editionDocument';
import { A4 } from '../../pdf/pageLayout';
import type { FamilyCopy, NameStyle } from '../../pdf/planDocument';
import { documentLanguages } from '../../schema/documentLanguages';
import type { Plan } from '../../schema/planSchema';
import { isoDate, signedOffDate, signOffReadiness } from '../../signoff/signOffRules';
import { copiesHash, planHash, type Edition, type Route } from '../../state/hashRoute';
import { PageHeading } from '../PageHeading';
import { NAME_STYLES } from '../pdf/NameStyleChoice';
import { usePlanFingerprint } from '../signoff/usePlanFingerprint';
import { useDocumentTitle } from '../useDocumentTitle';
import { useToolTranslator } from '../useToolTranslator';
import { canvasMeasures } from './canvasMeasures';
import { DocumentBlocks } from './DocumentBlocks';
import { notYetMessage } from './editionGate';

type PrintRoute = Extract<Route, { view: 'print' }>;

/** The tab title: which edition, never for whom (tab titles stay in the browser's history). */
const TITLE = {
  record: 'planner.print.link.record',
  'adoptive-family': 'planner.print.link.adoptive',
  'birth-relative': 'planner.print.title.birth',
  child: 'planner.print.link.child',
  'easy-read': 'planner.print.title.easyRead',
} as const satisfies Record<Edition, string>;

/** The edition in each of the plan's document languages, with what every printed page repeats. */
function PrintedEdition({
  plan,
  copy,
  nameStyle,
}: {
  plan: Plan;
  copy: FamilyCopy | undefined;
  /** How the agency record shows the child's name (the families' copies show it as each may see it). */
  nameStyle: NameStyle;
}) {
  const { t, lang } = useToolTranslator();
  const fingerprint = usePlanFingerprint(plan);
  const languages = useMemo(() => {
    if (!fingerprint) return [];
    const readiness = signOffReadiness(plan, signedOffDate(plan) ?? isoDate(new Date()));
    const measures = canvasMeasures();
    const box = {
      width: A4.width - A4.marginLeft - A4.marginRight,
      height: A4.height - A4.marginTop - A4.marginBottom,
    };
    return documentLanguages(plan, lang).map((language) => {
      const i18n = translator(language);
      const blocks = documentBlocks(plan, {
        i18n,
        nameStyle,
        fingerprint,
        readiness,
        ...(copy ? { copy } : {}),
        ...(measures ? { measures } : {}),
        box,
        unattached: true,
      });
      const marks = pageMarks(plan, i18n);
      const running = runningLine(plan, copy, i18n);
      return { i18n, blocks, marks: [marks.security, marks.practice, marks.status].filter(Boolean), running };
    });
  }, [plan, copy, nameStyle, fingerprint, lang]);
  const [first, ...others] = languages;
  if (!first)
    return (
      <p className="loading" role="status">
        {t('planner.loading')}
      </p>
    );
  // The document's title is the view's heading (where focus lands when the view opens).
  const [title, ...rest] = first.blocks;
  const heading = title?.kind === 'heading' ? title.text : undefined;
  const scale = { '--edition-scale': copy?.wording ? editionTextScale(copy.wording) : 1 } as CSSProperties;
  return (
    <div className="edition-print" lang={first.i18n.locale}>
      <div className="edition-print__head">
        {languages.map(({ i18n, marks }) => (
          <p key={i18n.locale} lang={i18n.locale}>
            {marks.join(' · ')}
          </p>
        ))}
      </div>
      <div className={copy?.wording ? 'edition-doc edition-doc--large' : 'edition-doc'} style={scale}>
        {heading !== undefined && <PageHeading>{heading}</PageHeading>}
        <DocumentBlocks blocks={heading === undefined ? first.blocks : rest} />
        {others.map(({ i18n, blocks: more }) => (
          <div key={i18n.locale} lang={i18n.locale} className="edition-doc__language">
            <DocumentBlocks blocks={more} below={1} />
          </div>
        ))}
      </div>
      <div className="edition-print__foot">
        {languages.map(({ i18n, running }) => (
          <p key={i18n.locale} lang={i18n.locale}>
            {running}
          </p>
        ))}
      </div>
    </div>
  );
}

export default function PrintEditionPage({ plan, route }: { plan: Plan; route: PrintRoute }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  useDocumentTitle(t(TITLE[route.edition]));
  const made = useMemo(
    () => editionCopy(plan, route.edition, { forId: route.forId, band: route.band, today: isoDate(new Date()) }),
    [plan, route],
  );
  const notYet = made.ok && made.copy ? notYetMessage(plan, made.copy, i18n) : undefined;
  const back =
    route.edition === 'record' ? (
      <a className="back-link" href={planHash(plan.id)}>
        {t('planner.copies.back')}
      </a>
    ) : (
      <a className="back-link" href={copiesHash(plan.id)}>
        {t('planner.sectionPage.backToCopies')}
      </a>
    );
  if (!made.ok || notYet)
    return (
      <div className="planner-section">
        {back}
        <PageHeading>{t(TITLE[route.edition])}</PageHeading>
        <p>
          {notYet ??
            t(
              !made.ok && made.problem === 'noAgeBand'
                ? 'planner.copies.child.band.hintNoDate'
                : 'planner.print.unknown',
            )}
        </p>
      </div>
    );
  return (
    <div className="planner-section">
      <div className="no-print">
        {back}
        <p>{t('planner.print.lead')}</p>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('planner.print.button')}
        </button>
      </div>
      <PrintedEdition plan={plan} copy={made.copy} nameStyle={NAME_STYLES.find((s) => s === route.name) ?? 'full'} />
    </div>
  );
}
