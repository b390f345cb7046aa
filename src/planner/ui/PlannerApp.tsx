/**
 * The plan builder island. It owns the plan store, the current plan, autosave and the view, which it
 * reads from the URL hash so back, forward and reload work. Its first load is the plans list: a
 * plan's views and words (PlanView.tsx) load when the first plan is opened, the schema when a plan
 * or a file is read, and sections, worked examples, the sign-off section and the PDF code on demand.
 */
import { forgetPlansInMemory } from '../../device/forgetInMemory';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { SectionId } from '../schema/planVocabulary';
import type { Plan } from '../schema/planSchema';
import { MAX_FILE_BYTES } from '../schema/planFileText';
import type { PlanFileResult } from '../schema/planFile';
import { downloadPlanFile } from './privacy/downloadPlanFile';
import { builderPlanCatalogue } from '../../i18n/builderPlanCatalogue';
import { messageText } from '../../i18n/keyedMessage';
import { SECTION_META } from '../schema/sections';
import { parseHash, planHash, sectionHash, type Route } from '../state/hashRoute';
import { caseFromExample, createPlan, planDisplayName, planFromExample } from '../state/planOperations';
import { createAutosaver, type Autosaver } from '../storage/autosave';
import { clearItemDrafts } from '../storage/itemDrafts';
import { placeOpenedPlan } from '../storage/placeOpenedPlan';
import type { PdfVerificationReport } from '../pdf/openPlanPdf';
import type { PlannerHost } from './plannerHost';
import {
  duplicateStoredPlan,
  listPlans,
  loadPlan,
  mostRecentPlanId,
  renameStoredPlan,
  type PlanSummary,
} from '../storage/planLibrary';
import type { PlanStore } from '../storage/planStore';
import { ErrorSummary } from './ErrorSummary';
import { PageHeading } from './PageHeading';
import { Loading } from './Loading';
import { NoPlanForSection } from './NoPlanForSection';
import { PLAN_FILE_INPUT_ID, PlanFileControls } from './PlanFileControls';
import { PlansList, type ExampleLink } from './PlansList';
import { saveBeforeLeaving } from './saveBeforeLeaving';
import type { SaveState } from './SaveStatus';
import { useDocumentTitle } from './useDocumentTitle';
import { useTranslator } from './useTranslator';
import type { PlanUpdate } from './sectionProps';
import type { Landing } from './viewLanding';

/** A plan's views, loaded when the first plan is opened (with a plan's words: WithPlanWords.tsx). */
const loadPlanView = () => import('./PlanView');
const PlanView = lazy(loadPlanView);
// What an opened PDF's checks found: shown only after a PDF is opened, so its code and words load then.
const PdfCheckReport = lazy(() => import('./pdf/PdfCheckReport').then((m) => ({ default: m.PdfCheckReport })));
const FingerprintCompare = lazy(() =>
  import('./pdf/FingerprintCompare').then((m) => ({ default: m.FingerprintCompare })),
);
/** Reads a chosen PDF in a worker, with a time limit; loaded only when a PDF is opened. */
const openPdf = async (bytes: Uint8Array): Promise<OpenedFile> =>
  (await import('../privacy/openPdfInWorker')).openPdfInWorker(bytes);
/** A plan file's result; a PDF's also says what each of its checks found. */
type OpenedFile = PlanFileResult & { verification?: PdfVerificationReport };
/** Worked example plans, each its own chunk, loaded only when asked for. */
const EXAMPLES = import.meta.glob<unknown>('../examples/*.json', { import: 'default' });
/**
 * Worked examples in another language, in a folder named by it (examples/cy/): the same people and
 * facts, the free text translated; opened from that language's builder when there is one.
 */
const TRANSLATED_EXAMPLES = import.meta.glob<unknown>('../examples/*/*.json', { import: 'default' });

/** What is wrong with a file that could not be opened, in words. */
interface FileProblem {
  message: string;
  issues: { path: string; message: string }[];
}

const isAppHash = (hash: string) => hash === '' || hash.startsWith('#/');

function NotFound() {
  const { t } = useTranslator();
  useDocumentTitle(t('planner.notFound.title'));
  return (
    <>
      <PageHeading>{t('planner.notFound.title')}</PageHeading>
      <p>{t('planner.notFound.body')}</p>
      <p>
        <a href="#/">{t('planner.notFound.link')}</a>
      </p>
    </>
  );
}

