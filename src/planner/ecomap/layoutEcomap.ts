/**
 * Lays out the eco-map: the child at the centre, each important person placed on rings around them,
 * and a line from the child to each person styled by the closest form of staying in touch they have.
 * Pure data in, pure data out (no DOM), so the builder's SVG and the PDF draw the same picture.
 *
 * People are spread over as few rings as fit, each ring holding as many as its circumference allows
 * at MIN_SPACING apart, so circles and their two-line labels never overlap, however many people.
 * People who matter now sit nearer the child than people who matter later.
 */
import type { ArrangementForm, PlanContent } from '../schema/planSchema';
import type { Translator } from '../../i18n/translator';

export type EdgeStyle = 'solid' | 'dashed' | 'dotted' | 'faint';

export interface EcomapNode {
  id: string;
  /** The name, shortened to fit the diagram; the text equivalent has it in full. */
  label: string;
  /** The relationship, short. */
  sublabel: string;
  x: number;
  y: number;
  r: number;
  kind: 'child' | 'person';
}

export interface EcomapEdge {
  from: string;
  to: string;
  style: EdgeStyle;
  /** The forms of staying in touch this line stands for, in words. */
  label: string;
}

export interface EcomapLegendItem {
  style: EdgeStyle;
  label: string;
}

export interface EcomapLayout {
  width: number;
  height: number;
  nodes: EcomapNode[];
  edges: EcomapEdge[];
  legend: EcomapLegendItem[];
}

/** How each style is drawn, shared by the SVG and the PDF. Dash arrays are in diagram units. */
export const EDGE_STROKES: Record<EdgeStyle, { width: number; dash: number[] | null; colour: string }> = {
  solid: { width: 3, dash: null, colour: '#0b0c0c' },
  dashed: { width: 2.5, dash: [10, 6], colour: '#0b0c0c' },
  dotted: { width: 2.5, dash: [2, 5], colour: '#0b0c0c' },
  faint: { width: 1.5, dash: [4, 6], colour: '#6f777b' },
};

const STYLE_BY_FORM: Record<ArrangementForm, EdgeStyle> = {
  meet_up: 'solid',
  phone_video: 'dotted',
  social_media: 'dotted',
  postal_exchange: 'dashed',
  digital_exchange: 'dashed',
  news_via_agency: 'dashed',
  none_now: 'faint',
};
/** When someone has several arrangements, the line shows the closest one. */
const CLOSENESS: EdgeStyle[] = ['solid', 'dotted', 'dashed', 'faint'];

export const CHILD_RADIUS = 44;
export const PERSON_RADIUS = 28;
/** Room under each circle for two lines of label text. */
export const LABEL_HEIGHT = 34;
/** Width allowed for a label; labels are shortened to fit. */
export const LABEL_WIDTH = 112;
/**
 * Least distance between the centres of two people. Each person takes a box LABEL_WIDTH wide and
 * 2r + LABEL_HEIGHT tall; two such boxes at this distance cannot overlap whatever the angle
 * between them (the worst case is along the box's diagonal).
 */
const MIN_SPACING = Math.ceil(Math.hypot(LABEL_WIDTH + 8, 2 * PERSON_RADIUS + LABEL_HEIGHT + 8));
const FIRST_RING = 170;
/** Rings this far apart keep any two people on different rings MIN_SPACING apart. */
const RING_GAP = MIN_SPACING + 4;
const MARGIN = 16;
const MAX_LABEL_CHARS = 16;

const shorten = (text: string, max = MAX_LABEL_CHARS) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** How many people fit on a ring with neighbours (measured along the chord) MIN_SPACING apart. */
const ringCapacity = (radius: number) => Math.floor(Math.PI / Math.asin(Math.min(1, MIN_SPACING / (2 * radius))));

/** How many people go on each ring: as few rings as fit, filled in proportion to their size. */
export function ringSizes(count: number): number[] {
  if (count === 0) return [];
  const radii: number[] = [];
  let capacity = 0;
  while (capacity < count) {
    const r = FIRST_RING + radii.length * RING_GAP;
    radii.push(r);
    capacity += ringCapacity(r);
  }
  const sizes = radii.map((r) => Math.floor((count * ringCapacity(r)) / capacity));
  // Hand out the remainder from the inside, never past a ring's capacity.
  let left = count - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % sizes.length) {
    if (sizes[i] < ringCapacity(radii[i])) {
      sizes[i]++;
      left--;
    }
  }
  return sizes;
}

const PRIORITY_ORDER = { now: 0, both: 1, later: 2 } as const;

export function layoutEcomap(
  plan: Pick<PlanContent, 'child' | 'people' | 'arrangements'>,
  t: Translator['t'],
): EcomapLayout {
  // People in the register for their role (adoptive parents, carers, professionals) are around the child now.
  const order = (p: PlanContent['people'][number]) => PRIORITY_ORDER[p.priority ?? 'now'];
  const people = [...plan.people].sort((a, b) => order(a) - order(b));
  const sizes = ringSizes(people.length);
  const outer = FIRST_RING + Math.max(0, sizes.length - 1) * RING_GAP;
  const half = (sizes.length ? outer + PERSON_RADIUS + LABEL_HEIGHT : CHILD_RADIUS + LABEL_HEIGHT) + MARGIN;
  const centre = half;

  const nodes: EcomapNode[] = [
    {
      id: 'child',
      label: shorten(plan.child.name.trim() || t('plan.ecomap.child')),
      sublabel: t('plan.ecomap.child'),
      x: centre,
      y: centre,
      r: CHILD_RADIUS,
      kind: 'child',
    },
  ];
  let placed = 0;
  sizes.forEach((size, ring) => {
    const radius = FIRST_RING + ring * RING_GAP;
    // Stagger alternate rings so lines to the outer ring pass between inner circles.
    const offset = -Math.PI / 2 + (ring % 2 === 1 ? Math.PI / size : 0);
    for (let i = 0; i < size; i++) {
      const person = people[placed++];
      const angle = offset + (2 * Math.PI * i) / size;
      nodes.push({
        id: person.id,
        label: shorten(person.name.trim()),
        sublabel: shorten(
          person.relationship === 'other' && person.relationshipOther
            ? person.relationshipOther
            : t(`plan.option.relationshipShort.${person.relationship}`),
        ),
        x: round(centre + radius * Math.cos(angle)),
        y: round(centre + radius * Math.sin(angle)),
        r: PERSON_RADIUS,
        kind: 'person',
      });
    }
  });

  const edges: EcomapEdge[] = plan.people.map((person) => {
    const forms = plan.arrangements.filter((a) => a.personIds.includes(person.id)).map((a) => a.form);
    const styles = forms.map((f) => STYLE_BY_FORM[f]);
    const style = CLOSENESS.find((s) => styles.includes(s)) ?? 'faint';
    const label = forms.length
      ? [...new Set(forms)].map((f) => t(`plan.option.form.${f}`)).join('; ')
      : t('plan.ecomap.noArrangementYet');
    return { from: 'child', to: person.id, style, label };
  });
  const used = new Set(edges.map((e) => e.style));
  const legend = CLOSENESS.filter((s) => used.has(s)).map((style) => ({
    style,
    label: t(`plan.ecomap.edge.${style}`),
  }));

  return { width: 2 * half, height: 2 * half, nodes, edges, legend };
}

const round = (n: number) => Math.round(n * 10) / 10;
