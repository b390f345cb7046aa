/**
 * "Copies for each family": what the families' copies leave out (the plan's protected details,
 * written on `#/plan/<id>/copies/private`), and for a birth relative's copy and the adoptive
 * family's copy, every detail found in what people wrote that the other family must not have. Each
 * is reworded in its answer or kept with a reason, before any copy is made.
 */
import { useState } from 'react';
import type { Translator } from '../../../i18n/translator';
import { sectionAnswers } from '../../answers/planAnswers';
import {
  copyFindings,
  keepFinding,
  relativeNameInCopy,
  stopKeeping,
  type CopyFinding,
} from '../../answers/copyFindings';
import type { Plan } from '../../schema/planSchema';
import { answerChangeHash } from '../../state/answerChange';
import { copiesHash, planHash, printHash, type Route } from '../../state/hashRoute';
import { planDisplayName } from '../../state/planOperations';
import { nameProtectedFrom, type Reader } from '../../state/protectedDetails';
import { AnswerRows } from '../AnswerRows';
import { PageHeading } from '../PageHeading';
import { PracticeBanner } from '../PracticeBanner';
import { useDocumentTitle } from '../useDocumentTitle';
import { useToolTranslator } from '../useToolTranslator';
import { LandingFocus, rewordId, useAnnounce, type Landing } from '../viewLanding';
import type { PlanUpdate } from '../sectionProps';
import { PdfExportButton } from '../pdf/PdfExportButton';
import { notYetMessage } from './editionGate';
import { EditionDownloads } from './EditionDownloads';
import { PrintLink } from './PrintLink';
import { FindingCard } from './FindingCard';
import { ProtectedDetailsForm } from './ProtectedDetailsForm';

