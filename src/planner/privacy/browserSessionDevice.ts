/** The browser as the device session (deviceSession.ts) sees it. */
import { parseHash } from '../state/hashRoute';
import { idleTimeouts, readDeviceMode, writeDeviceMode } from './deviceSettings';
import { openDeviceStorage, switchDeviceMode } from './deviceStorage';
import type { SessionDevice } from './deviceSession';
import { createIdleTimer } from './idleTimer';
import { createTabCoordinator } from './tabCoordinator';
import { createUnlockThrottle } from './unlockThrottle';
import { wipeDevice, wipeThisTab } from './wipeDevice';

/** localStorage, or nothing where the browser blocks it. */
function storageOrNothing(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export function browserSessionDevice(): SessionDevice {
  return {
    readDeviceMode: () => readDeviceMode(),
    writeDeviceMode: (mode) => writeDeviceMode(mode),
    openDeviceStorage: (mode) => openDeviceStorage(mode),
    switchDeviceMode,
    createTabCoordinator: (events) => createTabCoordinator(events),
    wipeDevice,
    wipeThisTab,
    createIdleTimer,
    idleTimeouts: () => idleTimeouts(),
    unlockThrottle: createUnlockThrottle(storageOrNothing()),
    routePlanId() {
      const route = parseHash(location.hash);
      return route.view === 'list' ? undefined : route.planId;
    },
    clearRoute: () => history.replaceState(null, '', `${location.pathname}#/`),
    reload: () => location.reload(),
    now: () => Date.now(),
  };
}
