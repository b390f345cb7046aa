/**
 * "Copies for each family": what the families' copies leave out (the plan's protected details,
 * written on `#/plan/<id>/copies/private`), and for a birth relative's copy and the adoptive
 * family's copy, every detail found in what people wrote that the other family must not have. Each
 * is reworded in its answer or kept with a reason, before any copy is made.
 */
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
import { copiesHash, planHash, type Route } from '../../state/hashRoute';
import { planDisplayName } from '../../state/planOperations';
import { nameProtectedFrom, type Reader } from '../../state/protectedDetails';
import { AnswerRows } from '../AnswerRows';
import { PageHeading } from '../PageHeading';
import { PracticeBanner } from '../PracticeBanner';
import { useDocumentTitle } from '../useDocumentTitle';
import { useToolTranslator } from '../useToolTranslator';
import { useAnnounce, type Landing } from '../viewLanding';
import type { PlanUpdate } from '../sectionProps';
import { PdfExportButton } from '../pdf/PdfExportButton';
import { EditionDownloads } from './EditionDownloads';
import { FindingCard } from './FindingCard';
import { ProtectedDetailsForm } from './ProtectedDetailsForm';

interface Props {
  plan: Plan;
  route: Extract<Route, { view: 'copies' }>;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

const READERS: readonly Reader[] = ['birth', 'adoptive'];

function ReaderFindings({ plan, reader, onCommit }: { plan: Plan; reader: Reader; onCommit: Props['onCommit'] }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const announce = useAnnounce();
  const signed = plan.status === 'signed';
  const found = copyFindings(plan, reader, i18n);
  const open = found.filter((f) => !f.kept);
  const kept = found.length - open.length;
  const headingId = `copy-${reader}`;
  const rewordHref = (f: CopyFinding) => (signed ? undefined : answerChangeHash(plan.id, f.section, f.row, f.item));
  return (
    <section aria-labelledby={headingId} className="copy-findings">
      <h2 id={headingId}>{t(`planner.copies.reader.${reader}`)}</h2>
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
      <PdfExportButton plan={plan} nameStyle="full" copy={{ reader }} secondary>
        {t('planner.copies.download.adoptive')}
      </PdfExportButton>
    );
  const relatives = plan.people.filter((p) => nameProtectedFrom(p, 'adoptive'));
  return (
    <>
      {relatives.map((person) => {
        const name = relativeNameInCopy(plan, person, i18n);
        const left = copyFindings(plan, reader, i18n, person.id).filter((f) => !f.kept).length;
        return left ? (
          <p key={person.id} className="copy-findings__relative">
            {t('planner.copies.relativeOpen', { count: left, name })}
          </p>
        ) : (
          <PdfExportButton key={person.id} plan={plan} nameStyle="full" copy={{ reader, forId: person.id }} secondary>
            {t('planner.copies.download.birth', { name })}
          </PdfExportButton>
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
  const { t } = useToolTranslator();
  const form = route.part === 'private' && plan.status !== 'signed';
  const title = form ? t('planner.copies.details.heading') : t('planner.copies.title');
  useDocumentTitle(title);
  return (
    <div className="planner-section">
      <a className="back-link" href={form ? copiesHash(plan.id) : planHash(plan.id)}>
        {form ? t('planner.copies.title') : t('planner.copies.back')}
      </a>
      <PracticeBanner practice={plan.practice} />
      <PageHeading caption={planDisplayName(plan, t)}>{title}</PageHeading>
      {form ? (
        <ProtectedDetailsForm plan={plan} onCommit={onCommit} navigate={navigate} />
      ) : (
        <Overview plan={plan} onCommit={onCommit} />
      )}
    </div>
  );
}
