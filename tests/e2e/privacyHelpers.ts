/** Helpers for the privacy end-to-end tests: what the site has left in the browser, and the privacy screens. */
import type { Page } from 'playwright-core';
import { heading } from './plannerHelpers';

export interface Traces {
  databases: string[];
  localStorage: string[];
  sessionStorage: string[];
  caches: string[];
  serviceWorkers: number;
}

/** Everything this origin has stored in the browser. */
export function traces(page: Page): Promise<Traces> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/** Raw records of the plans database (plans and meta), as text: what is on the disk. */
export function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('staying-in-touch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) {
            db.close();
            return resolve('{}');
          }
          const tx = db.transaction(names);
          const out: Record<string, unknown> = {};
          for (const name of names)
            tx.objectStore(name).getAll().onsuccess = (e) => {
              out[name] = (e.target as IDBRequest).result;
            };
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
        };
      }),
  );
}

/** Turns on passphrase protection from the plans list. */
export async function protectWith(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Turn on passphrase protection' }).click();
  await page.getByLabel('Create a passphrase').fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Protect plans with this passphrase' }).click();
  await page.getByText('The plans on this device are now protected with your passphrase.').waitFor();
}

/** Unlocks; with the right passphrase, waits until the builder shows (its "Lock now" button). */
export async function unlockWith(page: Page, passphrase: string, right = true): Promise<void> {
  await heading(page, 'Your plans are locked');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  if (right) await page.getByRole('button', { name: 'Lock now' }).waitFor();
}
