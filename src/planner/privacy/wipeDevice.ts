/**
 * "Delete everything from this device": every trace the site leaves in this browser. The plans
 * database (plans and the passphrase key record), settings and item drafts in localStorage, plans
 * and drafts kept in this tab's sessionStorage, the offline copy of the site in Cache Storage, and
 * the service worker. The whole origin is this site's, so everything stored for it goes.
 */
import type { MessageKey } from '../../i18n/catalogue';
import { removeOfflineCopy } from '../../offline/registerServiceWorker';
import { PLAN_DATABASE } from '../storage/indexedDbPlanStore';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Other tabs close their connections when asked (onversionchange); deletion then completes.
    req.onblocked = () => undefined;
  });
}

/**
 * After "Delete everything" in another tab: what this tab alone keeps (its plans and drafts in
 * sessionStorage, which other tabs cannot reach). What could not be removed, as messages.
 */
export async function wipeThisTab(): Promise<MessageKey[]> {
  try {
    sessionStorage.clear();
    return [];
  } catch {
    return ['privacy.wipe.part.tabPlans'];
  }
}

/** What could not be removed, as messages naming each part (empty when everything went). */
export async function wipeDevice(): Promise<MessageKey[]> {
  const failed: MessageKey[] = [];
  const attempt = async (what: MessageKey, step: () => unknown) => {
    try {
      await step();
    } catch {
      failed.push(what);
    }
  };
  await attempt('privacy.wipe.part.plans', async () => {
    if (typeof indexedDB === 'undefined') return;
    const names = new Set([PLAN_DATABASE]);
    if (typeof indexedDB.databases === 'function') {
      for (const db of await indexedDB.databases()) if (db.name) names.add(db.name);
    }
    await Promise.all([...names].map(deleteDatabase));
  });
  await attempt('privacy.wipe.part.settings', () => localStorage.clear());
  await attempt('privacy.wipe.part.tabPlans', () => sessionStorage.clear());
  await attempt('privacy.wipe.part.offlineCopy', async () => {
    await removeOfflineCopy();
    // removeOfflineCopy removes the site's own caches; anything else cached for this origin goes too.
    if (typeof caches !== 'undefined') await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
  });
  return failed;
}
