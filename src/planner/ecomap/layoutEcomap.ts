/**
 * Lays out the eco-map. Pure data in, pure data out (no DOM), so the builder's SVG and the PDF draw
 * the same picture, line for line:
 * - the child at the centre, beside the adoptive parents (their household, in a shaded box);
 * - people who matter now (or both now and later) and the child's foster carers on the inner ring,
 *   people who matter later on the outer ring (each "ring" grows into several when it is full);
 * - a brother's or sister's carer next to the child they care for, on the same ring;
 * - professionals in a row of their own under the rings;
 * - one line from the child to a person for each form of staying in touch they share, each form in
 *   its own dash pattern and colour.
 * Names are shown in full, wrapped onto as many lines as they need (see lineBreaks.ts).
 */
import type { Translator } from '../../i18n/translator';
import { formsOf } from '../schema/arrangementQuestions';
import { FORMS, type ArrangementForm } from '../schema/planVocabulary';
import type { PlanContent } from '../schema/planSchema';
import { breakLines, type LineMeasure } from '../text/lineBreaks';

type Person = PlanContent['people'][number];

/** Where a person is drawn, and so under which heading the text equivalent lists them. */
export type EcomapPlace = 'household' | 'now' | 'later' | 'professionals';

export interface EcomapLabelLine {
  text: string;
  bold: boolean;
  size: number;
  /** Baseline, below the node's centre. */
  dy: number;
}

export interface EcomapNode {
  id: string;
  kind: 'child' | 'person';
  place: EcomapPlace | 'centre';
  /** The name in full, then the relationship, wrapped to LABEL_WIDTH; centred under the circle. */
  lines: EcomapLabelLine[];
  x: number;
  y: number;
  r: number;
}

/** One line between the child and a person, for one form of staying in touch; ends on the circles' edges. */
export interface EcomapEdge {
  to: string;
  form: ArrangementForm;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface EcomapLegendItem {
  form: ArrangementForm;
  label: string;
}

/** The text equivalent of the diagram: everyone in full, by where they are drawn. */
export interface EcomapGroup {
  place: EcomapPlace;
  heading: string;
  entries: { id: string; name: string; relationship: string; contact: string }[];
}

export interface EcomapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EcomapLayout {
  width: number;
  height: number;
  childName: string;
  /** The child and adoptive parents' shaded box, when the register has adoptive parents. */
  household?: EcomapBox;
  /** The professionals' row: a rule across at `y` and its heading's baseline under it. */
  band?: { y: number; heading: string; headingY: number };
  nodes: EcomapNode[];
  edges: EcomapEdge[];
  legend: EcomapLegendItem[];
  /** Sentences saying what is where. */
  caption: string[];
  groups: EcomapGroup[];
}

export interface Stroke {
  width: number;
  dash: number[] | null;
  colour: string;
}

/**
 * How each form's line is drawn, shared by the SVG and the PDF. Dash arrays are in diagram units.
 * Every pattern differs from the others, so the colours (each at least 3:1 against white) are never
 * the only difference.
 */
export const FORM_STROKES: Record<ArrangementForm, Stroke> = {
  meet_up: { width: 3, dash: null, colour: '#0b0c0c' },
  postal_exchange: { width: 2.5, dash: [14, 6], colour: '#1d70b8' },
  digital_exchange: { width: 2.5, dash: [14, 4, 3, 4], colour: '#4c2c92' },
  phone_video: { width: 2.5, dash: [3, 4], colour: '#00703c' },
  social_media: { width: 2.5, dash: [3, 4, 3, 4, 12, 4], colour: '#942514' },
  news_via_agency: { width: 2.5, dash: [6, 3, 6, 10], colour: '#6b4513' },
  none_now: { width: 1.5, dash: [1.5, 7], colour: '#505a5f' },
};
export const HOUSEHOLD_FILL = '#f3f2f1';

export const CHILD_RADIUS = 44;
export const PERSON_RADIUS = 28;
/** Width of the box a label is wrapped into, centred under its circle. */
export const LABEL_WIDTH = 150;
export const NAME_SIZE = 14;
export const ROLE_SIZE = 12;
const NAME_LINE = 17;
const ROLE_LINE = 15;
/** Between a circle and the top of its label. */
const LABEL_GAP = 4;
/** Between parallel lines to the same person. */
const EDGE_GAP = 6;
const PAD = 8;
const MARGIN = 16;
const BAND_HEADING = 30;

/**
 * Widths of characters in em, at least those of DejaVu Sans Bold (the PDF's font, wider than the
 * usual screen fonts), so a label wrapped with this estimate fits in the PDF and on screen.
 * Accented letters count as their base letter and a little; Greek and Cyrillic by case;
 * anything else as 1.3 em, wider than any Latin letter DejaVu has.
 */
const NARROW = new Set(Array.from(" 'ijlI.,:;|ıłĳ"));
const SEMI = new Set(Array.from('-ftr()[]_`"*!ſ'));
const WIDE = new Set(Array.from('mwMWæœÆŒ%@Ħ'));
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.42;
  if (SEMI.has(ch)) return 0.55;
  if (WIDE.has(ch)) return 1.25;
  if (/[a-z]/.test(ch)) return 0.76;
  if (/[0-9]/.test(ch)) return 0.72;
  if (/[A-Z]/.test(ch)) return 0.92;
  if (/\p{Script=Greek}/u.test(ch)) return /\p{Lu}/u.test(ch) ? 1.05 : 0.9;
  if (/\p{Script=Cyrillic}/u.test(ch)) return /\p{Lu}/u.test(ch) ? 1.45 : 1.2;
  return 1.3;
}
export function estimateWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const decomposed = ch.normalize('NFKD');
    const base = decomposed.replace(/\p{M}/gu, '');
    // Spacing accents (¨, ´) decompose to a space and a mark: count them as unknown, not as a space.
    if (ch !== ' ' && base.trim() === '') em += 1;
    else for (const b of base) em += charWidth(b);
    // Some accents widen their letter (ľ, ť); allow for it.
    if (base !== decomposed) em += 0.1;
  }
  return em * size;
}
const measureAt = (size: number): LineMeasure => ({
  widthOf: (piece) => estimateWidth(piece, size),
  space: estimateWidth(' ', size),
});

