/**
 * What changed between two versions of a plan, section by section in the schema's order, in words a
 * reader of the plan uses: "Added: Person Nana Jean", "Nana Jean: Where they live changed from …
 * to …". It compares the plan's answers (`answers/planAnswers.ts`), the same rows check your answers
 * and the PDF show, so a field the answers know about is compared without being listed here.
 *
 * How: each section's rows become a flat list of entries (a label and a readable value, under the
 * row's stable key). List items (people, arrangements, …) are matched by their id, so a changed person is
 * reported as changes to that person, and a person only in one version as added or removed. Choices
 * that allow several answers are compared option by option.
 *
 * Pure: no React, no DOM.
 */
import type { Translator } from '../../i18n/translator';
import { planAnswers, type AnswerItem, type AnswerRow } from '../answers/planAnswers';
import type { SectionId } from '../schema/planVocabulary';
import type { PlanContent } from '../schema/planSchema';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  kind: ChangeKind;
  /** What changed, e.g. "Nana Jean: Where they live", or "Person" for a whole person. */
  label: string;
  /** The value in the older version (absent when added). */
  before?: string;
  /** The value in the newer version (absent when removed). */
  after?: string;
}

export interface SectionChanges {
  section: SectionId;
  title: string;
  changes: FieldChange[];
}

/** One readable answer. Entries with an `item` belong to one item of a list. */
interface Entry {
  key: string;
  label: string;
  value: string;
  item?: { key: string; noun: string; name: string };
}

/** A row as entries: one per chosen option for a several-answers choice, so each shows. */
function rowEntries(row: AnswerRow, item?: AnswerItem): Entry[] {
  const owner = item ? { item: { key: item.key, noun: item.noun, name: item.heading } } : {};
  if (row.chosen) {
    return row.chosen.map((c) => ({ key: `${row.key}=${c.id}`, label: row.label, value: c.text, ...owner }));
  }
  return [{ key: row.key, label: row.label, value: row.value, ...owner }];
}

// ---------------------------------------------------------------------------------------------
// Comparing

function compareEntries(older: Entry[], newer: Entry[], i18n: Translator): FieldChange[] {
  const changes: FieldChange[] = [];
  const olderByKey = new Map(older.map((e) => [e.key, e]));
  const newerByKey = new Map(newer.map((e) => [e.key, e]));
  const olderItems = new Set(older.flatMap((e) => (e.item ? [e.item.key] : [])));
  const newerItems = new Set(newer.flatMap((e) => (e.item ? [e.item.key] : [])));
  const reportedItems = new Set<string>();

  // Walk the newer version in order, then what only the older one had, so the list reads like the plan.
  const keys = [...newer.map((e) => e.key), ...older.filter((e) => !newerByKey.has(e.key)).map((e) => e.key)];
  for (const key of keys) {
    const before = olderByKey.get(key);
    const after = newerByKey.get(key);
    const item = after?.item ?? before?.item;
    if (item && (!olderItems.has(item.key) || !newerItems.has(item.key))) {
      // A whole item added or removed: one line for it, not one per field.
      if (reportedItems.has(item.key)) continue;
      reportedItems.add(item.key);
      const added = !olderItems.has(item.key);
      changes.push(
        added
          ? { kind: 'added', label: item.noun, after: item.name }
          : { kind: 'removed', label: item.noun, before: item.name },
      );
      continue;
    }
    const label = (after ?? before)!.label;
    const fieldLabel = item ? i18n.t('plan.diff.itemField', { name: item.name, label }) : label;
    const was = before?.value ?? '';
    const now = after?.value ?? '';
    if (was === now) continue;
    if (was === '') changes.push({ kind: 'added', label: fieldLabel, after: now });
    else if (now === '') changes.push({ kind: 'removed', label: fieldLabel, before: was });
    else changes.push({ kind: 'changed', label: fieldLabel, before: was, after: now });
  }
  return changes;
}

/**
 * The differences between two versions of a plan, for each section that has any, in the plan's
 * section order. `older` and `newer` are any two versions; pass them in the order to read them.
 */
export function diffPlanVersions(older: PlanContent, newer: PlanContent, i18n: Translator): SectionChanges[] {
  const entries = (plan: PlanContent) =>
    planAnswers(plan, i18n).map((section) => ({
      section,
      entries: section.parts.flatMap((part) =>
        part.kind === 'rows'
          ? part.rows.flatMap((row) => rowEntries(row))
          : part.items.flatMap((item) => item.rows.flatMap((row) => rowEntries(row, item))),
      ),
    }));
  const before = entries(older);
  return entries(newer).flatMap(({ section, entries: after }, i) => {
    const changes = compareEntries(before[i].entries, after, i18n);
    return changes.length ? [{ section: section.section, title: section.title, changes }] : [];
  });
}
