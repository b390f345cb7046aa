/**
 * One plan's views: its task list, sections, check answers, copying from another plan, the
 * families' copies and their print views, and the exchange log. Loaded when the first plan is
 * opened, and gives them a plan's words (WithPlanWords.tsx), so the builder's first screen, the
 * plans list, carries neither this code nor those words (issue 18's start budget). PlannerApp keeps
 * the plan, its autosave and the route; changes come back through `change`, after the sign-off
 * guard here.
 */
import { lazy, memo, Suspense, useCallback, type ComponentType, type ReactNode } from 'react';
import type { SectionId } from '../schema/planVocabulary';
import type { Plan } from '../schema/planSchema';
import { guardPlanUpdate } from '../signoff/planLifecycle';
import { formatRoute, type Route } from '../state/hashRoute';
import type { PlanSummary } from '../storage/planLibrary';
import { Loading } from './Loading';
import { PlanFileControls } from './PlanFileControls';
import { SaveStatus, type SaveState } from './SaveStatus';
import type { PlanUpdate, SectionProps } from './sectionProps';
import { TaskList } from './TaskList';
import WithPlanWords from './WithPlanWords';
import { AnnounceContext, checkRowFocus, LandingFocus, type Landing } from './viewLanding';

type SectionComponent = ComponentType<SectionProps>;
const section = (load: () => Promise<{ default: SectionComponent }>) =>
  lazy(() => load().then((m) => ({ default: memo(m.default) })));

const SECTIONS: Record<Exclude<SectionId, 'signoff'>, ComponentType<SectionProps>> = {
  child: section(() => import('./ChildSection')),
  purposes: section(() => import('./PurposesSection')),
  people: section(() => import('./PeopleSection')),
  factors: section(() => import('./FactorsSection')),
  arrangements: section(() => import('./ArrangementsSection')),
  support: section(() => import('./SupportSection')),
  voices: section(() => import('./VoicesSection')),
  change: section(() => import('./ChangeSection')),
  review: section(() => import('./ReviewSection')),
};
const SignOff: SectionComponent = section(() => import('./signoff/SignOffSection'));
/** A signed-off plan's sections: answers only, nothing to change. */
const SignedSection = section(() => import('./signoff/SignedSectionView'));
const PdfActions = lazy(() => import('./pdf/PdfActions'));
const CheckAnswers = lazy(() => import('./CheckAnswers'));
const CopyFromPlan = lazy(() => import('./CopyFromPlan'));
const CopiesPage = lazy(() => import('./copies/CopiesPage'));
const PrintEditionPage = lazy(() => import('./copies/PrintEditionPage'));
const ExchangeLogPage = lazy(() => import('./exchanges/ExchangeLogPage'));

export interface PlanViewProps {
  plan: Plan;
  route: Exclude<Route, { view: 'list' }>;
  saveState: SaveState;
  sessionOnly: boolean;
  /** The notice and what an opened PDF's checks found, always on the page. */
  noticeBanner: ReactNode;
  /** The error summary and list of problems of a plan file that could not be opened. */
  fileErrorSummary: ReactNode;
  fileIssues: ReactNode;
  fileError: string | undefined;
  /** Where focus lands on this view, instead of its h1. */
  landingFocus: readonly string[];
  announce(message: string | undefined): void;
  /** Hands the plan's next state to the builder: `render` for a saved answer, not while typing. */
  change(update: PlanUpdate, render: boolean): void;
  navigate(hash: string, landing?: Landing): void;
  saveToFile(): Promise<void>;
  openFile(file: File): void;
  /** The other plans "Copy from another plan" offers: what this session's store can read. */
  listPlans(): Promise<PlanSummary[]>;
  loadPlan(id: string): Promise<Plan | undefined>;
}

export default function PlanView({
  plan,
  route,
  saveState,
  sessionOnly,
  noticeBanner,
  fileErrorSummary,
  fileIssues,
  fileError,
  landingFocus,
  announce,
  change,
  navigate,
  saveToFile,
  openFile,
  listPlans,
  loadPlan,
}: PlanViewProps) {
  // A signed-off plan is read-only: the guard keeps it unless the update is its next version.
  const guarded = useCallback(
    (update: PlanUpdate, render: boolean) => change((current) => guardPlanUpdate(current, update(current)), render),
    [change],
  );
  const onDraft = useCallback((update: PlanUpdate) => guarded(update, false), [guarded]);
  const onCommit = useCallback((update: PlanUpdate) => guarded(update, true), [guarded]);

  const status = <SaveStatus state={saveState} sessionOnly={sessionOnly} />;
  let view: ReactNode;
  if (route.view === 'tasks') {
    view = (
      <TaskList
        hasErrors={!!fileError}
        plan={plan}
        fileActions={
          <>
            {fileIssues}
            <PlanFileControls onSave={saveToFile} onOpen={openFile} error={fileError}>
              <Suspense fallback={null}>
                <PdfActions plan={plan} />
              </Suspense>
            </PlanFileControls>
          </>
        }
      />
    );
  } else if (route.view === 'check') {
    // Back from a "Change": focus lands at that answer's Change link, not at the top.
    view = (
      <LandingFocus.Provider value={route.row ? checkRowFocus(route.row) : landingFocus}>
        <Suspense fallback={<Loading />}>
          <CheckAnswers plan={plan} />
        </Suspense>
      </LandingFocus.Provider>
    );
  } else if (route.view === 'copy') {
    view = (
      <Suspense fallback={<Loading />}>
        <CopyFromPlan
          key={formatRoute(route)}
          plan={plan}
          route={route}
          listPlans={listPlans}
          loadPlan={loadPlan}
          onCommit={onCommit}
          navigate={navigate}
        />
      </Suspense>
    );
  } else if (route.view === 'copies') {
    view = (
      <AnnounceContext.Provider value={announce}>
        <Suspense fallback={<Loading />}>
          <CopiesPage key={formatRoute(route)} plan={plan} route={route} onCommit={onCommit} navigate={navigate} />
        </Suspense>
      </AnnounceContext.Provider>
    );
  } else if (route.view === 'print') {
    view = (
      <Suspense fallback={<Loading />}>
        <PrintEditionPage key={formatRoute(route)} plan={plan} route={route} />
      </Suspense>
    );
  } else if (route.view === 'exchanges') {
    view = (
      <LandingFocus.Provider value={landingFocus}>
        <Suspense fallback={<Loading />}>
          <ExchangeLogPage key={formatRoute(route)} plan={plan} route={route} onCommit={onCommit} navigate={navigate} />
        </Suspense>
      </LandingFocus.Provider>
    );
  } else {
    const Section =
      route.section === 'signoff' ? SignOff : plan.status === 'signed' ? SignedSection : SECTIONS[route.section];
    view = (
      <AnnounceContext.Provider value={announce}>
        <LandingFocus.Provider value={landingFocus}>
          <Suspense fallback={<Loading />}>
            <Section
              key={formatRoute(route)}
              plan={plan}
              route={route}
              onDraft={onDraft}
              onCommit={onCommit}
              navigate={navigate}
            />
          </Suspense>
        </LandingFocus.Provider>
      </AnnounceContext.Provider>
    );
  }
  return (
    <WithPlanWords>
      {route.view === 'tasks' && fileErrorSummary}
      {noticeBanner}
      {status}
      {view}
    </WithPlanWords>
  );
}
