/**
 * Pure rules for the buttons and links that act on one item of a list (a person, a plan, a stage):
 * what makes each one's name unique, and where focus goes when an item is removed.
 */

/** An item's place in its list, for telling apart items whose names read the same. */
export interface ListPosition {
  number: number;
  count: number;
}

/**
 * For each name, its place in the list when another name in the list reads the same (ignoring case
 * and surrounding spaces), else undefined: "Delete Untitled plan" twice becomes "Delete Untitled
 * plan (1 of 2)" and "(2 of 2)", so a screen reader's list of links and buttons tells them apart.
 */
export function repeatedNamePositions(names: readonly string[], locale?: string): (ListPosition | undefined)[] {
  const key = (name: string) => name.trim().toLocaleLowerCase(locale);
  const seen = new Map<string, number>();
  for (const name of names) seen.set(key(name), (seen.get(key(name)) ?? 0) + 1);
  return names.map((name, i) => ((seen.get(key(name)) ?? 0) > 1 ? { number: i + 1, count: names.length } : undefined));
}

/**
 * The item that takes a removed item's place, for focus to move to: the one after it, else the one
 * before it, else undefined (the list is now empty, or `removed` was not in it).
 */
export function neighbourAfterRemoval<T>(items: readonly T[], removed: T): T | undefined {
  const index = items.indexOf(removed);
  if (index === -1) return undefined;
  return index + 1 < items.length ? items[index + 1] : index > 0 ? items[index - 1] : undefined;
}
