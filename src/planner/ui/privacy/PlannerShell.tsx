/**
 * The plan builder island. Around the builder (PlannerApp) it decides where plans are kept and who
 * may see them:
 * - first use: "Is this a shared or public computer?";
 * - the device's storage (shared: this tab only; personal: IndexedDB, optionally encrypted), with the
 *   unlock screen while locked, "Lock now", and the idle lock with its warning;
 * - a warning with "Save plan to file" the moment storage fails, while the builder keeps working;
 * - tabs editing the same plan (another tab is told, and offered a read-only copy or taking over);
 * - "Delete everything from this device";
 * - saving before a new version of the site is installed (`sit:before-update`).
 * Rarely needed screens load on demand, to keep the builder's first load small.
 */
import { lazy, Suspense, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import PlannerApp from '../PlannerApp';
import type { ExampleLink } from '../PlansList';
import { BEFORE_UPDATE_EVENT } from '../../../offline/registerServiceWorker';
import { readDeviceMode, writeDeviceMode, idleTimeouts, type DeviceMode } from '../../privacy/deviceSettings';
import { openDeviceStorage, switchDeviceMode, type DeviceStorage } from '../../privacy/deviceStorage';
import { createIdleTimer, type IdleTimer } from '../../privacy/idleTimer';
import { createTabCoordinator, type TabCoordinator } from '../../privacy/tabCoordinator';
import { wipeDevice } from '../../privacy/wipeDevice';
import type { Plan } from '../../schema/planSchema';
import { parseHash } from '../../state/hashRoute';
import { planDisplayName } from '../../state/planOperations';
import type { PlanStore } from '../../storage/planStore';
import { createResilientPlanStore, type ResilientPlanStore } from '../../storage/resilientPlanStore';
import { DeviceBar } from './DeviceBar';
// Not loaded on demand: after "Delete everything" nothing more may be fetched, or the old service
// worker, still in charge of this page until it closes, would cache it again.
import EverythingDeleted from './EverythingDeleted';
import type { BuilderHandle, PlannerHost } from '../plannerHost';
import { useTranslator } from '../useTranslator';
import { StorageWarning, type StorageWarningKind } from './StorageWarning';

const DeviceQuestion = lazy(() => import('./DeviceQuestion'));
const UnlockScreen = lazy(() => import('./UnlockScreen'));
const IdleWarning = lazy(() => import('./IdleWarning'));
const PlanOpenElsewhere = lazy(() => import('./PlanOpenElsewhere'));
const ReadOnlyPlan = lazy(() => import('./ReadOnlyPlan'));
const DeviceControls = lazy(() => import('./DeviceControls'));

type LockReason = 'now' | 'idle' | 'elsewhere' | 'start';
type Phase =
  | { kind: 'starting' }
  | { kind: 'question'; changing?: boolean; problem?: string }
  | { kind: 'locked'; reason: LockReason }
  | { kind: 'open' }
  | { kind: 'wiping' }
  | { kind: 'wiped'; elsewhere: boolean; failed: MessageKey[] };

function Loading() {
  const { t } = useTranslator();
  return (
    <p className="loading" role="status">
      {t('privacy.shell.loading')}
    </p>
  );
}

/** The plans of the storage as it is now: refuses once locked, so nothing keeps the key alive. */
function currentPlans(storage: () => DeviceStorage | undefined): PlanStore {
  const plans = () => {
    const store = storage()?.store;
    if (!store) throw new DOMException('The plans are locked', 'InvalidStateError');
    return store;
  };
  return {
    list: () => plans().list(),
    get: (id) => plans().get(id),
    put: (plan) => plans().put(plan),
    delete: (id) => plans().delete(id),
    deleteAll: () => plans().deleteAll(),
  };
}

const routePlanId = () => {
  const route = parseHash(location.hash);
  return route.view === 'list' ? undefined : route.planId;
};

export default function PlannerShell({ examples = [] }: { examples?: ExampleLink[] }) {
  const { t } = useTranslator();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [store, setStore] = useState<ResilientPlanStore>();
  const [builderKey, setBuilderKey] = useState(0);
  const [problem, setProblem] = useState<StorageWarningKind>();
  const [notice, setNotice] = useState<string>();
  const [planId, setPlanId] = useState<string>();
  const [readOnly, setReadOnly] = useState<{ plan: Plan; reason: 'chosen' | 'taken-over' }>();
  const [elsewhereName, setElsewhereName] = useState<string>();
  const [warnUntil, setWarnUntil] = useState<number>();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const storageRef = useRef<DeviceStorage>(undefined);
  const builderRef = useRef<BuilderHandle>(undefined);
  const coordinatorRef = useRef<TabCoordinator>(undefined);
  const idleRef = useRef<IdleTimer>(undefined);
  const storeRef = useRef<ResilientPlanStore>(undefined);

  /** Saves what the builder and the drafts are holding. */
  const saveEverything = useCallback(async () => {
    await builderRef.current?.flush().catch(() => undefined);
    await storageRef.current?.flush();
  }, []);

  const showBuilder = useCallback((storage: DeviceStorage, message?: string) => {
    const resilient = createResilientPlanStore(
      currentPlans(() => storageRef.current),
      {
        onProblem: (p) => setProblem(p),
        onRecovered: () => setProblem(storage.refused ? 'refused' : undefined),
      },
    );
    storeRef.current = resilient;
    setStore(resilient);
    setProblem(storage.refused ? 'refused' : undefined);
    setReadOnly(undefined);
    setNotice(message);
    setBuilderKey((k) => k + 1);
    setPhase({ kind: 'open' });
  }, []);

  const openStorage = useCallback(
    async (mode: DeviceMode, message?: string) => {
      storageRef.current?.close();
      const storage = await openDeviceStorage(mode);
      storageRef.current = storage;
      if (storage.locked) setPhase({ kind: 'locked', reason: 'start' });
      else showBuilder(storage, message);
    },
    [showBuilder],
  );

  const lock = useCallback(
    async (reason: LockReason) => {
      const storage = storageRef.current;
      if (!storage?.isProtected || storage.locked) return;
      await saveEverything();
      coordinatorRef.current?.hold(undefined);
      // "Lock now" locks every tab; an idle tab locks only itself (the user may be busy in another).
      if (reason === 'now') coordinatorRef.current?.announce('lock');
      builderRef.current = undefined;
      storeRef.current = undefined;
      setStore(undefined);
      setReadOnly(undefined);
      setWarnUntil(undefined);
      setNotice(undefined);
      await storage.lock();
      setPhase({ kind: 'locked', reason });
    },
    [saveEverything],
  );

  const stopForWipe = useCallback(async (elsewhere: boolean) => {
    // No saving first: everything is being deleted, and a late save would leave a plan behind.
    builderRef.current = undefined;
    storeRef.current = undefined;
    setStore(undefined);
    setPhase({ kind: 'wiping' });
    coordinatorRef.current?.hold(undefined);
    storageRef.current?.close();
    storageRef.current = undefined;
    const failed = elsewhere ? [] : await wipeDevice();
    setPhase({ kind: 'wiped', elsewhere, failed });
  }, []);

  // Start: the tab coordinator, the stored answer to the device question, the storage.
  useEffect(() => {
    const coordinator = createTabCoordinator({
      onChange: rerender,
      onYield: rerender,
      onTakenOver: async (id) => {
        await saveEverything();
        const plan = await storeRef.current?.get(id).catch(() => undefined);
        if (plan) setReadOnly({ plan, reason: 'taken-over' });
      },
      onWiped: () => void stopForWipe(true),
      onSettingsChanged: () => void saveEverything().then(() => location.reload()),
      onLockAll: () => void lock('elsewhere'),
    });
    coordinatorRef.current = coordinator;
    setPlanId(routePlanId());
    const onHash = () => {
      setPlanId(routePlanId());
      setNotice(undefined);
    };
    const onBeforeUpdate = (event: Event) => {
      (event as CustomEvent<{ waitFor?(p: Promise<unknown>): void }>).detail?.waitFor?.(saveEverything());
    };
    const onPageHide = () => coordinator.hold(undefined);
    window.addEventListener('hashchange', onHash);
    window.addEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', rerender);
    void (async () => {
      // Opening a plan straight from its address: first hear whether another tab is editing it.
      if (routePlanId()) await coordinator.ready;
      const mode = readDeviceMode();
      if (!mode) setPhase({ kind: 'question' });
      else await openStorage(mode);
    })();
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', rerender);
      coordinator.close();
      storageRef.current?.close();
    };
  }, [lock, openStorage, saveEverything, stopForWipe]);

  const storage = storageRef.current;
  const open = phase.kind === 'open' && storage !== undefined && store !== undefined;
  const coordinator = coordinatorRef.current;
  const showReadOnly = open && planId !== undefined && readOnly?.plan.id === planId;
  const elsewhere = open && planId !== undefined && !showReadOnly && !!coordinator?.heldElsewhere(planId);
  const editing = open && !showReadOnly && !elsewhere ? planId : undefined;

  // Say which plan this tab is editing; leaving a read-only copy forgets it.
  useEffect(() => {
    coordinatorRef.current?.hold(editing);
  }, [editing]);
  useEffect(() => {
    if (readOnly && planId !== readOnly.plan.id) setReadOnly(undefined);
  }, [planId, readOnly]);
  useEffect(() => {
    if (!elsewhere || !planId) return;
    void storeRef.current?.get(planId).then(
      (p) => setElsewhereName(p && planDisplayName(p, t)),
      () => undefined,
    );
  }, [elsewhere, planId, t]);

  // The idle lock, while the plans are protected and unlocked.
  const idleLockOn = open && !!storage?.isProtected;
  useEffect(() => {
    if (!idleLockOn) return;
    const { lockAfterMs, warnAfterMs } = idleTimeouts();
    const timer = createIdleTimer({
      lockAfterMs,
      warnAfterMs,
      onWarn: (left) => setWarnUntil(Date.now() + left),
      onLock: () => void lock('idle'),
    });
    idleRef.current = timer;
    const activity = () => timer.activity();
    const visible = () => document.visibilityState === 'visible' && timer.check();
    const events = ['keydown', 'pointerdown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, activity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      timer.stop();
      idleRef.current = undefined;
      for (const e of events) window.removeEventListener(e, activity, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, [idleLockOn, lock]);

  const changeMode = async (to: DeviceMode) => {
    const current = storageRef.current;
    if (!current) {
      writeDeviceMode(to);
      return openStorage(to);
    }
    await saveEverything();
    const result = await switchDeviceMode(current, to, writeDeviceMode);
    if (!result.ok) {
      return setPhase({
        kind: 'question',
        changing: true,
        problem: t('privacy.question.error.plansOnDevice', { count: result.planCount }),
      });
    }
    storageRef.current = result.storage;
    coordinatorRef.current?.announce('settings');
    if (result.storage.locked) setPhase({ kind: 'locked', reason: 'start' });
    else
      showBuilder(
        result.storage,
        to === 'shared' ? t('privacy.shell.notice.shared') : t('privacy.shell.notice.personal'),
      );
  };

  if (phase.kind === 'starting' || phase.kind === 'wiping') {
    return (
      <>
        <h1>{t('privacy.shell.heading')}</h1>
        <Loading />
      </>
    );
  }

  let content;
  if (phase.kind === 'question') {
    content = (
      <DeviceQuestion
        current={phase.changing ? storageRef.current?.mode : undefined}
        problem={phase.problem}
        onBack={phase.changing && storageRef.current ? () => showBuilder(storageRef.current!) : undefined}
        onAnswer={(mode) => {
          if (phase.changing) void changeMode(mode);
          else {
            writeDeviceMode(mode);
            void openStorage(mode);
          }
        }}
      />
    );
  } else if (phase.kind === 'locked') {
    content = (
      <UnlockScreen
        reason={phase.reason}
        countPlans={() => storageRef.current?.count() ?? Promise.resolve(0)}
        onUnlock={async (passphrase) => {
          const s = storageRef.current!;
          await s.unlock(passphrase);
          showBuilder(s);
        }}
        onForget={async () => {
          const s = storageRef.current!;
          await s.forgetPlans();
          coordinatorRef.current?.announce('settings');
          // The plan in the address has gone: show the (empty) plans list.
          history.replaceState(null, '', `${location.pathname}#/`);
          setPlanId(undefined);
          showBuilder(s, t('privacy.shell.notice.forgotten'));
        }}
      />
    );
  } else if (phase.kind === 'wiped') {
    content = <EverythingDeleted elsewhere={phase.elsewhere} failed={phase.failed} />;
  } else if (!open || !storage || !store) {
    content = <Loading />;
  } else if (showReadOnly && readOnly) {
    content = (
      <ReadOnlyPlan
        plan={readOnly.plan}
        reason={readOnly.reason}
        onTakeOver={async () => {
          await coordinatorRef.current?.takeOver(readOnly.plan.id);
          setReadOnly(undefined);
          setBuilderKey((k) => k + 1); // reload the plan as the other tab saved it
        }}
      />
    );
  } else if (elsewhere && planId) {
    content = (
      <PlanOpenElsewhere
        planName={elsewhereName}
        onChoose={async (choice) => {
          if (choice === 'take-over') {
            await coordinatorRef.current?.takeOver(planId);
            setBuilderKey((k) => k + 1);
            rerender();
            return;
          }
          const plan = await store.get(planId).catch(() => undefined);
          if (plan) setReadOnly({ plan, reason: 'chosen' });
        }}
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
            countPlans={() => store.list().then((p) => p.length)}
            onChangeMode={() => setPhase({ kind: 'question', changing: true })}
            onProtect={async (passphrase) => {
              await saveEverything();
              await storage.protect(passphrase);
              coordinatorRef.current?.announce('settings');
              showBuilder(storage, t('privacy.shell.notice.protected'));
            }}
            onUnprotect={async () => {
              await saveEverything();
              await storage.unprotect();
              coordinatorRef.current?.announce('settings');
              showBuilder(storage, t('privacy.shell.notice.unprotected'));
            }}
            onDeleteEverything={() => {
              coordinatorRef.current?.announce('wiped');
              void stopForWipe(false);
            }}
          />
        </Suspense>
      ),
      connect: (builder) => {
        builderRef.current = builder;
      },
    };
    content = <PlannerApp key={builderKey} examples={examples} host={host} />;
  }

  const canSave = open && !!planId && !showReadOnly && !elsewhere;
  return (
    <>
      {open && storage && (
        <DeviceBar
          where={storage.where}
          refused={storage.refused}
          isProtected={storage.isProtected}
          onLock={() => void lock('now')}
        />
      )}
      {open && problem && (
        <StorageWarning kind={problem} onSave={canSave ? () => void builderRef.current?.saveToFile() : undefined} />
      )}
      {notice && open && (
        <div className="notification-banner" role="status">
          <p>{notice}</p>
        </div>
      )}
      <Suspense fallback={<Loading />}>{content}</Suspense>
      {warnUntil !== undefined && open && (
        <Suspense fallback={null}>
          <IdleWarning
            lockAt={warnUntil}
            onStay={() => {
              setWarnUntil(undefined);
              idleRef.current?.stayUnlocked();
            }}
            onLockNow={() => void lock('now')}
          />
        </Suspense>
      )}
    </>
  );
}
