/**
 * The privacy shell of the builder and the letter pages. Around what it guards (the builder, or a
 * letter being written or checked) it shows what the device session
 * (privacy/deviceSession.ts) decides: the device question, the unlock screen, the idle warning,
 * storage warnings, plans open in another tab and "Everything deleted"; it forwards the browser's
 * events to the session. Rarely needed screens load on demand, to keep the builder's first load small.
 */
import { Fragment, lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { BEFORE_UPDATE_EVENT, type BeforeUpdateDetail } from '../../../offline/registerServiceWorker';
import { browserSessionDevice } from '../../privacy/browserSessionDevice';
import { createDeviceSession, type DeviceSession } from '../../privacy/deviceSession';
import { planDisplayName } from '../../state/planOperations';
import { DeviceBar } from './DeviceBar';
// Not loaded on demand: it is the first screen of every first visit and of every visit on a shared
// computer, and loading it lazily put one more script request in a row before the first control.
import DeviceQuestion from './DeviceQuestion';
// Not loaded on demand: after "Delete everything" nothing more may be fetched, or the old service
// worker, still in charge of this page until it closes, would cache it again.
import EverythingDeleted from './EverythingDeleted';
import type { BuilderHandle, PlannerHost } from '../plannerHost';
import { useTranslator } from '../useTranslator';
import { StorageWarning } from './StorageWarning';

const UnlockScreen = lazy(() => import('./UnlockScreen'));
const IdleWarning = lazy(() => import('./IdleWarning'));
const PlanOpenElsewhere = lazy(() => import('./PlanOpenElsewhere'));
const ReadOnlyPlan = lazy(() => import('./ReadOnlyPlan'));
const DeviceControls = lazy(() => import('./DeviceControls'));

function Loading() {
  const { t } = useTranslator();
  return (
    <p className="loading" role="status">
      {t('privacy.shell.loading')}
    </p>
  );
}

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'touchstart', 'wheel'] as const;

/** The session for this page, started once, with the browser's events forwarded to it. */
function useDeviceSession(): DeviceSession {
  const [session] = useState(() => createDeviceSession(browserSessionDevice()));
  useEffect(() => {
    const onHash = () => session.routeChanged();
    // On a shared computer the plans are only in this page, and an update reloads it: not now.
    const onBeforeUpdate = (event: Event) => {
      const detail = (event as CustomEvent<Partial<BeforeUpdateDetail> | undefined>).detail;
      if (session.getState().storage?.holdsPlansInTab()) detail?.holdBack?.();
      else detail?.waitFor?.(session.saveEverything());
    };
    const onPageHide = () => session.pageHidden();
    // On a shared computer the plans are only in this page: the browser asks before it goes.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.getState().storage?.holdsPlansInTab()) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers need both
    };
    const onPageShow = () => session.pageShown();
    const activity = () => session.activity();
    const visible = () => document.visibilityState === 'visible' && session.visible();
    window.addEventListener('hashchange', onHash);
    window.addEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('beforeunload', onBeforeUnload);
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visible);
    void session.start();
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('beforeunload', onBeforeUnload);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity, { capture: true });
      document.removeEventListener('visibilitychange', visible);
      session.close();
    };
  }, [session]);
  return session;
}

export default function DeviceShell({
  heading,
  children,
}: {
  /** The page's h1 while the session starts. */
  heading: string;
  /** What the shell guards, once the device's storage is open. */
  children: (host: PlannerHost) => ReactNode;
}) {
  const { t } = useTranslator();
  const session = useDeviceSession();
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const builderRef = useRef<BuilderHandle>(undefined);
  const { phase, storage, store, open, planId } = state;

  if (phase.kind === 'starting' || phase.kind === 'wiping') {
    return (
      <>
        <h1>{heading}</h1>
        <Loading />
      </>
    );
  }

  let content;
  if (phase.kind === 'question') {
    content = (
      <DeviceQuestion
        current={phase.changing ? storage?.mode : undefined}
        problem={
          phase.plansOnDevice === undefined
            ? undefined
            : t('privacy.question.error.plansOnDevice', { count: phase.plansOnDevice })
        }
        onBack={phase.changing && storage ? () => session.leaveQuestion() : undefined}
        onAnswer={(mode) => void session.answerQuestion(mode)}
      />
    );
  } else if (phase.kind === 'locked') {
    content = (
      <UnlockScreen
        reason={phase.reason}
        countPlans={() => storage?.count() ?? Promise.resolve(0)}
        onUnlock={(passphrase) => session.unlock(passphrase)}
        onForget={() => session.forgetPlans()}
      />
    );
  } else if (phase.kind === 'wiped') {
    content = <EverythingDeleted elsewhere={phase.elsewhere} failed={phase.failed} />;
  } else if (!open || !storage || !store) {
    content = <Loading />;
  } else if (state.showReadOnly && state.readOnly) {
    content = (
      <ReadOnlyPlan plan={state.readOnly.plan} reason={state.readOnly.reason} onTakeOver={() => session.takeOver()} />
    );
  } else if (state.elsewhere) {
    content = (
      <PlanOpenElsewhere
        planName={state.elsewherePlan && planDisplayName(state.elsewherePlan, t)}
        onChoose={(choice) => void (choice === 'take-over' ? session.takeOver() : session.readOnlyCopy())}
      />
    );
  } else {
    const host: PlannerHost = {
      store,
      sessionOnly: storage.where === 'tab',
      storageNote:
        storage.where === 'tab' ? (
          <p>{t('privacy.shell.storageNote.tab')}</p>
        ) : (
          <p>
            {storage.isProtected
              ? t('privacy.shell.storageNote.deviceProtected')
              : t('privacy.shell.storageNote.device')}
          </p>
        ),
      deviceControls: (
        <Suspense fallback={null}>
          <DeviceControls
            mode={storage.mode}
            where={storage.where}
            isProtected={storage.isProtected}
            listPlans={() => store.list()}
            onChangeMode={() => session.askQuestionAgain()}
            onProtect={(passphrase, avoid) => session.protect(passphrase, avoid)}
            onUnprotect={() => session.unprotect()}
            onDeleteEverything={() => void session.deleteEverything()}
          />
        </Suspense>
      ),
      connect: (handle) => {
        builderRef.current = handle;
        session.connectBuilder(handle);
      },
    };
    content = <Fragment key={state.builderKey}>{children(host)}</Fragment>;
  }

  const canSave = open && !!planId && !state.showReadOnly && !state.elsewhere;
  return (
    <>
      {open && storage && (
        <DeviceBar
          where={storage.where}
          refused={storage.refused}
          isProtected={storage.isProtected}
          onLock={() => void session.lock('now')}
        />
      )}
      {open && state.problem && (
        <StorageWarning
          kind={state.problem}
          onSave={canSave ? () => void builderRef.current?.saveToFile() : undefined}
        />
      )}
      {state.notice && open && (
        <div className="notification-banner" role="status">
          <p>{t(state.notice)}</p>
        </div>
      )}
      <Suspense fallback={<Loading />}>{content}</Suspense>
      {state.warnUntil !== undefined && open && (
        <Suspense fallback={null}>
          <IdleWarning
            lockAt={state.warnUntil}
            onStay={() => session.stayUnlocked()}
            action={
              storage?.isProtected
                ? { kind: 'lock', onLockNow: () => void session.lock('now') }
                : { kind: 'clear', onSave: canSave ? () => void builderRef.current?.saveToFile() : undefined }
            }
          />
        </Suspense>
      )}
    </>
  );
}
