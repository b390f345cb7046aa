import { describe, expect, it } from 'vitest';
import {
  LABEL_HEIGHT,
  LABEL_WIDTH,
  layoutEcomap,
  ringSizes,
  type EcomapNode,
} from '../../../src/planner/ecomap/layoutEcomap';
import { createPlan } from '../../../src/planner/state/planOperations';
import type { Arrangement, Person, Plan } from '../../../src/planner/schema/planSchema';
import { fixturePlan } from './fixtures';
import { translator } from '../../../src/i18n/translator';

const en = translator('en');

const person = (i: number, priority: Person['priority'] = 'now'): Person => ({
  id: `p-${i}`,
  name: `Person number ${i} with a long name`,
  relationship: 'other_relative',
  knownToChild: 'yes',
  priority,
  whyImportant: 'Family',
});
const planWith = (n: number): Plan => {
  const plan = createPlan({ id: 'eco' });
  plan.child.name = 'Maya';
  plan.people = Array.from({ length: n }, (_, i) => person(i, (['now', 'later', 'both'] as const)[i % 3]));
  return plan;
};

/** The circle plus the label box under it. */
const box = (n: EcomapNode) => ({
  left: Math.min(n.x - n.r, n.x - LABEL_WIDTH / 2),
  right: Math.max(n.x + n.r, n.x + LABEL_WIDTH / 2),
  top: n.y - n.r,
  bottom: n.y + n.r + LABEL_HEIGHT,
});
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('eco-map layout', () => {
  it('puts the child at the centre', () => {
    const layout = layoutEcomap(planWith(3), en.t);
    const child = layout.nodes[0];
    expect(child).toMatchObject({
      id: 'child',
      label: 'Maya',
      kind: 'child',
      x: layout.width / 2,
      y: layout.height / 2,
    });
  });

  const expectNoOverlap = (n: number) => {
    const layout = layoutEcomap(planWith(n), en.t);
    expect(layout.nodes).toHaveLength(n + 1);
    for (let i = 0; i < layout.nodes.length; i++) {
      const a = layout.nodes[i];
      expect(a.x - a.r).toBeGreaterThanOrEqual(0);
      expect(a.y - a.r).toBeGreaterThanOrEqual(0);
      expect(box(a).right).toBeLessThanOrEqual(layout.width);
      expect(box(a).bottom).toBeLessThanOrEqual(layout.height);
      for (let j = i + 1; j < layout.nodes.length; j++) {
        const b = layout.nodes[j];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThan(a.r + b.r);
        expect(overlap(box(a), box(b)), `labels of ${a.id} and ${b.id}`).toBe(false);
      }
    }
  };

  for (let n = 1; n <= 25; n++) {
    it(`places ${n} ${n === 1 ? 'person' : 'people'} with no overlapping circles or labels, inside the drawing`, () => {
      expectNoOverlap(n);
    });
  }

  it('still has no overlaps up to the most people a plan can have (40)', () => {
    for (let n = 26; n <= 40; n++) expectNoOverlap(n);
  });

  it('uses as few rings as fit and never overfills one', () => {
    expect(ringSizes(0)).toEqual([]);
    expect(ringSizes(1)).toEqual([1]);
    expect(ringSizes(6)).toEqual([6]);
    expect(ringSizes(7).length).toBe(2);
    expect(ringSizes(19).length).toBe(2);
    expect(ringSizes(25).length).toBe(3);
    for (let n = 1; n <= 40; n++) expect(ringSizes(n).reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('keeps people who matter now nearer the child than people who matter later', () => {
    const layout = layoutEcomap(planWith(20), en.t);
    const c = layout.nodes[0];
    const dist = (id: string) => {
      const node = layout.nodes.find((x) => x.id === id)!;
      return Math.hypot(node.x - c.x, node.y - c.y);
    };
    const plan = planWith(20);
    const now = plan.people.filter((p) => p.priority === 'now').map((p) => dist(p.id));
    const later = plan.people.filter((p) => p.priority === 'later').map((p) => dist(p.id));
    expect(Math.max(...now)).toBeLessThanOrEqual(Math.min(...later));
  });

  it('styles each line by the closest arrangement and lists only the styles used in the legend', () => {
    const plan = planWith(4);
    const arrangement = (id: string, personIds: string[], form: Arrangement['form']): Arrangement => ({
      id,
      personIds,
      purposes: ['maintain_relationship'],
      form,
      notes: '',
    });
    plan.arrangements = [
      arrangement('a1', ['p-0'], 'postal_exchange'),
      arrangement('a2', ['p-0', 'p-1'], 'meet_up'),
      arrangement('a3', ['p-2'], 'phone_video'),
    ];
    const { edges, legend } = layoutEcomap(plan, en.t);
    expect(edges.map((e) => [e.to, e.style])).toEqual([
      ['p-0', 'solid'],
      ['p-1', 'solid'],
      ['p-2', 'dotted'],
      ['p-3', 'faint'],
    ]);
    expect(edges[0].label).toBe('Postal exchange (letters, cards, photos); Meet-ups');
    expect(legend.map((l) => l.label)).toEqual(['Meet-ups', 'Phone, video or social media', 'No arrangement for now']);
  });

  it('shortens long names in the diagram', () => {
    const layout = layoutEcomap(planWith(1), en.t);
    expect(layout.nodes[1].label).toBe('Person number 0…');
    expect(layout.nodes[1].sublabel).toBe('Relative');
  });

  it('draws the large fixture plan', () => {
    const layout = layoutEcomap(fixturePlan('large-20-people.json'), en.t);
    expect(layout.nodes).toHaveLength(21);
    expect(layout.edges).toHaveLength(20);
  });
});
