/**
 * The eco-map as vector graphics: the planner's own layout (`layoutEcomap`, shared with the
 * builder's SVG) drawn as lines, circles and text, scaled to the page, with its key and caption below.
 */
import type { Translator } from '../../i18n/translator';
import { FORM_STROKES, HOUSEHOLD_FILL, NAME_SIZE, layoutEcomap, type EcomapLayout } from '../ecomap/layoutEcomap';
import type { PlanContent } from '../schema/planSchema';
import { COLOURS, type Block, type DrawOp, type Measures, type Rgb } from './pageLayout';

const LEGEND_ROW = 16;
/** Room kept on the diagram's page for its caption below the key. */
const CAPTION_ROOM = 60;

function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return COLOURS.text;
  return [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255];
}

/**
 * The eco-map block (the figure, its key and its caption, kept together), or undefined when there
 * is nobody to show. `childName` is the child's name as the exporter chose to show it, so the
 * diagram never shows more than the rest of the PDF.
 */
export function ecomapBlock(
  plan: PlanContent,
  childName: string,
  measures: Measures,
  content: { width: number; height: number },
  i18n: Translator,
): Block | undefined {
  const contentWidth = content.width;
  if ((plan.people ?? []).length === 0) return undefined;
  const layout = layoutEcomap(
    {
      child: { ...plan.child, name: childName },
      people: plan.people,
      arrangements: plan.arrangements ?? [],
    },
    i18n.t,
  );
  const legendHeight = LEGEND_ROW * layout.legend.length + (layout.legend.length ? 8 : 0);
  // As large as a page allows with its key and caption: a big family's names stay readable (the
  // figure then starts a page of its own).
  const scale = Math.min(contentWidth / layout.width, (content.height - legendHeight - CAPTION_ROOM) / layout.height);
  const diagramWidth = layout.width * scale;
  const diagramHeight = layout.height * scale;
  const figure: Block = {
    kind: 'figure',
    width: contentWidth,
    height: diagramHeight + legendHeight,
    label: ecomapAlt(layout, i18n),
    draw: (x, yTop) => [
      ...diagramOps(layout, measures, x + (contentWidth - diagramWidth) / 2, yTop, scale),
      ...legendOps(layout, x, yTop - diagramHeight - 8),
    ],
  };
  return {
    kind: 'keepTogether',
    blocks: [figure, { kind: 'paragraph', text: layout.caption.join(' '), style: 'small' }],
  };
}

/**
 * The figure's alternative text, its text equivalent: who is in the child's network, where the
 * diagram puts them (how close they are), and how each stays in touch, as the builder lists them.
 */
function ecomapAlt(layout: EcomapLayout, i18n: Translator): string {
  const groups = layout.groups.map(
    (group) =>
      `${group.heading}: ${group.entries.map((e) => `${e.name}, ${e.relationship} (${e.contact})`).join('; ')}.`,
  );
  return [`${i18n.t('plan.pdf.ecomap')}.`, ...groups].join(' ');
}

function diagramOps(layout: EcomapLayout, m: Measures, ox: number, oy: number, s: number): DrawOp[] {
  const px = (ux: number) => ox + ux * s;
  const py = (uy: number) => oy - uy * s;
  const ops: DrawOp[] = [];
  const rule = COLOURS.muted;

  if (layout.household) {
    const h = layout.household;
    ops.push({
      op: 'rect',
      x: px(h.x),
      y: py(h.y + h.height),
      width: h.width * s,
      height: h.height * s,
      fill: hexToRgb(HOUSEHOLD_FILL),
      stroke: rule,
      lineWidth: 0.5,
    });
  }
  if (layout.band) {
    const { y, heading, headingY } = layout.band;
    ops.push({ op: 'line', x1: px(0), y1: py(y), x2: px(layout.width), y2: py(y), color: rule, width: 0.5 });
    const size = NAME_SIZE * s;
    const w = m.bold.textWidth(heading, size);
    ops.push({
      op: 'text',
      x: px(layout.width / 2) - w / 2,
      y: py(headingY),
      text: heading,
      font: 'bold',
      size,
      color: COLOURS.text,
    });
  }

  // Lines first, so the circles sit on top of them.
  for (const edge of layout.edges) {
    const stroke = FORM_STROKES[edge.form];
    ops.push({
      op: 'line',
      x1: px(edge.x1),
      y1: py(edge.y1),
      x2: px(edge.x2),
      y2: py(edge.y2),
      color: hexToRgb(stroke.colour),
      width: Math.max(0.5, stroke.width * s),
      dash: stroke.dash ? stroke.dash.map((d) => d * s) : undefined,
    });
  }

  for (const node of layout.nodes) {
    const child = node.kind === 'child';
    ops.push({
      op: 'ellipse',
      x: px(node.x),
      y: py(node.y),
      rx: node.r * s,
      ry: node.r * s,
      fill: child ? COLOURS.headerFill : [1, 1, 1],
      stroke: COLOURS.heading,
      lineWidth: child ? 1.5 : 1,
    });
    // The name in bold, the relationship under it, each line centred below the circle.
    for (const line of node.lines) {
      const font = line.bold ? 'bold' : 'regular';
      const size = line.size * s;
      const w = m[font].textWidth(line.text, size);
      const baseline = py(node.y + node.r + line.dy);
      // A white backing keeps the label readable where a line passes behind it.
      ops.push({
        op: 'rect',
        x: px(node.x) - w / 2 - 1.5,
        y: baseline - size * 0.28,
        width: w + 3,
        height: size * 1.2,
        fill: [1, 1, 1],
      });
      ops.push({ op: 'text', x: px(node.x) - w / 2, y: baseline, text: line.text, font, size, color: COLOURS.text });
    }
  }
  return ops;
}

function legendOps(layout: EcomapLayout, x: number, yTop: number): DrawOp[] {
  const ops: DrawOp[] = [];
  layout.legend.forEach((item, i) => {
    const cy = yTop - i * LEGEND_ROW - LEGEND_ROW / 2;
    const stroke = FORM_STROKES[item.form];
    // Legend samples at a fixed, readable scale.
    ops.push({
      op: 'line',
      x1: x,
      y1: cy,
      x2: x + 40,
      y2: cy,
      color: hexToRgb(stroke.colour),
      width: Math.max(0.75, stroke.width * 0.6),
      dash: stroke.dash ? stroke.dash.map((d) => d * 0.6) : undefined,
    });
    ops.push({ op: 'text', x: x + 48, y: cy - 3, text: item.label, font: 'regular', size: 9, color: COLOURS.text });
  });
  return ops;
}
