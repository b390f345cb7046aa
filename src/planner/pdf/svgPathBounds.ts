/**
 * Bounding box of SVG path data, so a drawn signature (stored as path data in whatever coordinates
 * the signature pad used) can be scaled into its box on the sign-off page.
 *
 * Includes control points (a control box, slightly larger than the exact box for curves), which is
 * enough to fit a signature. Handles absolute and relative M L H V C S Q T A Z; an arc counts by its
 * end point.
 */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const ARG_COUNT: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** The path's bounds, or undefined when it draws nothing or cannot be read. */
export function svgPathBounds(path: string): Bounds | undefined {
  const tokens = path.match(/[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g);
  if (!tokens) return undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let b: Bounds | undefined;
  const include = (px: number, py: number) => {
    if (!Number.isFinite(px) || !Number.isFinite(py)) return;
    if (!b) b = { minX: px, minY: py, maxX: px, maxY: py };
    else {
      b.minX = Math.min(b.minX, px);
      b.minY = Math.min(b.minY, py);
      b.maxX = Math.max(b.maxX, px);
      b.maxY = Math.max(b.maxY, py);
    }
  };

  let i = 0;
  let cmd = '';
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
    else if (cmd === '') return undefined; // numbers before any command
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    const n = ARG_COUNT[upper];
    if (n === undefined) return undefined;
    if (n === 0) {
      x = startX;
      y = startY;
      // Z takes no arguments; a following number would be malformed, so stop.
      if (i < tokens.length && !/[A-Za-z]/.test(tokens[i])) return b;
      continue;
    }
    if (i + n > tokens.length) break;
    const a = tokens.slice(i, i + n).map(Number);
    if (a.some((v) => Number.isNaN(v))) return b;
    i += n;
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (upper) {
      case 'M':
        x = ox + a[0];
        y = oy + a[1];
        startX = x;
        startY = y;
        include(x, y);
        // Further pairs after M are implicit line-tos.
        cmd = rel ? 'l' : 'L';
        break;
      case 'L':
      case 'T':
        x = ox + a[0];
        y = oy + a[1];
        include(x, y);
        break;
      case 'H':
        x = (rel ? x : 0) + a[0];
        include(x, y);
        break;
      case 'V':
        y = (rel ? y : 0) + a[0];
        include(x, y);
        break;
      case 'C':
        include(ox + a[0], oy + a[1]);
        include(ox + a[2], oy + a[3]);
        x = ox + a[4];
        y = oy + a[5];
        include(x, y);
        break;
      case 'S':
      case 'Q':
        include(ox + a[0], oy + a[1]);
        x = ox + a[2];
        y = oy + a[3];
        include(x, y);
        break;
      case 'A':
        x = ox + a[5];
        y = oy + a[6];
        include(x, y);
        break;
    }
  }
  return b;
}