/** A name or relationship wrapped into the label box: at spaces, then hyphens, never cut. */
export function wrapLabel(text: string, size: number): string[] {
  return breakLines(text.trim(), measureAt(size), LABEL_WIDTH).map((line) => line.text);
}

function labelLines(name: string, role: string): EcomapLabelLine[] {
  const names = wrapLabel(name, NAME_SIZE);
  const roles = role ? wrapLabel(role, ROLE_SIZE) : [];
  // Baselines sit about a fifth of a line above each line's foot.
  return [
    ...names.map((text, i) => ({ text, bold: true, size: NAME_SIZE, dy: LABEL_GAP + (i + 1) * NAME_LINE - 4 })),
    ...roles.map((text, i) => ({
      text,
      bold: false,
      size: ROLE_SIZE,
      dy: LABEL_GAP + names.length * NAME_LINE + (i + 1) * ROLE_LINE - 4,
    })),
  ];
}
/** Height of a label under its circle. */
const labelHeight = (lines: EcomapLabelLine[]) =>
  LABEL_GAP + lines.filter((l) => l.bold).length * NAME_LINE + lines.filter((l) => !l.bold).length * ROLE_LINE;

/** How many people fit on a ring with neighbours (measured along the chord) `spacing` apart. */
const ringCapacity = (radius: number, spacing: number) =>
  Math.floor(Math.PI / Math.asin(Math.min(1, spacing / (2 * radius))));

/** Rings for `count` people from radius `first` outwards: as few as fit, filled in proportion to their size. */
export function ringSizes(
  count: number,
  first: number,
  gap: number,
  spacing: number,
): { radius: number; size: number }[] {
  if (count === 0) return [];
  const radii: number[] = [];
  let capacity = 0;
  while (capacity < count) {
    const r = first + radii.length * gap;
    radii.push(r);
    capacity += ringCapacity(r, spacing);
  }
  const sizes = radii.map((r) => Math.floor((count * ringCapacity(r, spacing)) / capacity));
  // Hand out the remainder from the inside, never past a ring's capacity.
  let left = count - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % sizes.length) {
    if (sizes[i] < ringCapacity(radii[i], spacing)) {
      sizes[i]++;
      left--;
    }
  }
  return radii.map((radius, i) => ({ radius, size: sizes[i] }));
}

/**
 * Where a ring starts, turned so that lines to its people pass between the circles of the ring
 * inside it and, when adoptive parents sit beside the child, keep away from the horizontal where
 * they are. Tries eight turns within one place and keeps the one whose worst line is best.
 */
