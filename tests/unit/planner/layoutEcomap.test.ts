import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import {
  FORM_STROKES,
  LABEL_WIDTH,
  NAME_SIZE,
  ROLE_SIZE,
  estimateWidth,
  layoutEcomap,
  ringSizes,
  wrapLabel,
  type EcomapLayout,
  type EcomapNode,
} from '../../../src/planner/ecomap/layoutEcomap';
import { createPlan } from '../../../src/planner/state/planOperations';
import { FORMS } from '../../../src/planner/schema/planVocabulary';
import type { Arrangement, Person, Plan } from '../../../src/planner/schema/planSchema';
import { fixturePlan } from './fixtures';
import { translator } from '../../../src/i18n/translator';

const en = translator('en');

const person = (i: number, priority: Person['priority'] = 'now', extra: Partial<Person> = {}): Person => ({
  id: `p-${i}`,
  name: `Person number ${i} with a long name`,
  relationship: 'other_relative',
  knownToChild: 'yes',
  priority,
  whyImportant: 'Family',
  ...extra,
});
const role = (id: string, relationship: Person['relationship'], name: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  relationship,
  ...extra,
});
const planWith = (n: number, roles: Person[] = []): Plan => {
  const plan = createPlan({ id: 'eco' });
  plan.child.name = 'Maya';
  plan.people = [
    ...Array.from({ length: n }, (_, i) => person(i, (['now', 'later', 'both'] as const)[i % 3])),
    ...roles,
  ];
  return plan;
};
const arrangement = (
  id: string,
  personIds: string[],
  form: Arrangement['form'],
  alsoForms?: Arrangement['alsoForms'],
) =>
  ({
    id,
    personIds,
    purposes: ['maintain_relationship'],
    form,
    ...(alsoForms ? { alsoForms } : {}),
    notes: '',
  }) as Arrangement;

/** The circle plus the label box under it. */
const box = (n: EcomapNode) => {
  const label = n.lines.length ? Math.max(...n.lines.map((l) => l.dy)) + 5 : 0;
  return {
    left: Math.min(n.x - n.r, n.x - LABEL_WIDTH / 2),
    right: Math.max(n.x + n.r, n.x + LABEL_WIDTH / 2),
    top: n.y - n.r,
    bottom: n.y + n.r + label,
  };
};
type Box = ReturnType<typeof box>;
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const node = (layout: EcomapLayout, id: string) => layout.nodes.find((n) => n.id === id)!;
const distance = (layout: EcomapLayout, id: string) => {
  const c = layout.nodes[0];
  const n = node(layout, id);
  return Math.hypot(n.x - c.x, n.y - c.y);
};

function expectNoOverlap(layout: EcomapLayout) {
  const boxes = layout.nodes.map(box);
  boxes.forEach((a, i) => {
    expect(a.left).toBeGreaterThanOrEqual(0);
    expect(a.top).toBeGreaterThanOrEqual(0);
    expect(a.right).toBeLessThanOrEqual(layout.width);
    expect(a.bottom).toBeLessThanOrEqual(layout.height);
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlap(a, boxes[j]), `${layout.nodes[i].id} and ${layout.nodes[j].id}`).toBe(false);
    }
  });
  const h = layout.household;
  if (h) {
    const household = { left: h.x, right: h.x + h.width, top: h.y, bottom: h.y + h.height };
    layout.nodes.forEach((n, i) => {
      const inside = n.place === 'centre' || n.place === 'household';
      expect(overlap(boxes[i], household), `${n.id} and the household box`).toBe(inside);
    });
  }
}

