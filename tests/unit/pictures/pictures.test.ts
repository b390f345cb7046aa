/**
 * Our pictures (src/planner/pictures): every path is plain absolute SVG path data that stays inside
 * the 64 × 64 box (its stroke too), outlines read against white (3:1, WCAG's contrast for graphics),
 * each picture is a few shapes, and each has its alternative text in English and in Welsh.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_AREAS, WELSH_AREAS } from '../../../src/i18n/catalogue';
import { translator } from '../../../src/i18n/translator';
import { FORMS } from '../../../src/planner/schema/planVocabulary';
import {
  PICTURES,
  PICTURE_BOX,
  PICTURE_IDS,
  PICTURE_LINE_WIDTH,
  pictureAltKey,
  type PicturePath,
  type Rgb,
} from '../../../src/planner/pictures/pictures';
import { outlineCorners, readPath } from './pathGeometry';

/**
 * SVG cuts a mitred join off at 4 times the line's width and PDF at 10: between them (a corner
 * sharper than 2 × asin(1/4), about 29°) they would draw it differently.
 */
const SHARPEST_CORNER = 30;

/** Where a path leaves the box (its points, and for an outline half its width and its joins' tips), or is too sharp. */
function outsideBox(path: PicturePath): string[] {
  const read = readPath(path.d);
  if ('problem' in read) return [read.problem];
  const width = path.stroke ? (path.width ?? PICTURE_LINE_WIDTH) : 0;
  const inside = ([x, y]: readonly number[], margin = 0) =>
    Math.min(x, y) - margin >= 0 && Math.max(x, y) + margin <= PICTURE_BOX;
  const corners = path.stroke ? outlineCorners(read, width) : [];
  return [
    ...read.points.filter((p) => !inside(p, width / 2)).map(([x, y]) => `${x},${y}`),
    ...corners.filter((c) => c.angle < SHARPEST_CORNER).map((c) => `a ${c.angle.toFixed(0)}° corner`),
    ...corners.filter((c) => !inside(c.tip)).map(({ tip }) => `a join's tip at ${tip.map((v) => v.toFixed(1))}`),
  ];
}

/** WCAG 2's contrast ratio of a colour against white. */
function contrastWithWhite(c: Rgb): number {
  const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
  return 1.05 / (luminance + 0.05);
}

const paths = Object.entries(PICTURES).flatMap(([id, picture]) =>
  picture.paths.map((path, index): [string, PicturePath] => [`${id} path ${index + 1}`, path]),
);

describe('the pictures', () => {
  it('has the pictures the editions ask for', () => {
    // One for each form an arrangement can take, and one for each other kind of point.
    expect([...PICTURE_IDS].sort()).toEqual(
      [
        ...FORMS,
        'plan',
        'child',
        'review',
        'support',
        'talk',
        'photos',
        'birthday',
        'worker',
        'home',
        'question',
        'feelings',
      ].sort(),
    );
  });

  it('draws each with a few shapes (3 to 8 paths), at least one outlined', () => {
    for (const id of PICTURE_IDS) {
      const list: readonly PicturePath[] = PICTURES[id].paths;
      expect(list.length, id).toBeGreaterThanOrEqual(3);
      expect(list.length, id).toBeLessThanOrEqual(8);
      expect(
        list.some((p) => p.stroke),
        id,
      ).toBe(true);
    }
  });

  it('writes every path in absolute commands that stay inside the box, strokes and joins too, with no needle-sharp corner', () => {
    const problems = paths.flatMap(([name, path]) => outsideBox(path).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('would catch a relative command, an arc, a missing number, a point or a join outside the box and a sharp corner', () => {
    expect(readPath('M 2 2 l 4 4')).toHaveProperty('problem');
    expect(readPath('M 2 2 A 4 4 0 0 1 8 8')).toHaveProperty('problem');
    expect(readPath('M 2 2 C 4 4 6 6 8')).toHaveProperty('problem');
    expect(outsideBox({ d: 'M 10 10 C 10 -1 20 10 20 20 Z' })).toEqual(['10,-1']);
    expect(outsideBox({ d: 'M 1 10 L 20 20', stroke: [0, 0, 0], width: 3 })).toEqual(['1,10']);
    expect(outsideBox({ d: 'M 10 30 L 30 2 L 50 30 Z', stroke: [0, 0, 0], width: 3 })).toEqual([
      "a join's tip at 30.0,-0.6",
    ]);
    expect(outsideBox({ d: 'M 10 40 L 14 10 L 18 40', stroke: [0, 0, 0], width: 1 })).toEqual(['a 15° corner']);
    expect(readPath('M 1 2 L 3 4 5 6 H 7 V 8 Z')).toMatchObject({
      points: [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 6],
        [7, 8],
      ],
    });
  });

  it('outlines in colours with at least 3:1 contrast against white', () => {
    expect(contrastWithWhite([1, 0.83, 0.36])).toBeLessThan(3); // a light fill colour would fail
    const weak = paths
      .filter(([, path]) => path.stroke && contrastWithWhite(path.stroke) < 3)
      .map(([name, path]) => `${name}: ${contrastWithWhite(path.stroke!).toFixed(2)}`);
    expect(weak).toEqual([]);
  });
});

describe('the pictures’ alternative text', () => {
  const prefixed = (area: Record<string, unknown>) =>
    Object.keys(area).filter((k) => k.startsWith('plan.pdf.picture.'));

  it.each(['en', 'cy'] as const)('describes every picture, and only those, in %s', (lang) => {
    const { t } = translator(lang);
    for (const id of PICTURE_IDS) expect(t(pictureAltKey(id)), id).toMatch(/^\p{Lu}[^{}]{1,80}$/u);
    const area = lang === 'en' ? ENGLISH_AREAS.pdf : WELSH_AREAS.pdf;
    expect(prefixed(area).sort()).toEqual(PICTURE_IDS.map(pictureAltKey).sort());
  });

  it('describes each picture differently, in Welsh different from English', () => {
    const en = PICTURE_IDS.map((id) => translator('en').t(pictureAltKey(id)));
    const cy = PICTURE_IDS.map((id) => translator('cy').t(pictureAltKey(id)));
    expect(new Set(en).size).toBe(PICTURE_IDS.length);
    expect(new Set(cy).size).toBe(PICTURE_IDS.length);
    expect(cy.filter((text, i) => text === en[i])).toEqual([]);
  });
});
