import { describe, expect, it } from 'vitest';
import { svgPathBounds } from '../../../src/planner/pdf/svgPathBounds';

describe('SVG path bounds', () => {
  it('covers absolute lines and curves, including control points', () => {
    expect(svgPathBounds('M10 40 C 20 10, 40 10, 50 40 S 80 70, 90 40 L 120 30')).toEqual({
      minX: 10,
      minY: 10,
      maxX: 120,
      maxY: 70,
    });
  });

  it('follows relative commands and implicit line-tos after a move', () => {
    expect(svgPathBounds('m5 30 10 -20 l10 20 h-30 v5 z')).toEqual({ minX: -5, minY: 10, maxX: 25, maxY: 35 });
  });

  it('reads compact number forms', () => {
    expect(svgPathBounds('M.5.5L-1e1,2.5')).toEqual({ minX: -10, minY: 0.5, maxX: 0.5, maxY: 2.5 });
  });

  it('returns undefined for an empty or unreadable path', () => {
    expect(svgPathBounds('')).toBeUndefined();
    expect(svgPathBounds('10 10')).toBeUndefined();
  });
});