function ringOffset(size: number, inside: number[], household: boolean): number {
  const place = (2 * Math.PI) / size;
  const angleGap = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
  const score = (offset: number) => {
    let worst = Infinity;
    for (let i = 0; i < size; i++) {
      const a = offset + i * place;
      // 1 is as good as it gets: halfway between two circles inside, or at least 30° off the horizontal.
      if (inside.length)
        worst = Math.min(worst, Math.min(...inside.map((b) => angleGap(a, b))) / (Math.PI / inside.length));
      if (household) worst = Math.min(worst, Math.abs(Math.sin(a)) / 0.5);
    }
    return Math.min(worst, 1);
  };
  let best = -Math.PI / 2;
  for (let j = 1; j < 8; j++) {
    const offset = -Math.PI / 2 + (j * place) / 8;
    if (score(offset) > score(best) + 1e-9) best = offset;
  }
  return best;
}

/** Where each person of the register goes; a sibling's carer goes with the sibling they care for. */
function placeOf(person: Person, people: readonly Person[]): EcomapPlace {
  switch (person.relationship) {
    case 'adoptive_parent':
      return 'household';
    case 'professional':
      return 'professionals';
    case 'foster_carer':
      return 'now';
    case 'sibling_carer': {
      const sibling = people.find((p) => p.id === person.caresForId && p.relationship !== 'sibling_carer');
      return sibling ? placeOf(sibling, people) : 'now';
    }
    default:
      return person.priority === 'later' ? 'later' : 'now';
  }
}

/** The people of one place in drawing order: the register's order, each carer right after the sibling. */
function inOrder(people: readonly Person[], place: EcomapPlace): Person[] {
  const here = people.filter((p) => placeOf(p, people) === place);
  const carers = here.filter((p) => p.relationship === 'sibling_carer' && here.some((s) => s.id === p.caresForId));
  return here.filter((p) => !carers.includes(p)).flatMap((p) => [p, ...carers.filter((c) => c.caresForId === p.id)]);
}

function relationshipShort(person: Person, people: readonly Person[], t: Translator['t']): string {
  if (person.relationship === 'other' && person.relationshipOther) return person.relationshipOther;
  const cared = people.find((p) => p.id === person.caresForId);
  if (person.relationship === 'sibling_carer' && cared) return t('plan.ecomap.carerOf', { name: cared.name.trim() });
  if (person.relationship === 'professional' && person.role) return person.role;
  return t(`plan.option.relationshipShort.${person.relationship}`);
}

