/**
 * A training pack lives in its URL, so a trainer can bookmark it or send it to a colleague:
 * `/training/pack/?title=Preparation%20group%203&date=2026-12-01&r=guides/step-1-purpose,voices/adopted-teenager&view=pack`
 * (and `&print=large` or `&print=dyslexia` for a pack printed in one of those styles).
 * This module reads and writes that query and edits the selection. Anything in a URL may have been
 * typed or tampered with, so reading it drops unknown ids and duplicates and bounds every value.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { localPath } from '../i18n/localPath';
import { PRINT_PARAM, printStyleFrom, type PrintStyle } from './printStyle';

/** Most resources one pack can hold: enough for a day's course, few enough to print. */
export const MAX_PACK_ITEMS = 30;
/** Longest pack title, in characters. */
export const MAX_TITLE_LENGTH = 100;

/** A resource's pack id is its path on this site without the slashes at either end. */
const ID_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+){1,3}$/;

export interface PackSelection {
  /** Shown on the cover; may be empty. */
  title: string;
  /** Date of the session as YYYY-MM-DD, or empty for a blank date line. */
  date: string;
  /** Pack ids in the order they print. */
  ids: string[];
  /** True when the URL asks for the printable pack rather than the builder. */
  view: boolean;
  /** How the pack prints: standard, large print or dyslexia-friendly. */
  print: PrintStyle;
}

export const emptyPack = (): PackSelection => ({ title: '', date: '', ids: [], view: false, print: 'standard' });

/** The page a pack id refers to, in `lang` (the pack builder's own language: a Welsh pack takes Welsh pages). */
export const packItemUrl = (id: string, lang: Language = DEFAULT_LANGUAGE) => localPath(`/${id}/`, lang);

/** Removes control characters, folds runs of white space and keeps the title within its limit. */
export function cleanTitle(raw: string): string {
  const text = raw
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code point, not UTF-16 unit, so an emoji is never split in half.
  return [...text].slice(0, MAX_TITLE_LENGTH).join('').trim();
}

/** A real calendar date as YYYY-MM-DD, or empty. */
export function cleanDate(raw: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) return '';
  const [year, month, day] = m.slice(1).map(Number);
  const d = new Date(Date.UTC(year, month - 1, day));
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real && year >= 2000 && year <= 2100 ? m[0] : '';
}

/** Known ids only, each once, first occurrence wins, at most MAX_PACK_ITEMS. */
export function cleanIds(ids: Iterable<string>, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of ids) {
    const id = raw.trim().replace(/^\/+|\/+$/g, '');
    if (!ID_PATTERN.test(id) || !known.has(id) || out.includes(id)) continue;
    out.push(id);
    if (out.length === MAX_PACK_ITEMS) break;
  }
  return out;
}

/**
 * Reads a pack from a query string. `r` may be comma-separated or repeated (a plain HTML form
 * submits one `r` per ticked box), so the builder works before its script has loaded.
 */
export function parsePack(query: string | URLSearchParams, known: Iterable<string>): PackSelection {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const knownSet = known instanceof Set ? (known as ReadonlySet<string>) : new Set(known);
  return {
    title: cleanTitle(params.get('title') ?? ''),
    date: cleanDate(params.get('date') ?? ''),
    ids: cleanIds(
      params.getAll('r').flatMap((r) => r.split(',')),
      knownSet,
    ),
    view: params.get('view') === 'pack',
    print: printStyleFrom(params),
  };
}

/**
 * The query for a pack, starting with `?` (or empty for an empty pack). Ids are written as they
 * are (they only hold letters, digits, hyphens and slashes) so the URL stays readable.
 */
export function packQuery(pack: PackSelection): string {
  const parts: string[] = [];
  const title = cleanTitle(pack.title);
  const date = cleanDate(pack.date);
  if (title) parts.push(`title=${encodeURIComponent(title)}`);
  if (date) parts.push(`date=${date}`);
  const ids = pack.ids.filter((id) => ID_PATTERN.test(id)).slice(0, MAX_PACK_ITEMS);
  if (ids.length) parts.push(`r=${ids.join(',')}`);
  if (pack.view) parts.push('view=pack');
  if (pack.print !== 'standard') parts.push(`${PRINT_PARAM}=${pack.print}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Adds an id at the end, unless it is already there or the pack is full. */
export function addItem(ids: readonly string[], id: string): string[] {
  if (ids.includes(id) || ids.length >= MAX_PACK_ITEMS) return [...ids];
  return [...ids, id];
}

export const removeItem = (ids: readonly string[], id: string): string[] => ids.filter((i) => i !== id);

/** Moves the item at `index` by `delta` places, stopping at either end. */
export function moveItem(ids: readonly string[], index: number, delta: number): string[] {
  const out = [...ids];
  if (index < 0 || index >= out.length) return out;
  const target = Math.min(out.length - 1, Math.max(0, index + delta));
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item);
  return out;
}

/** "1 December 2026" for the cover, written by the page's translator; empty for no date. */
export function formatPackDate(date: string, i18n: { date(iso: string): string }): string {
  const clean = cleanDate(date);
  return clean ? i18n.date(clean) : '';
}
