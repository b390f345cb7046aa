/** Related links: ranked by shared topics and section, ties newest first, never the page itself. */
import { describe, expect, it } from 'vitest';
import { relatedTo, type Relatable } from '../../../src/hub/relatedResources';
import { SECTION_IDS, TOPIC_IDS, type Section, type Topic } from '../../../src/hub/taxonomy';

const page = (url: string, section: Section, topics: Topic[]): Relatable => ({ url, section, topics });
const [s1, s2] = SECTION_IDS;
const [a, b, c, d] = TOPIC_IDS;

describe('related resources', () => {
  it('ranks by shared topics (two points each) and section (one), needing more than one point', () => {
    const self = page('/self/', s1, [a, b]);
    const all = [
      page('/one-topic-other-section/', s2, [a]),
      self,
      page('/section-only/', s1, [c]),
      page('/two-topics/', s2, [a, b]),
      page('/one-topic-same-section/', s1, [b, d]),
      page('/nothing/', s2, [d]),
    ];
    expect(relatedTo(self, all).map((r) => r.url)).toEqual([
      '/two-topics/',
      '/one-topic-same-section/',
      '/one-topic-other-section/',
    ]);
    expect(relatedTo(self, all, 10).map((r) => r.url)).not.toContain('/section-only/');
    expect(relatedTo(self, all, 10).map((r) => r.url)).not.toContain('/self/');
  });

  it('keeps the order of the list given (newest first) between equal scores, as a full sort would', () => {
    // A seeded mix of sections and topics, checked against ranking every resource by a stable sort.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const all = Array.from({ length: 400 }, (_, i) =>
      page(
        `/r${i}/`,
        SECTION_IDS[Math.floor(next() * SECTION_IDS.length)],
        TOPIC_IDS.filter(() => next() < 0.15),
      ),
    );
    const score = (self: Relatable, r: Relatable) =>
      r.topics.filter((t) => self.topics.includes(t)).length * 2 + (r.section === self.section ? 1 : 0);
    let full = 0;
    for (const self of all.slice(0, 60))
      for (const limit of [1, 3, 5]) {
        const bySort = all
          .filter((r) => r.url !== self.url && score(self, r) > 1)
          .sort((x, y) => score(self, y) - score(self, x))
          .slice(0, limit);
        expect(relatedTo(self, all, limit)).toEqual(bySort);
        if (bySort.length === limit) full += 1;
      }
    expect(full).toBeGreaterThan(150);
  });
});
