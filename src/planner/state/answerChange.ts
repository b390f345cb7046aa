/**
 * Where a row's own "Change" on "Check your answers" goes: the page that asks that answer, opened
 * at its question. Only "Check your answers" needs it, so it loads with that view.
 */
import type { SectionId } from '../schema/planVocabulary';
import { formatRoute, type ReturnTo } from './hashRoute';

/** Lists whose items have their own page, by the schema path of their items' fields. */
const ITEM_PAGES: [prefix: string, section: SectionId][] = [
  ['people.*.', 'people'],
  ['factors.*.', 'factors'],
  ['arrangements.*.', 'arrangements'],
  ['support.*.', 'support'],
  ['voices.others.*.', 'voices'],
];
/** Answers of the plan itself that a section's page asks. */
const ASKED_ON_PAGE: Partial<Record<string, SectionId>> = { jurisdiction: 'child' };
/** Answers no form asks: the plan's name is changed in the plans list, earlier reviews are a record. */
const NOT_ASKED = /^(title|status|review\.history\.|signOff\.)/;

/**
 * Where a row's own "Change" on "Check your answers" goes: the page that asks it (an item's page,
 * else the section's), landing on its question, or undefined when no form asks it. `item` is the
 * row's item and its place in its list (rows edited in the section's own form are named by place).
 * The page returns to `from` after saving: "Check your answers", or the copies for a finding's "Reword".
 */
export function answerChangeHash(
  planId: string,
  section: SectionId,
  row: { key: string; fields: string[] },
  item?: { id: string; index: number },
  from: ReturnTo = 'check',
): string | undefined {
  const path = row.fields[0];
  if (!path || NOT_ASKED.test(path)) return undefined;
  const change = (field: string, itemId?: string) =>
    formatRoute({
      view: 'section',
      planId,
      section,
      ...(itemId ? { item: itemId } : {}),
      from,
      answer: row.key,
      field,
    });
  const itemPage = ITEM_PAGES.find(([prefix, on]) => on === section && path.startsWith(prefix));
  if (itemPage) return item ? change(path.slice(itemPage[0].length), item.id) : undefined;
  if (ASKED_ON_PAGE[path] === section) return change(path);
  if (!path.startsWith(`${section}.`)) return undefined;
  const field = path.slice(section.length + 1);
  if (!field.includes('*')) return change(field);
  return item ? change(field.replace('*', String(item.index))) : undefined;
}