interface Props {
  plan: Plan;
  route: Extract<Route, { view: 'copies' }>;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

const READERS: readonly Reader[] = ['birth', 'adoptive'];

/** A finding's card, by its reader's copy, its answer and where the detail starts in it. */
const findingId = (reader: Reader, f: CopyFinding) => `finding-${reader}-${f.row.key}-${f.finding.start}`;

/**
 * Back from rewording `answer`: its findings still open (their "Reword" links), else the first copy
 * it had a finding in; then the page's heading.
 */
function rewordedLanding(plan: Plan, answer: string, i18n: Translator): string[] {
  const inAnswer = READERS.map(
    (reader) => [reader, copyFindings(plan, reader, i18n).filter((f) => f.row.key === answer)] as const,
  );
  return [
    ...inAnswer.flatMap(([reader, found]) => found.filter((f) => !f.kept).map((f) => rewordId(findingId(reader, f)))),
    ...inAnswer.filter(([, found]) => found.length).map(([reader]) => `copy-${reader}`),
  ];
}

function ReaderFindings({ plan, reader, onCommit }: { plan: Plan; reader: Reader; onCommit: Props['onCommit'] }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const announce = useAnnounce();
  const signed = plan.status === 'signed';
  const found = copyFindings(plan, reader, i18n);
  const open = found.filter((f) => !f.kept);
  const kept = found.length - open.length;
  const headingId = `copy-${reader}`;
  // Rewording returns here, at this answer's finding.
  const rewordHref = (f: CopyFinding) =>
    signed ? undefined : answerChangeHash(plan.id, f.section, f.row, f.item, 'copies');
  return (
    <section aria-labelledby={headingId} className="copy-findings">
      <h2 id={headingId} tabIndex={-1}>
        {t(`planner.copies.reader.${reader}`)}
      </h2>
      <p>{t(`planner.copies.reader.${reader}.intro`)}</p>
      <p className="copy-findings__count">
        {open.length
          ? t('planner.copies.open', { count: open.length })
          : t(kept ? 'planner.copies.noneOpen' : 'planner.copies.clear')}
        {kept > 0 && ` ${t('planner.copies.keptCount', { count: kept })}`}
      </p>
      <CopyDownloads plan={plan} reader={reader} open={open.length} />
      {found.length > 0 && (
        <ul className="findings">
          {found.map((f) => (
            <FindingCard
              key={`${f.row.key}:${f.finding.start}`}
              id={findingId(reader, f)}
              found={f}
              rewordHref={rewordHref(f)}
              {...(signed
                ? {}
                : {
                    onKeep: (reason: string) => {
                      onCommit((p) => keepFinding(p, f.row.key, f.finding.text, reason));
                      announce(t('planner.copies.keptNotice', { detail: f.finding.text }));
                    },
                    onStopKeeping: () => {
                      onCommit((p) => stopKeeping(p, f.row.key, f.finding.text));
                      announce(t('planner.copies.reopenedNotice', { detail: f.finding.text }));
                    },
                  })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The copies of one kind, once nothing is left open in them: the adoptive family's (`open` is what
 * is left in it), or one for each birth relative, each holding only what concerns them and so
 * checked on its own: a relative's copy can be made while another's still has details to settle.
 */
function CopyDownloads({ plan, reader, open }: { plan: Plan; reader: Reader; open: number }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  if (reader === 'adoptive')
    return open ? null : (
      <div className="edition-actions">
        <PdfExportButton plan={plan} nameStyle="full" copy={{ reader }} secondary>
          {t('planner.copies.download.adoptive')}
        </PdfExportButton>
        <PrintLink href={printHash(plan.id, 'adoptive-family')}>{t('planner.print.link.adoptive')}</PrintLink>
      </div>
    );
  const relatives = plan.people.filter((p) => nameProtectedFrom(p, 'adoptive'));
  return (
    <>
      {relatives.map((person) => {
        const name = relativeNameInCopy(plan, person, i18n);
        const notYet = notYetMessage(plan, { reader, forId: person.id }, i18n);
        return notYet ? (
          <p key={person.id} className="copy-findings__relative">
            {notYet}
          </p>
        ) : (
          <div key={person.id} className="edition-actions">
            <PdfExportButton plan={plan} nameStyle="full" copy={{ reader, forId: person.id }} secondary>
              {t('planner.copies.download.birth', { name })}
            </PdfExportButton>
            <PrintLink href={printHash(plan.id, 'birth-relative', { forId: person.id })}>
              {t('planner.print.link.birth', { name })}
            </PrintLink>
          </div>
        );
      })}
    </>
  );
}

function Overview({ plan, onCommit }: { plan: Plan; onCommit: Props['onCommit'] }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const signed = plan.status === 'signed';
  const details = sectionAnswers(plan, 'people', i18n).parts.find(
    (part) => part.kind === 'rows' && part.rows.some((row) => row.key.startsWith('protectedDetails.')),
  );
  const rows =
    details?.kind === 'rows' ? details.rows.filter((row) => !row.key.startsWith('protectedDetails.kept')) : [];
  return (
    <>
      <p className="lead">{t('planner.copies.lead')}</p>
      {signed && <p className="inset-text">{t('planner.copies.signed')}</p>}
      <h2>{t('planner.copies.details.heading')}</h2>
      {rows.length ? <AnswerRows rows={rows} /> : <p>{t('planner.copies.details.none')}</p>}
      {!signed && (
        <p>
          <a href={copiesHash(plan.id, 'private')} className="button button--secondary">
            {t(rows.length ? 'planner.copies.details.change' : 'planner.copies.details.write')}
          </a>
        </p>
      )}
      {READERS.map((reader) => (
        <ReaderFindings key={reader} plan={plan} reader={reader} onCommit={onCommit} />
      ))}
      <EditionDownloads plan={plan} />
    </>
  );
}

export default function CopiesPage({ plan, route, onCommit, navigate }: Props) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  // Computed once, when the view opens: where the user lands (PageHeading reads it once).
  const [landing] = useState(() => (route.answer ? rewordedLanding(plan, route.answer, i18n) : []));
  const form = route.part === 'private' && plan.status !== 'signed';
  const title = form ? t('planner.copies.details.heading') : t('planner.copies.title');
  useDocumentTitle(title);
  return (
    <div className="planner-section">
      <a className="back-link" href={form ? copiesHash(plan.id) : planHash(plan.id)}>
        {form ? t('planner.copies.title') : t('planner.copies.back')}
      </a>
      <PracticeBanner practice={plan.practice} />
      <LandingFocus.Provider value={landing}>
        <PageHeading caption={planDisplayName(plan, t)}>{title}</PageHeading>
      </LandingFocus.Provider>
      {form ? (
        <ProtectedDetailsForm plan={plan} onCommit={onCommit} navigate={navigate} />
      ) : (
        <Overview plan={plan} onCommit={onCommit} />
      )}
    </div>
  );
}
