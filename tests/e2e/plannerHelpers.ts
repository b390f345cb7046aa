/**
 * Helpers for the plan builder's end-to-end tests. The keyboard helpers move focus only with Tab
 * and act only with keys, so a test written with them proves the builder works by keyboard alone.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, waitForIslands } from './browser';

/**
 * Opens the builder with nothing stored: no plans, no drafts. The answer to "Is this a shared or
 * public computer?" is given as `deviceMode` (by default a personal device, where plans autosave);
 * pass null to be asked. `site` '/cy' opens the Welsh builder.
 */
export async function freshBuilder(
  page: Page,
  query = '',
  deviceMode: 'personal' | 'shared' | null = 'personal',
  site: '' | '/cy' = '',
): Promise<void> {
  await page.goto(`${baseUrl()}/planner/template/`);
  await page.evaluate(async (mode) => {
    localStorage.clear();
    sessionStorage.clear();
    if (mode) localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: mode }));
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase('staying-in-touch');
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  }, deviceMode);
  await openBuilder(page, query, '', site);
}

/**
 * Goes to a builder view by its address and waits until that view is on screen. Every view renders
 * its own h1, so the h1s showing are marked first and the wait is for an unmarked one: waiting for
 * any h1 would find the previous view's before the builder has followed the new address.
 */
export async function goToView(page: Page, hash: string): Promise<void> {
  const changing = await page.evaluate((h) => {
    if (location.hash === h) return false;
    for (const h1 of document.querySelectorAll('h1')) h1.setAttribute('data-previous-view', '');
    location.hash = h;
    return true;
  }, hash);
  await page
    .locator(changing ? 'h1:not([data-previous-view])' : 'h1')
    .first()
    .waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' });
}

export async function openBuilder(page: Page, query = '', hash = '', site: '' | '/cy' = ''): Promise<void> {
  await page.goto(`${baseUrl()}${site}/planner/${query}${hash}`);
  await waitForIslands(page);
  await page.locator('.loading').waitFor({ state: 'detached' });
}

/**
 * Every plan saved on the device, as JSON text of its `{ id, data }` records with `data` decrypted,
 * for "nothing changed" checks. Plans are stored encrypted with the device key the builder keeps in
 * the same database; this reads them the way the builder does, with that key (a passphrase-protected
 * device has none, and its plans read as []). It never creates the database: opening one that does
 * not exist would.
 */
export function storedPlans(page: Page): Promise<string> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'staying-in-touch')) return '[]';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('staying-in-touch');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    if (!db.objectStoreNames.contains('plans')) {
      db.close();
      return '[]';
    }
    const read = <T>(store: string, query?: string) =>
      new Promise<T>((resolve, reject) => {
        const req = query
          ? db.transaction(store).objectStore(store).get(query)
          : db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T);
        req.onerror = () => reject(req.error);
      });
    const records = await read<{ id: string; data: { iv: string; data: string } }[]>('plans');
    const key = (await read<{ key: CryptoKey } | undefined>('meta', 'device-key'))?.key;
    db.close();
    if (!key) return '[]';
    const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const plans = await Promise.all(
      records.map(async (r) => {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(r.data.iv) }, key, bytes(r.data.data));
        return { id: r.id, data: JSON.parse(new TextDecoder().decode(plain)) as unknown };
      }),
    );
    return JSON.stringify(plans);
  });
}

/**
 * Waits until autosave has written `typed` (each text just typed) on the device, and the status line
 * says it saved. The status line alone cannot tell: it shows only the minute, so a second save in the
 * same minute reads exactly like the first. On a shared computer nothing is written anywhere, so only
 * the status line is waited for.
 */
export async function waitForSave(page: Page, ...typed: [string, ...string[]]): Promise<void> {
  const shared = await page.evaluate(() => localStorage.getItem('staying-in-touch:settings')?.includes('shared'));
  if (!shared) {
    // Compared as they appear inside JSON text, so quotes and line breaks match too.
    const asJson = typed.map((t) => JSON.stringify(t).slice(1, -1));
    await expect
      .poll(
        async () => {
          const kept = await storedPlans(page);
          return typed.filter((_, i) => !kept.includes(asJson[i]));
        },
        { message: 'typed text not saved yet' },
      )
      .toEqual([]);
  }
  await page.waitForFunction(() =>
    /(Saved on this device|Kept in this tab only) at \d\d:\d\d/.test(
      document.querySelector('.save-status')?.textContent ?? '',
    ),
  );
}

/** Whether the focused element matches `selector` and, if given, starts with `text` (its own or its label's). */
const active = (page: Page, selector: string, text?: string) =>
  page.evaluate(
    ([s, t]) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el?.matches(s)) return false;
      if (!t) return true;
      const own = (el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
      return own.startsWith(t);
    },
    [selector, text] as const,
  );

/** Presses Tab until the focused element matches `selector` (and starts with `text`, if given). */
export async function tabTo(page: Page, selector: string, text?: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await active(page, selector, text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector}${text ? ` "${text}"` : ''} with the keyboard`);
}

/** Tabs to a text field, clears it and types. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Tabs into a radio group and uses the arrow keys to choose the option whose value (or label start) is `choice`. */
export async function chooseRadio(page: Page, name: string, choice: string): Promise<void> {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 30; i++) {
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { value: el.value, label: el.labels?.[0]?.textContent?.trim() ?? '', checked: el.checked };
    });
    if (state.value === choice || state.label.startsWith(choice)) {
      if (!state.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No radio ${name}=${choice}`);
}

/** Tabs to a checkbox (optionally the one whose label starts with `label`) and ticks it. */
export async function tick(page: Page, selector: string, label?: string): Promise<void> {
  await tabTo(page, selector, label);
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)))
    await page.keyboard.press('Space');
}

/** Tabs to a GOV.UK date input (its day box is `selector`) and types day, month and year. */
export async function typeDate(page: Page, selector: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await typeInto(page, selector, String(Number(d)));
  await typeInto(page, `${selector}-month`, String(Number(m)));
  await typeInto(page, `${selector}-year`, y);
}

/** Tabs to a link or button (optionally by the start of its text) and presses Enter. */
export async function activate(page: Page, selector: string, text?: string): Promise<void> {
  await tabTo(page, selector, text);
  await page.keyboard.press('Enter');
}

/** The h1's text once it matches. */
export async function heading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}