const overlaps = (a: EcomapBox, b: EcomapBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** A node's circle and its label, with the padding that keeps neighbours apart. */
const nodeBox = (x: number, y: number, r: number, label: number): EcomapBox => ({
  x: x - Math.max(r, LABEL_WIDTH / 2) - PAD / 2,
  y: y - r - PAD / 2,
  width: 2 * Math.max(r, LABEL_WIDTH / 2) + PAD,
  height: 2 * r + label + PAD,
});

export function layoutEcomap(
  plan: Pick<PlanContent, 'child' | 'people' | 'arrangements'>,
  t: Translator['t'],
): EcomapLayout {
  const people = plan.people;
  const childName = plan.child.name.trim() || t('plan.ecomap.child');
  const role = (p: Person) => relationshipShort(p, people, t);
  const labels = new Map(people.map((p) => [p.id, labelLines(p.name, role(p))]));
  const childLines = labelLines(childName, t('plan.ecomap.child'));

  const household = inOrder(people, 'household');
  const now = inOrder(people, 'now');
  const later = inOrder(people, 'later');
  const professionals = inOrder(people, 'professionals');

  // Every label in the rings is as tall as the tallest, so one spacing keeps them all apart.
  const tallest = Math.max(0, ...[...now, ...later].map((p) => labelHeight(labels.get(p.id)!)));
  const spacing = Math.ceil(Math.hypot(LABEL_WIDTH + PAD, 2 * PERSON_RADIUS + tallest + PAD));

  // The centre group, around (0, 0): the child, then adoptive parents to the right and left in turn.
  const step = LABEL_WIDTH + PAD;
  const centreNodes: EcomapNode[] = [
    { id: 'child', kind: 'child', place: 'centre', lines: childLines, x: 0, y: 0, r: CHILD_RADIUS },
    ...household.map((p, i) => ({
      id: p.id,
      kind: 'person' as const,
      place: 'household' as const,
      lines: labels.get(p.id)!,
      x: (i % 2 === 0 ? 1 : -1) * step * (Math.floor(i / 2) + 1),
      y: 0,
      r: PERSON_RADIUS,
    })),
  ];
  const centreBoxes = centreNodes.map((n) => nodeBox(n.x, n.y, n.r, labelHeight(n.lines)));
  const centreBox: EcomapBox = {
    x: Math.min(...centreBoxes.map((b) => b.x)) - PAD,
    y: Math.min(...centreBoxes.map((b) => b.y)) - PAD,
    width: 0,
    height: 0,
  };
  centreBox.width = Math.max(...centreBoxes.map((b) => b.x + b.width)) + PAD - centreBox.x;
  centreBox.height = Math.max(...centreBoxes.map((b) => b.y + b.height)) + PAD - centreBox.y;

  // The first ring is the smallest that keeps every ring label clear of the centre group.
  const clear = (radius: number) => {
    for (let deg = 0; deg < 360; deg++) {
      const a = (deg * Math.PI) / 180;
      if (overlaps(nodeBox(radius * Math.cos(a), radius * Math.sin(a), PERSON_RADIUS, tallest), centreBox))
        return false;
    }
    return true;
  };
  let first = spacing;
  while (!clear(first)) first += 4;
  const gap = spacing + 4;
  const inner = ringSizes(now.length, first, gap, spacing);
  // "Later" starts outside the inner rings, even when nobody is on them, so "outer" stays true.
  const outerFirst = (inner.length ? inner[inner.length - 1].radius : first) + gap;
  const outer = ringSizes(later.length, outerFirst, gap, spacing);

  const ringNodes: EcomapNode[] = [];
  // The angles of the ring just inside, for the next ring to turn against.
  let inside: number[] = [];
  const placeRings = (group: Person[], rings: { radius: number; size: number }[], place: EcomapPlace) => {
    let placed = 0;
    for (const { radius, size } of rings) {
      const offset = ringOffset(size, inside, household.length > 0);
      inside = Array.from({ length: size }, (_, i) => offset + (2 * Math.PI * i) / size);
      for (let i = 0; i < size; i++) {
        const person = group[placed++];
        const angle = offset + (2 * Math.PI * i) / size;
        ringNodes.push({
          id: person.id,
          kind: 'person',
          place,
          lines: labels.get(person.id)!,
          x: round(radius * Math.cos(angle)),
          y: round(radius * Math.sin(angle)),
          r: PERSON_RADIUS,
        });
      }
    }
  };
  placeRings(now, inner, 'now');
  placeRings(later, outer, 'later');

  // The drawing's extent: everything drawn so far, with a margin; nothing empty around it.
  const boxes = [centreBox, ...ringNodes.map((n) => nodeBox(n.x, n.y, n.r, labelHeight(n.lines)))];
  const left = Math.min(...boxes.map((b) => b.x)) - MARGIN;
  const top = Math.min(...boxes.map((b) => b.y)) - MARGIN;
  const width = Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)) + MARGIN - left);
  let height = Math.ceil(Math.max(...boxes.map((b) => b.y + b.height)) + MARGIN - top);
  const shift = (n: EcomapNode): EcomapNode => ({ ...n, x: round(n.x - left), y: round(n.y - top) });
  const nodes = [...centreNodes, ...ringNodes].map(shift);

  // Professionals: rows under the rings, as many to a row as the width allows.
  let band: EcomapLayout['band'];
  if (professionals.length) {
    const perRow = Math.max(1, Math.floor((width - 2 * MARGIN) / step));
    const rowLabel = Math.max(...professionals.map((p) => labelHeight(labels.get(p.id)!)));
    const rowHeight = 2 * PERSON_RADIUS + rowLabel + PAD;
    band = { y: height, heading: t('plan.ecomap.professionals'), headingY: height + BAND_HEADING - 8 };
    professionals.forEach((p, i) => {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, professionals.length - row * perRow);
      const col = i % perRow;
      nodes.push({
        id: p.id,
        kind: 'person',
        place: 'professionals',
        lines: labels.get(p.id)!,
        x: round(width / 2 + (col - (inRow - 1) / 2) * step),
        y: round(height + BAND_HEADING + PERSON_RADIUS + row * rowHeight),
        r: PERSON_RADIUS,
      });
    });
    height += BAND_HEADING + Math.ceil(professionals.length / perRow) * rowHeight + MARGIN;
  }

  const edges = contactLines(plan, nodes);
  const used = new Set(edges.map((e) => e.form));
  const legend = FORMS.filter((f) => used.has(f)).map((form) => ({ form, label: t(`plan.option.form.${form}`) }));

  return {
    width,
    height,
    childName,
    household: household.length
      ? { x: round(centreBox.x - left), y: round(centreBox.y - top), width: centreBox.width, height: centreBox.height }
      : undefined,
    band,
    nodes,
    edges,
    legend,
    caption: caption(people, childName, t),
    groups: textEquivalent(plan, { household, now, later, professionals }, childName, t),
  };
}

