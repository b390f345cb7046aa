/**
 * A drawn signature as the signature pad writes it, and nothing else: strokes of SVG path data, each
 * a move (`M x y`) followed by lines (`L x y`), every coordinate a plain decimal inside the pad's box.
 *
 * The plan schema refuses any other path (an unknown command, a sign or exponent, NaN, a point
 * outside the box, too many points), and the PDF renderer and the builder draw only the points read
 * here, so a path written by hand into a plan file can never reach pdf-lib or the page as it was.
 */

/** The signature pad's drawing area, in its own units: every point lies within it. */
export const SIGNATURE_BOX = { width: 400, height: 140 } as const;

/**
 * The most a drawn signature may hold: characters of path data, and points. The pad stops at both.
 * Before it counted points it stopped at about 19,900 characters; a point takes 8 to 12 characters
 * unless it lies within 10 units of the box's corner, so in practice no signature it drew reaches
 * 4,000 points, and none is refused now.
 */
export const SIGNATURE_LIMITS = { characters: 20_000, points: 4_000 } as const;

/** A coordinate as the pad writes it: up to three digits, and up to three decimals (it writes one). */
const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3})?`;
const POINT = String.raw`${NUMBER}[\s,]+${NUMBER}`;

/**
 * The shape of a signature: strokes of one move and any number of lines. Each command starts with its
 * letter and holds exactly one point, so the pattern never backtracks far and runs in linear time.
 */
export const SIGNATURE_PATH_PATTERN = new RegExp(String.raw`^(?:\s*M\s*${POINT}(?:\s*L\s*${POINT})*)*\s*$`);
const COMMAND = new RegExp(String.raw`([ML])\s*(${NUMBER})[\s,]+(${NUMBER})`, 'g');

export type SignaturePoint = readonly [x: number, y: number];

/** Why a path is not a signature the pad could have drawn. */
export type SignaturePathProblem = 'tooLong' | 'pattern' | 'outside' | 'tooManyPoints';

export type SignaturePathReading =
  { ok: true; strokes: SignaturePoint[][] } | { ok: false; problem: SignaturePathProblem };

/** The strokes of a drawn signature, or why it is not one. An empty path has no strokes. */
export function readSignaturePath(path: string): SignaturePathReading {
  // Length first: the pattern is linear, but there is no reason to run it over megabytes.
  if (path.length > SIGNATURE_LIMITS.characters) return { ok: false, problem: 'tooLong' };
  if (!SIGNATURE_PATH_PATTERN.test(path)) return { ok: false, problem: 'pattern' };
  const strokes: SignaturePoint[][] = [];
  let points = 0;
  for (const [, command, xText, yText] of path.matchAll(COMMAND)) {
    const x = Number(xText);
    const y = Number(yText);
    if (x > SIGNATURE_BOX.width || y > SIGNATURE_BOX.height) return { ok: false, problem: 'outside' };
    if (++points > SIGNATURE_LIMITS.points) return { ok: false, problem: 'tooManyPoints' };
    if (command === 'M') strokes.push([[x, y]]);
    else strokes[strokes.length - 1].push([x, y]);
  }
  return { ok: true, strokes };
}

/** Path data for strokes, written as the pad writes it. */
export function signaturePathData(strokes: readonly (readonly SignaturePoint[])[]): string {
  return strokes.map((stroke) => stroke.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('')).join(' ');
}

/** The smallest box holding every point of the strokes, or undefined when there are none. */
export function signatureBounds(
  strokes: readonly (readonly SignaturePoint[])[],
): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
  const points = strokes.flat();
  if (points.length === 0) return undefined;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}
