/**
 * What this page keeps in memory of the plans beyond their own objects (the PDF code's cache of texts
 * it has shaped), dropped when the plans are locked or everything is deleted, so that nothing of a
 * locked or deleted plan stays behind in the page. Code loaded on demand registers what it keeps when
 * it loads; the privacy code, which must not load it, only asks for everything to be forgotten. It
 * sits below every other room so both can reach it.
 */
const forgetters = new Set<() => void>();

/** Runs `forget` whenever the page is asked to forget the plans. */
export function whenForgetting(forget: () => void): void {
  forgetters.add(forget);
}

/** Drops everything registered with `whenForgetting`. */
export function forgetPlansInMemory(): void {
  for (const forget of forgetters) forget();
}
