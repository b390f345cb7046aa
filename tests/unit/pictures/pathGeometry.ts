/**
 * Just enough SVG path geometry to check our pictures: read absolute path data (the commands the
 * pictures use), flatten its curves, and ask whether a point is inside the filled shape or near its
 * outline. For the tests only.
 */
export type Point = [number, number];

/** How many numbers each command the pictures may use takes. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, Q: 4, Z: 0 };
/** Straight pieces per curve when flattening: ample at the pictures' sizes. */
const STEPS = 16;

export interface ReadPath {
  /** Every point the path names (ends and control points: a Bézier stays inside its control points). */
  points: Point[];
  /** Each subpath as a polyline, curves flattened; filling closes each one. */
  subpaths: Point[][];
  /** Whether each subpath ends with Z, so its outline is closed too. */
  closed: boolean[];
}

function bezier(controls: Point[], t: number): Point {
  let level = controls;
  while (level.length > 1)
    level = level
      .slice(1)
      .map((p, i): Point => [level[i][0] + (p[0] - level[i][0]) * t, level[i][1] + (p[1] - level[i][1]) * t]);
  return level[0];
}

/** Reads path data written with absolute M, L, H, V, C, Q and Z, or says why it cannot. */
export function readPath(d: string): ReadPath | { problem: string } {
  const tokens = d
    .trim()
    .split(/[\s,]+|(?=[A-Za-z])|(?<=[A-Za-z])/)
    .filter(Boolean);
  const points: Point[] = [];
  const subpaths: Point[][] = [];
  const closed: boolean[] = [];
  let current: Point = [NaN, NaN];
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++];
    if (!(command in ARITY)) return { problem: `"${command}" is not an absolute M, L, H, V, C, Q or Z` };
    if (command !== 'M' && subpaths.length === 0) return { problem: 'does not start with M' };
    const count = ARITY[command];
    let first = true;
    do {
      const args = tokens.slice(i, i + count).map(Number);
      if (args.length < count || args.some((v) => !Number.isFinite(v))) return { problem: `${command} lacks numbers` };
      i += count;
      const named: Point[] = [];
      for (let k = 0; k < count - 1; k += 2) named.push([args[k], args[k + 1]]);
      if (command === 'H') named.push([args[0], current[1]]);
      if (command === 'V') named.push([current[0], args[0]]);
      points.push(...named);
      if (command === 'M' && first) {
        subpaths.push([named[0]]);
        closed.push(false);
      } else if (command === 'C' || command === 'Q') {
        const controls = [current, ...named];
        for (let s = 1; s <= STEPS; s++) subpaths[subpaths.length - 1].push(bezier(controls, s / STEPS));
      } else if (command === 'Z') {
        const start = subpaths[subpaths.length - 1][0];
        closed[closed.length - 1] = true;
        named.push(start);
      } else subpaths[subpaths.length - 1].push(named[0]);
      if (named.length) current = named[named.length - 1];
      first = false;
    } while (count > 0 && i < tokens.length && !(tokens[i] in ARITY));
  }
  return { points, subpaths, closed };
}

/** Whether p is inside the filled shape, by the non-zero winding rule (as SVG and PDF fill by default). */
export function insideFill({ subpaths }: ReadPath, [x, y]: Point): boolean {
  let winding = 0;
  for (const poly of subpaths)
    for (let i = 0; i < poly.length; i++) {
      const [a, b] = [poly[i], poly[(i + 1) % poly.length]];
      const side = (b[0] - a[0]) * (y - a[1]) - (x - a[0]) * (b[1] - a[1]);
      if (a[1] <= y && b[1] > y && side > 0) winding++;
      else if (a[1] > y && b[1] <= y && side < 0) winding--;
    }
  return winding !== 0;
}

/** The distance from p to the nearest edge of the path (each subpath taken as closed). */
export function distanceToOutline({ subpaths }: ReadPath, [x, y]: Point): number {
  let best = Infinity;
  for (const poly of subpaths)
    for (let i = 0; i < poly.length; i++) {
      const [a, b] = [poly[i], poly[(i + 1) % poly.length]];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const length = dx * dx + dy * dy;
      const t = length ? Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / length)) : 0;
      best = Math.min(best, Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy));
    }
  return best;
}

/**
 * The corners of the outline a stroke draws: at each, how sharp it is (the angle between its two
 * edges, in degrees) and the tip of its mitred join (stroked `width` wide).
 */
export function outlineCorners({ subpaths, closed }: ReadPath, width: number): { angle: number; tip: Point }[] {
  const corners: { angle: number; tip: Point }[] = [];
  subpaths.forEach((polyline, index) => {
    // Drop repeated points (a closing Z back onto the start), so every edge has a direction.
    const poly = polyline.filter(
      (p, i) => i === 0 || Math.hypot(p[0] - polyline[i - 1][0], p[1] - polyline[i - 1][1]) > 1e-6,
    );
    if (
      closed[index] &&
      poly.length > 1 &&
      Math.hypot(poly[0][0] - poly.at(-1)![0], poly[0][1] - poly.at(-1)![1]) < 1e-6
    )
      poly.pop();
    const n = poly.length;
    for (let i = 0; i < n; i++) {
      if (!closed[index] && (i === 0 || i === n - 1)) continue;
      const [a, v, b] = [poly[(i - 1 + n) % n], poly[i], poly[(i + 1) % n]];
      const u = [a[0] - v[0], a[1] - v[1]];
      const w = [b[0] - v[0], b[1] - v[1]];
      const [lu, lw] = [Math.hypot(u[0], u[1]), Math.hypot(w[0], w[1])];
      const cos = (u[0] * w[0] + u[1] * w[1]) / (lu * lw);
      const angle = (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
      if (angle > 179) continue;
      // The join's tip lies away from both edges along their bisector, half the width / sin(angle / 2) out.
      const bisector = [u[0] / lu + w[0] / lw, u[1] / lu + w[1] / lw];
      const lb = Math.hypot(bisector[0], bisector[1]);
      const reach = width / 2 / Math.sin((angle * Math.PI) / 360);
      corners.push({ angle, tip: [v[0] - (bisector[0] / lb) * reach, v[1] - (bisector[1] / lb) * reach] });
    }
  });
  return corners;
}