/**
 * Forms of staying in touch each person shares with the child, in FORMS order: those agreed, or
 * (with `askedFor`) those someone asked for that are not agreed, which get no line.
 */
function formsByPerson(plan: Pick<PlanContent, 'arrangements'>, askedFor = false): Map<string, ArrangementForm[]> {
  const byPerson = new Map<string, Set<string>>();
  for (const a of plan.arrangements) {
    if ((a.agreement === 'asked_for') !== askedFor) continue;
    for (const id of a.personIds) {
      const set = byPerson.get(id) ?? new Set<string>();
      formsOf(a).forEach((f) => set.add(f));
      byPerson.set(id, set);
    }
  }
  return new Map([...byPerson].map(([id, set]) => [id, FORMS.filter((f) => set.has(f))]));
}

/** One line per form, side by side, from the child's circle to the person's. */
function contactLines(plan: Pick<PlanContent, 'arrangements'>, nodes: EcomapNode[]): EcomapEdge[] {
  const child = nodes[0];
  const forms = formsByPerson(plan);
  return nodes.flatMap((node) => {
    // The adoptive parents live with the child: no line stands for how they keep in touch.
    if (node.kind === 'child' || node.place === 'household') return [];
    const list = forms.get(node.id) ?? [];
    const dx = node.x - child.x;
    const dy = node.y - child.y;
    const len = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / len, dy / len];
    return list.map((form, i) => {
      const o = (i - (list.length - 1) / 2) * EDGE_GAP;
      return {
        to: node.id,
        form,
        x1: round(child.x + ux * child.r - uy * o),
        y1: round(child.y + uy * child.r + ux * o),
        x2: round(node.x - ux * node.r - uy * o),
        y2: round(node.y - uy * node.r + ux * o),
      };
    });
  });
}

function caption(people: readonly Person[], child: string, t: Translator['t']): string[] {
  const has = (r: Person['relationship']) => people.some((p) => p.relationship === r);
  return [
    has('adoptive_parent')
      ? t('plan.ecomap.caption.centreWithFamily', { child })
      : t('plan.ecomap.caption.centre', { child }),
    t('plan.ecomap.caption.rings'),
    ...(has('foster_carer') ? [t('plan.ecomap.caption.fosterCarers', { child })] : []),
    ...(has('sibling_carer') ? [t('plan.ecomap.caption.siblingCarers')] : []),
    ...(has('professional') ? [t('plan.ecomap.caption.professionals')] : []),
    t('plan.ecomap.caption.lines'),
  ];
}

function textEquivalent(
  plan: Pick<PlanContent, 'people' | 'arrangements'>,
  places: Record<EcomapPlace, Person[]>,
  child: string,
  t: Translator['t'],
): EcomapGroup[] {
  const forms = formsByPerson(plan);
  const relationship = (p: Person) => {
    if (p.relationship === 'other' && p.relationshipOther) return p.relationshipOther;
    const cared = plan.people.find((c) => c.id === p.caresForId);
    if (p.relationship === 'sibling_carer' && cared) return t('plan.ecomap.carerOf', { name: cared.name.trim() });
    const words = t(`plan.option.relationship.${p.relationship}`);
    return p.relationship === 'professional' && p.role ? `${words}: ${p.role}` : words;
  };
  const asked = formsByPerson(plan, true);
  const words = (list: ArrangementForm[]) => list.map((f) => t(`plan.option.form.${f}`)).join('; ');
  const contact = (p: Person, place: EcomapPlace) => {
    if (place === 'household') return t('plan.ecomap.livesWith', { child });
    const agreed = forms.get(p.id) ?? [];
    const requested = asked.get(p.id) ?? [];
    return [
      agreed.length ? words(agreed) : t('plan.ecomap.noArrangementYet'),
      ...(requested.length ? [t('plan.ecomap.askedFor', { forms: words(requested) })] : []),
    ].join('. ');
  };
  return (['household', 'now', 'later', 'professionals'] as const)
    .filter((place) => places[place].length > 0)
    .map((place) => ({
      place,
      heading: t(`plan.ecomap.group.${place}`, { child }),
      entries: places[place].map((p) => ({
        id: p.id,
        name: p.name.trim(),
        relationship: relationship(p),
        contact: contact(p, place),
      })),
    }));
}

const round = (n: number) => Math.round(n * 10) / 10;