describe('eco-map layout', () => {
  it('puts the child at the centre', () => {
    const layout = layoutEcomap(planWith(6), en.t);
    expect(layout.nodes[0]).toMatchObject({ id: 'child', kind: 'child' });
    // Everyone on a ring is the same distance from the child.
    const inner = ['p-0', 'p-2', 'p-3', 'p-5'].map((id) => distance(layout, id));
    for (const d of inner) expect(d).toBeCloseTo(inner[0], 0);
    expect(layout.nodes[0].lines.map((l) => l.text)).toEqual(['Maya', 'The child']);
  });

  for (let n = 1; n <= 25; n++) {
    it(`places ${n} ${n === 1 ? 'person' : 'people'} with no overlapping circles or labels, inside the drawing`, () => {
      expectNoOverlap(layoutEcomap(planWith(n), en.t));
    });
  }

  it('still has no overlaps up to the most people a plan can have (40), with a family and professionals', () => {
    for (let n = 26; n <= 36; n++) {
      const roles = [
        role('ap-1', 'adoptive_parent', 'Rhiannon Evans-Morgan'),
        role('ap-2', 'adoptive_parent', 'Catrin Morgan'),
        role('pro-1', 'professional', 'Gareth Hughes', { role: 'Adoption support worker' }),
        role('pro-2', 'professional', 'Sam Patel', { role: 'Social worker' }),
      ];
      expectNoOverlap(layoutEcomap(planWith(n, roles), en.t));
    }
  });

  it('uses as few rings as fit and never overfills one', () => {
    const sizes = (n: number) => ringSizes(n, 200, 170, 166).map((r) => r.size);
    expect(sizes(0)).toEqual([]);
    expect(sizes(1)).toEqual([1]);
    expect(sizes(7)).toEqual([7]);
    expect(sizes(8).length).toBe(2);
    for (let n = 1; n <= 40; n++) expect(sizes(n).reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('puts people who matter now or both on the inner ring and people who matter later on the outer ring', () => {
    const plan = planWith(6);
    const layout = layoutEcomap(plan, en.t);
    const ring = (priority: string) =>
      plan.people.filter((p) => p.priority === priority).map((p) => distance(layout, p.id));
    const inner = [...ring('now'), ...ring('both')];
    const outer = ring('later');
    // One ring each: everyone on it the same distance from the child (to the rounding of positions).
    expect(Math.max(...inner) - Math.min(...inner)).toBeLessThan(0.5);
    expect(Math.max(...outer) - Math.min(...outer)).toBeLessThan(0.5);
    expect(Math.min(...outer)).toBeGreaterThan(Math.max(...inner));
    expect(layout.caption).toContain(
      'People who matter now, or both now and later, are on the inner ring; people who matter later are on the outer ring.',
    );
  });

  it('keeps "later" people further out than everyone else, even when many rings are needed', () => {
    const plan = planWith(30);
    const layout = layoutEcomap(plan, en.t);
    const dist = (priority: string) =>
      plan.people.filter((p) => p.priority === priority).map((p) => distance(layout, p.id));
    expect(Math.min(...dist('later'))).toBeGreaterThan(Math.max(...dist('now'), ...dist('both')));
  });

  it('keeps "later" people off the inner ring when nobody matters now', () => {
    const plan = planWith(0);
    plan.people = [person(1, 'later'), person(2, 'later')];
    const withNow = layoutEcomap({ ...plan, people: [...plan.people, person(3, 'now')] }, en.t);
    const layout = layoutEcomap(plan, en.t);
    expect(distance(layout, 'p-1')).toBe(distance(withNow, 'p-1'));
    expect(distance(layout, 'p-1')).toBeGreaterThan(distance(withNow, 'p-3'));
  });

  it('draws the adoptive parents beside the child in a shaded household box, with no contact line', () => {
    const plan = planWith(3, [
      role('ap-1', 'adoptive_parent', 'Rhiannon Evans'),
      role('ap-2', 'adoptive_parent', 'Catrin Morgan'),
    ]);
    plan.arrangements = [arrangement('a1', ['p-0', 'ap-1'], 'meet_up')];
    const layout = layoutEcomap(plan, en.t);
    const child = layout.nodes[0];
    for (const id of ['ap-1', 'ap-2']) {
      const parent = node(layout, id);
      expect(parent.place).toBe('household');
      expect(parent.y).toBe(child.y);
      expect(Math.abs(parent.x - child.x)).toBeLessThan(distance(layout, 'p-0'));
    }
    expect(node(layout, 'ap-1').x).toBeGreaterThan(child.x);
    expect(node(layout, 'ap-2').x).toBeLessThan(child.x);
    expect(layout.household).toBeDefined();
    expect(layout.edges.map((e) => e.to)).toEqual(['p-0']);
    expect(layout.caption[0]).toBe('Maya is at the centre, in the shaded box with their adoptive family.');
    expect(layout.groups[0]).toMatchObject({
      place: 'household',
      entries: [
        { name: 'Rhiannon Evans', relationship: 'Adoptive parent', contact: 'Lives with Maya' },
        { name: 'Catrin Morgan', relationship: 'Adoptive parent', contact: 'Lives with Maya' },
      ],
    });
    expectNoOverlap(layout);
  });

  it('has no household box and says so when the register has no adoptive parents', () => {
    const layout = layoutEcomap(planWith(2), en.t);
    expect(layout.household).toBeUndefined();
    expect(layout.caption[0]).toBe('Maya is at the centre.');
  });

  it("puts a sibling's carer next to that sibling, on the sibling's ring", () => {
    const plan = planWith(4, [role('carer', 'sibling_carer', 'Eleri Jones', { caresForId: 'p-1' })]);
    const layout = layoutEcomap(plan, en.t);
    const ringOrder = layout.nodes.filter((n) => n.place === 'later').map((n) => n.id);
    expect(ringOrder).toEqual(['p-1', 'carer']);
    expect(
      node(layout, 'carer')
        .lines.map((l) => l.text)
        .join(' '),
    ).toBe('Eleri Jones Carer of Person number 1 with a long name');
    expect(layout.caption).toContain('The carer of a brother or sister sits next to them.');
  });

  it('puts professionals in a row of their own under the rings, and the child’s foster carer on the inner ring', () => {
    const plan = planWith(3, [
      role('pro', 'professional', 'Gareth Hughes', { role: 'Adoption support worker' }),
      role('fc', 'foster_carer', 'Dawn Price'),
    ]);
    const layout = layoutEcomap(plan, en.t);
    const pro = node(layout, 'pro');
    expect(pro.place).toBe('professionals');
    expect(layout.band).toBeDefined();
    expect(pro.y - pro.r).toBeGreaterThan(layout.band!.y);
    expect(
      Math.max(...layout.nodes.filter((n) => n.place !== 'professionals').map((n) => box(n).bottom)),
    ).toBeLessThanOrEqual(layout.band!.y);
    expect(pro.lines.map((l) => l.text).join(' ')).toBe('Gareth Hughes Adoption support worker');
    expect(node(layout, 'fc').place).toBe('now');
    expect(distance(layout, 'fc')).toBeCloseTo(distance(layout, 'p-0'), 0);
    expect(layout.caption).toContain('Professionals are in the row under the rings.');
    expect(layout.caption).toContain("Maya's foster carers are on the inner ring.");
    expectNoOverlap(layout);
  });

  it('draws one line per form, in its own style, and one for each of several forms in an arrangement', () => {
    const plan = planWith(4);
    plan.arrangements = [
      arrangement('a1', ['p-0'], 'postal_exchange'),
      arrangement('a2', ['p-0', 'p-1'], 'meet_up', ['phone_video', 'postal_exchange']),
      arrangement('a3', ['p-2'], 'none_now'),
    ];
    const layout = layoutEcomap(plan, en.t);
    expect(layout.edges.map((e) => [e.to, e.form]).sort()).toEqual([
      ['p-0', 'meet_up'],
      ['p-0', 'phone_video'],
      ['p-0', 'postal_exchange'],
      ['p-1', 'meet_up'],
      ['p-1', 'phone_video'],
      ['p-1', 'postal_exchange'],
      ['p-2', 'none_now'],
    ]);
    // Lines to the same person run side by side, not on top of each other.
    const toP0 = layout.edges.filter((e) => e.to === 'p-0');
    expect(new Set(toP0.map((e) => `${e.x1},${e.y1}`)).size).toBe(3);
    expect(layout.legend.map((l) => l.label)).toEqual([
      'Meet-ups',
      'Postal exchange (letters, cards, photos)',
      'Phone or video calls',
      'None for now',
    ]);
    const entries = layout.groups.flatMap((g) => g.entries);
    expect(entries.find((e) => e.id === 'p-0')!.contact).toBe(
      'Meet-ups; Postal exchange (letters, cards, photos); Phone or video calls',
    );
    expect(entries.find((e) => e.id === 'p-3')!.contact).toBe('No arrangement yet');
  });

  it('draws no line for an arrangement asked for and not agreed, and says so in words', () => {
    const plan = planWith(2);
    plan.arrangements = [
      arrangement('a1', ['p-0'], 'postal_exchange'),
      { ...arrangement('a2', ['p-0', 'p-1'], 'meet_up'), agreement: 'asked_for', askedById: 'p-0' },
    ];
    const layout = layoutEcomap(plan, en.t);
    expect(layout.edges.map((e) => [e.to, e.form])).toEqual([['p-0', 'postal_exchange']]);
    const entries = layout.groups.flatMap((g) => g.entries);
    expect(entries.find((e) => e.id === 'p-0')!.contact).toBe(
      'Postal exchange (letters, cards, photos). Asked for, not agreed (no line): Meet-ups',
    );
    expect(entries.find((e) => e.id === 'p-1')!.contact).toBe(
      'No arrangement yet. Asked for, not agreed (no line): Meet-ups',
    );
  });

  it('gives every form its own dash pattern, and colours at least 3:1 against white', () => {
    const patterns = FORMS.map((f) => JSON.stringify([FORM_STROKES[f].dash, FORM_STROKES[f].width]));
    expect(new Set(patterns).size).toBe(FORMS.length);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const f of FORMS) expect(1.05 / (luminance(FORM_STROKES[f].colour) + 0.05), f).toBeGreaterThanOrEqual(3);
  });

  it('shows full names, wrapped at spaces and hyphens, never cut', () => {
    const name = 'Bronwen Angharad Llewellyn-Pritchard ap Rhys';
    const plan = planWith(0, [role('gm', 'grandparent', name, { knownToChild: 'yes', priority: 'now' })]);
    const layout = layoutEcomap(plan, en.t);
    const lines = node(layout, 'gm')
      .lines.filter((l) => l.bold)
      .map((l) => l.text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/- /g, '-')).toBe(name);
    expect(layout.groups[0].entries[0].name).toBe(name);
  });

  it('keeps every label line inside the label box, on screen and in the PDF font', async () => {
    const require = createRequire(import.meta.url);
    const font = (file: string) =>
      fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))) as unknown as {
        layout(text: string): { advanceWidth: number };
        unitsPerEm: number;
      };
    const fonts = { bold: font('DejaVuSans-Bold.ttf'), regular: font('DejaVuSans.ttf') };
    const pdfWidth = (text: string, bold: boolean, size: number) => {
      const f = bold ? fonts.bold : fonts.regular;
      return (f.layout(text).advanceWidth / f.unitsPerEm) * size;
    };
    // Every Latin, Greek and Cyrillic letter is estimated at least as wide as DejaVu draws it.
    for (let cp = 0x20; cp <= 0x4ff; cp++) {
      if ((cp >= 0x7f && cp < 0xa0) || (cp > 0x24f && !/\p{L}/u.test(String.fromCodePoint(cp)))) continue;
      const ch = String.fromCodePoint(cp);
      expect(estimateWidth(ch, 10), ch).toBeGreaterThanOrEqual(pdfWidth(ch, true, 10) - 1e-9);
    }
    const names = [
      'Wojciechowska-Szczepańska Małgorzata',
      'WWWWWWWWWWWWWWWWWWWW',
      'Iolo ap Gwilym Llanfairpwllgwyngyll',
      'Mam-gu Ŵyn Ffion',
      'Professor Æthelflæd Œuvre-Mimms',
    ];
    const plan = planWith(0, [
      ...names.map((name, i) => role(`n${i}`, 'grandparent', name, { knownToChild: 'yes', priority: 'now' })),
      role('o', 'other', 'Someone', {
        relationshipOther: 'Godmother and family friend from Merthyr Tydfil',
        knownToChild: 'yes',
        priority: 'later',
      }),
    ]);
    for (const n of layoutEcomap(plan, en.t).nodes) {
      for (const line of n.lines) {
        expect(estimateWidth(line.text, line.size), line.text).toBeLessThanOrEqual(LABEL_WIDTH);
        expect(pdfWidth(line.text, line.bold, line.size), line.text).toBeLessThanOrEqual(LABEL_WIDTH);
      }
    }
    expect(
      wrapLabel('WWWWWWWWWWWWWWWWWWWW', NAME_SIZE).every(
        (l) => l.endsWith('-') || l === wrapLabel('WWWWWWWWWWWWWWWWWWWW', NAME_SIZE).at(-1),
      ),
    ).toBe(true);
    expect(wrapLabel('Godmother', ROLE_SIZE)).toEqual(['Godmother']);
  });

  it('draws the large fixture plan', () => {
    const plan = fixturePlan('large-20-people.json');
    const layout = layoutEcomap(plan, en.t);
    expect(layout.nodes).toHaveLength(21);
    expectNoOverlap(layout);
  });
});
