/**
 * A resource's related links: up to `limit` others, ranked by shared topics (two points each) and the
 * same section (one point), needing more than one point; ties keep the order of `all` (newest first,
 * then by title, as getResources sorts). One pass that keeps only the best few, not a sort of every
 * resource: each page asks, so a sort made a 1,000-page build quadratic (issue 18).
 */
import type { Section, Topic } from './taxonomy';

export interface Relatable {
  url: string;
  section: Section;
  topics: readonly Topic[];
}

export function relatedTo<T extends Relatable>(resource: T, all: readonly T[], limit = 3): T[] {
  const best: { r: T; s: number }[] = [];
  for (const r of all) {
    if (r.url === resource.url) continue;
    let s = r.section === resource.section ? 1 : 0;
    for (const topic of r.topics) if (resource.topics.includes(topic)) s += 2;
    if (s <= 1 || (best.length === limit && best[limit - 1].s >= s)) continue;
    // After every kept one that scores as much or more: ties stay in the order of `all`.
    let at = best.length;
    while (at > 0 && best[at - 1].s < s) at--;
    best.splice(at, 0, { r, s });
    if (best.length > limit) best.pop();
  }
  return best.map(({ r }) => r);
}
