/**
 * The eco-map as vector graphics: the planner's own layout (`layoutEcomap`, shared with the
 * builder's SVG) drawn as lines, circles and text, scaled to the page, with its legend below.
 */
import type { Translator } from '../../i18n/translator';
import { EDGE_STROKES, layoutEcomap, type EcomapLayout } from '../ecomap/layoutEcomap';
import type { PlanContent } from '../schema/planSchema';
import { COLOURS, type Block, type DrawOp, type Measures, type Rgb } from './pageLayout';

/** Largest height the diagram may take on the page, in points (the legend comes below). */
const MAX_DIAGRAM_HEIGHT = 430;
const LEGEND_ROW = 16;

function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return COLOURS.text;
  return [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255];
}

/**
 * The eco-map block, or undefined when there is nobody to show. `childName` is the child's name as
 * the exporter chose to show it, so the diagram never shows more than the rest of the PDF.
 */
export function ecomapBlock(
  plan: PlanContent,
  childName: string,
  measures: Measures,
  contentWidth: number,
  i18n: Translator,
): Block | undefined {
  if ((plan.people ?? []).length === 0) return undefined;
  const layout = layoutEcomap(
    {
      child: { ...plan.child, name: childName },
      people: plan.people,
      arrangements: plan.arrangements ?? [],
    },
    i18n.t,
  );
  const scale = Math.min(contentWidth / layout.width, MAX_DIAGRAM_HEIGHT / layout.height);
  const diagramWidth = layout.width * scale;
  const diagramHeight = layout.height * scale;
  const legendHeight = LEGEND_ROW * Math.ceil(layout.legend.length / 2) + 8;
  return {
    kind: 'figure',
    width: contentWidth,
    height: diagramHeight + legendHeight,
    label: i18n.t('plan.pdf.ecomap'),
    draw: (x, yTop) => [
      ...diagramOps(layout, measures, x + (contentWidth - diagramWidth) / 2, yTop, scale),
      ...legendOps(layout, x, yTop - diagramHeight - 8, contentWidth),
    ],
  };
}

function diagramOps(layout: EcomapLayout, m: Measures, ox: number, oy: number, s: number): DrawOp[] {
  const px = (ux: number) => ox + ux * s;
  const py = (uy: number) => oy - uy * s;
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const ops: DrawOp[] = [];

  // Lines first, so the circles sit on top of them; each runs from circle edge to circle edge.
  for (const edge of layout.edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const stroke = EDGE_STROKES[edge.style];
    ops.push({
      op: 'line',
      x1: px(a.x + (dx / len) * a.r),
      y1: py(a.y + (dy / len) * a.r),
      x2: px(b.x - (dx / len) * b.r),
      y2: py(b.y - (dy / len) * b.r),
      color: hexToRgb(stroke.colour),
      width: Math.max(0.5, stroke.width * s),
      dash: stroke.dash ? stroke.dash.map((d) => d * s) : undefined,
    });
  }

  const labelSize = Math.min(9, Math.max(5, 12 * s));
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
    // Name in bold, relationship under it, both centred below the circle.
    const lines: [string, 'bold' | 'regular'][] = [
      [node.label, 'bold'],
      [node.sublabel, 'regular'],
    ];
    lines.forEach(([text, font], i) => {
      if (!text) return;
      const w = m[font].textWidth(text, labelSize);
      const baseline = py(node.y + node.r) - (i + 1) * labelSize * 1.2;
      // A white backing keeps the label readable where a line passes behind it.
      ops.push({
        op: 'rect',
        x: px(node.x) - w / 2 - 1.5,
        y: baseline - labelSize * 0.28,
        width: w + 3,
        height: labelSize * 1.2,
        fill: [1, 1, 1],
      });
      ops.push({
        op: 'text',
        x: px(node.x) - w / 2,
        y: baseline,
        text,
        font,
        size: labelSize,
        color: COLOURS.text,
      });
    });
  }
  return ops;
}

function legendOps(layout: EcomapLayout, x: number, yTop: number, width: number): DrawOp[] {
  const ops: DrawOp[] = [];
  const colWidth = width / 2;
  layout.legend.forEach((item, i) => {
    const cx = x + (i % 2) * colWidth;
    const cy = yTop - Math.floor(i / 2) * LEGEND_ROW - LEGEND_ROW / 2;
    const stroke = EDGE_STROKES[item.style];
    // Legend samples at a fixed, readable scale.
    ops.push({
      op: 'line',
      x1: cx,
      y1: cy,
      x2: cx + 34,
      y2: cy,
      color: hexToRgb(stroke.colour),
      width: Math.max(0.75, stroke.width * 0.5),
      dash: stroke.dash ? stroke.dash.map((d) => d * 0.5) : undefined,
    });
    ops.push({ op: 'text', x: cx + 42, y: cy - 3, text: item.label, font: 'regular', size: 9, color: COLOURS.text });
  });
  return ops;
}