/** `host`: the privacy shell (ui/privacy/DeviceShell.tsx), which chooses and guards the store. */
export default function PlannerApp({ examples = [], host }: { examples?: ExampleLink[]; host: PlannerHost }) {
  const i18n = useTranslator();
  const { t } = i18n;
  const [ready, setReady] = useState(false);
  const [route, setRoute] = useState<Route>({ view: 'list' });
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const [plan, setPlan] = useState<Plan | undefined | null>(undefined); // null: not found
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const { sessionOnly } = host;
  const [notice, setNotice] = useState<string>();
  const [note, setNote] = useState<{ section: SectionId }>();
  const [fileProblem, setFileProblem] = useState<FileProblem>();
  const [fileProblemCount, setFileProblemCount] = useState(0);
  const storeRef = useRef<PlanStore>(undefined);
  const autosaverRef = useRef<Autosaver>(undefined);
  const planRef = useRef<Plan | undefined>(undefined);
  /** A message to show on the view being navigated to (state is cleared on every navigation). */
  const nextNoticeRef = useRef<string | undefined>(undefined);
  /** What an opened PDF's checks found, shown with the notice that it was opened. */
  const [pdfReport, setPdfReport] = useState<PdfVerificationReport>();
  const nextPdfReportRef = useRef<PdfVerificationReport | undefined>(undefined);
  /** Where focus lands on the view being navigated to, instead of its h1. */
  const [landingFocus, setLandingFocus] = useState<readonly string[]>([]);
  const nextFocusRef = useRef<string[] | undefined>(undefined);

  const store = () => storeRef.current!;
  const refreshList = useCallback(async () => setPlans(await listPlans(store())), []);

  const navigate = useCallback((hash: string, landing?: Landing) => {
    if (landing?.notice) nextNoticeRef.current = landing.notice;
    nextFocusRef.current = landing?.focus;
    if (location.hash === hash) {
      setNotice(nextNoticeRef.current);
      nextNoticeRef.current = undefined;
      setPdfReport(nextPdfReportRef.current);
      nextPdfReportRef.current = undefined;
      setLandingFocus(nextFocusRef.current ?? []);
      nextFocusRef.current = undefined;
      setRoute(parseHash(hash));
    } else location.hash = hash;
  }, []);

  // Start: open the store, honour ?example= and ?section=, then follow the hash.
  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      const opened = host.store;
      storeRef.current = opened;
      autosaverRef.current = createAutosaver((p) => opened.put(p), {
        onSaved: () => setSaveState({ kind: 'saved', at: new Date() }),
        onError: (error) =>
          setSaveState({
            kind: 'failed',
            reason:
              error instanceof Error && error.name === 'QuotaExceededError'
                ? 'quota'
                : error instanceof Error && error.name === 'PlanChangedElsewhereError'
                  ? 'elsewhere'
                  : 'refused',
          }),
      });
      host.connect({
        flush: () => autosaverRef.current!.flush(),
        currentPlan: () => planRef.current,
        saveToFile: () => saveToFile(),
      });
      const params = new URLSearchParams(location.search);
      // ?example= opens a worked example as a practice plan; ?case= as a case only (its facts and
      // people) for a training group to build; ?new=practice starts an empty practice plan, for a
      // trainer writing their own fictional case.
      const caseId = params.get('case');
      const exampleId = params.get('example') ?? caseId;
      const newPractice = params.get('new') === 'practice';
      const sectionId = params.get('section') as SectionId | null;
      let hash = location.hash;
      if (exampleId) {
        hash = (await openExample(opened, exampleId, caseId !== null)) ?? '#/';
        if (hash === '#/') setNotice(t('planner.notice.noExample', { id: exampleId }));
      } else if (newPractice) {
        const fresh = createPlan({ practice: true });
        await opened.put(fresh);
        hash = planHash(fresh.id);
      } else if (sectionId && sectionId in SECTION_META) {
        const recent = await mostRecentPlanId(opened);
        if (recent) hash = sectionHash(recent, sectionId);
        else {
          hash = '#/';
          setNote({ section: sectionId });
        }
      }
      if (exampleId || newPractice || sectionId) history.replaceState(null, '', `${location.pathname}${hash}`);
      if (cancelled) return;
      setPlans(await listPlans(opened));
      setRoute(parseHash(isAppHash(hash) ? hash : '#/'));
      setReady(true);
    };
    void start();
    const onHash = () => {
      if (!isAppHash(location.hash)) return; // skip link and error summary anchors
      if (planRef.current) setPlan(planRef.current);
      setFileProblem(undefined);
      setNotice(nextNoticeRef.current);
      nextNoticeRef.current = undefined;
      setPdfReport(nextPdfReportRef.current);
      nextPdfReportRef.current = undefined;
      setLandingFocus(nextFocusRef.current ?? []);
      nextFocusRef.current = undefined;
      setRoute(parseHash(location.hash));
    };
    const stopWatching = saveBeforeLeaving(() => autosaverRef.current);
    window.addEventListener('hashchange', onHash);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHash);
      stopWatching();
    };
    // Once, on mount: the host is fixed for the builder's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Load the plan the route points at.
  const routePlanId = route.view === 'list' ? undefined : route.planId;
  useEffect(() => {
    if (!ready) return;
    if (!routePlanId) {
      planRef.current = undefined;
      setPlan(undefined);
      void refreshList();
      return;
    }
    if (planRef.current?.id === routePlanId) return;
    // Fetch a plan's views and words while the plan is read, not after it (kept once loaded; a
    // fetch that failed is tried again when the view renders).
    loadPlanView().catch(() => undefined);
    builderPlanCatalogue(i18n.lang).catch(() => undefined);
    let cancelled = false;
    void (async () => {
      await autosaverRef.current?.flush();
      const loaded = await loadPlan(store(), routePlanId);
      if (cancelled) return;
      planRef.current = loaded;
      setPlan(loaded ?? null);
      setSaveState(loaded ? { kind: 'loaded', at: new Date(loaded.updatedAt) } : { kind: 'idle' });
    })();
    return () => {
      cancelled = true;
    };
  }, [ready, routePlanId, refreshList, i18n.lang]);

  // PlanView hands over each change after its sign-off guard (a signed-off plan is read-only).
  const change = useCallback((update: PlanUpdate, render: boolean) => {
    const current = planRef.current;
    if (!current) return;
    const updated = update(current);
    if (updated === current) return;
    const next = { ...updated, updatedAt: new Date().toISOString() };
    planRef.current = next;
    autosaverRef.current?.schedule(next);
    // A saved answer ("Save and continue", an added person) is written at once; typing is debounced.
    if (render) {
      void autosaverRef.current?.flush();
      setPlan(next);
    }
  }, []);
  // The other plans "Copy from another plan" offers: what this session's store can read.
  const listStoredPlans = useCallback(() => listPlans(store()), []);
  const loadStoredPlan = useCallback((id: string) => loadPlan(store(), id), []);

  async function openExample(target: PlanStore, id: string, caseOnly: boolean): Promise<string | undefined> {
    const load = TRANSLATED_EXAMPLES[`../examples/${i18n.lang}/${id}.json`] ?? EXAMPLES[`../examples/${id}.json`];
    if (!load) return undefined;
    const [{ validatePlanData }, { withToolWords }] = await Promise.all([
      import('../schema/planFile'),
      import('./loadToolTranslator'),
    ]);
    const result = validatePlanData(await load());
    if (!result.ok) return undefined;
    // A case's title is among the tools' words, which the builder's first load leaves out.
    const practice = caseOnly
      ? caseFromExample(result.plan, id, (await withToolWords(i18n)).t)
      : planFromExample(result.plan, id);
    await target.put(practice);
    return planHash(practice.id);
  }

  const startNewPlan = async (then?: SectionId) => {
    const fresh = createPlan();
    await store().put(fresh);
    navigate(then ? sectionHash(fresh.id, then) : planHash(fresh.id));
  };

  const saveToFile = async () => {
    const current = planRef.current;
    if (!current) return;
    await autosaverRef.current?.flush();
    downloadPlanFile(current);
  };

  const openFile = async (file: File) => {
    setNotice(undefined);
    setPdfReport(undefined);
    const fail = (problem: FileProblem) => {
      setFileProblem(problem);
      setFileProblemCount((n) => n + 1);
    };
    if (file.size === 0) return fail({ message: t('planner.files.fileEmpty', { file: file.name }), issues: [] });
    if (file.size > MAX_FILE_BYTES) {
      return fail({
        message: t('planner.files.fileTooLarge', { file: file.name, megabytes: MAX_FILE_BYTES / 1_000_000 }),
        issues: [],
      });
    }
    let result: OpenedFile;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { readPlanFileBytes } = await import('../privacy/readPlanFileBytes');
      result = await readPlanFileBytes(bytes, file.name, openPdf);
    } catch {
      return fail({ message: t('planner.files.fileUnreadable', { file: file.name }), issues: [] });
    }
    if (!result.ok) {
      // The schema's problems are in a plan's words, a PDF's checks' in the tools': loaded now.
      const { translatorFor } = await import('./loadToolTranslator');
      const words = await translatorFor([result.message, ...result.issues.map((i) => i.message)], i18n);
      return fail({
        message: messageText(words.t, result.message),
        issues: result.issues.map((i) => ({ path: i.path, message: messageText(words.t, i.message) })),
      });
    }
    const placed = await placeOpenedPlan(store(), result.plan, file.name);
    if (!placed.ok) return fail({ message: messageText(t, placed.message), issues: [] });
    const opened = placed.plan;
    setFileProblem(undefined);
    nextNoticeRef.current = t(placed.asCopy ? 'planner.files.openedAsCopy' : 'planner.files.opened', {
      file: file.name,
    });
    nextPdfReportRef.current = result.verification;
    if (planRef.current?.id === opened.id) {
      planRef.current = undefined; // reload it from the store
      setPlan(undefined);
    }
    navigate(planHash(opened.id));
  };

  const fileErrorSummary = fileProblem && (
    <ErrorSummary key={fileProblemCount} errors={[{ target: PLAN_FILE_INPUT_ID, message: fileProblem.message }]} />
  );
  const fileIssues = fileProblem && fileProblem.issues.length > 0 && (
    <div className="file-issues">
      <h2>{t('planner.files.issuesHeading')}</h2>
      <ul>
        {fileProblem.issues.slice(0, 20).map((i) => (
          <li key={`${i.path}:${i.message}`}>
            <code>{i.path || t('planner.files.issuesWholeFile')}</code>: {i.message}
          </li>
        ))}
      </ul>
      {fileProblem.issues.length > 20 && (
        <p>{t('planner.files.issuesMore', { count: fileProblem.issues.length - 20 })}</p>
      )}
      <p>{t('planner.files.issuesUnchanged')}</p>
    </div>
  );
  // Always on the page, so that a message put into it (a removal) is announced.
  const noticeBanner = (
    <>
      <div className={notice ? 'notification-banner' : undefined} role="status">
        {notice && <p>{notice}</p>}
        {notice && pdfReport && (
          <Suspense fallback={null}>
            <PdfCheckReport verification={pdfReport} />
          </Suspense>
        )}
      </div>
      {notice && pdfReport?.fingerprint && (
        <Suspense fallback={null}>
          <FingerprintCompare fingerprint={pdfReport.fingerprint} />
        </Suspense>
      )}
    </>
  );

  if (!ready) {
    return (
      <>
        <h1>{t('planner.name')}</h1>
        <Loading />
      </>
    );
  }

  if (route.view === 'list') {
    return (
      <>
        {fileErrorSummary}
        {noticeBanner}
        <PlansList
          hasErrors={!!fileProblem}
          plans={plans}
          examples={examples}
          sessionOnly={sessionOnly}
          storageNote={host.storageNote}
          deviceControls={host.deviceControls}
          note={
            note && (
              <Suspense fallback={null}>
                <NoPlanForSection section={note.section} onStart={() => void startNewPlan(note.section)} />
              </Suspense>
            )
          }
          fileControls={
            <>
              {fileIssues}
              <PlanFileControls onOpen={(f) => void openFile(f)} error={fileProblem?.message} />
            </>
          }
          onNew={() => void startNewPlan()}
          onDuplicate={async (id) => {
            const copy = await duplicateStoredPlan(store(), id, t);
            await refreshList();
            if (copy) setNotice(t('planner.notice.copied', { name: planDisplayName(copy, t) }));
          }}
          onRename={async (id, title) => {
            await renameStoredPlan(store(), id, title);
            await refreshList();
          }}
          onDelete={async (id) => {
            await store().delete(id);
            clearItemDrafts(id);
            await refreshList();
            setNotice(t('planner.notice.deleted'));
          }}
          onDeleteAll={async () => {
            await store().deleteAll();
            clearItemDrafts();
            forgetPlansInMemory();
            await refreshList();
            setNotice(t('planner.notice.deletedAll'));
          }}
        />
      </>
    );
  }

  if (plan === null) return <NotFound />;
  if (!plan || plan.id !== route.planId) return <Loading />;

  return (
    <Suspense fallback={<Loading />}>
      <PlanView
        plan={plan}
        route={route}
        saveState={saveState}
        sessionOnly={sessionOnly}
        noticeBanner={noticeBanner}
        fileErrorSummary={fileErrorSummary}
        fileIssues={fileIssues}
        fileError={fileProblem?.message}
        landingFocus={landingFocus}
        announce={setNotice}
        change={change}
        navigate={navigate}
        saveToFile={saveToFile}
        openFile={(f) => void openFile(f)}
        listPlans={listStoredPlans}
        loadPlan={loadStoredPlan}
      />
    </Suspense>
  );
}
