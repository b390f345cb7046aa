/**
 * The pictures in a PDF (pdf/pictureFigure.ts): all of them drawn on one page through the renderer
 * and read back as grey pixels, where each picture must show its fills exactly where its paths put
 * them (so pdf-lib reads every path as the data means it) and its dark outlines.
 */
import { describe, expect, it } from 'vitest';
import { A4 } from '../../../src/planner/pdf/pageLayout';
import { renderDocument } from '../../../src/planner/pdf/pdfDocument';
import { RENDERER_VERSION } from '../../../src/planner/pdf/pdfMarker';
import { pictureOps } from '../../../src/planner/pdf/pictureFigure';
import {
  PICTURES,
  PICTURE_IDS,
  PICTURE_LINE_WIDTH,
  type PictureId,
  type Rgb,
} from '../../../src/planner/pictures/pictures';
import { distanceToOutline, insideFill, readPath, type Point } from '../pictures/pathGeometry';
import { NOW, greyPage, qpdfCheck, testFonts } from './pdfTestKit';

/** Drawn 64 points square on a page read at 72 dpi: one pixel per unit of the pictures' box. */
const SIZE = 64;
const GAP = 16;
const COLUMNS = 6;
const ROWS = Math.ceil(PICTURE_IDS.length / COLUMNS);
/** Points checked in each picture: every fourth unit across and down. */
const SAMPLES: Point[] = Array.from({ length: 16 * 16 }, (_, i) => [2 + (i % 16) * 4, 2 + Math.floor(i / 16) * 4]);

/** Every picture in a grid on one page, with the top left corner of each picture in PDF points. */
async function drawAll() {
  const corners: { x: number; yTop: number }[] = [];
  const { bytes } = await renderDocument({
    fonts: await testFonts(),
    buildBlocks: () => [
      {
        kind: 'figure',
        width: COLUMNS * SIZE + (COLUMNS - 1) * GAP,
        height: ROWS * SIZE + (ROWS - 1) * GAP,
        label: 'Every picture',
        draw: (x, yTop) =>
          PICTURE_IDS.flatMap((id, i) => {
            corners.push({ x: x + (i % COLUMNS) * (SIZE + GAP), yTop: yTop - Math.floor(i / COLUMNS) * (SIZE + GAP) });
            return pictureOps(id, corners[i].x, corners[i].yTop, SIZE);
          }),
      },
    ],
    meta: { title: 'Pictures', subject: 'Pictures', keywords: [], language: 'en-GB' },
    footer: (page, total) => [`Pictures · Page ${page} of ${total}`],
    marks: { security: ['OFFICIAL-SENSITIVE'] },
    drawn: { renderer: RENDERER_VERSION, nameStyle: 'full', judgedOn: '2026-11-23', language: 'en-GB' },
    now: NOW,
  });
  return { bytes, corners };
}

const grey = (c: Rgb) => 255 * (0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]);

/**
 * The grey each sample point of a picture should show: its topmost fill (white where there is none),
 * or undefined where an edge or a stroke is too close to say.
 */
function expectedGreys(id: PictureId): (number | undefined)[] {
  const paths = PICTURES[id].paths.map((path) => {
    const read = readPath(path.d);
    if ('problem' in read) throw new Error(`${id}: ${read.problem}`);
    return { read, fill: path.fill, reach: (path.stroke ? (path.width ?? PICTURE_LINE_WIDTH) / 2 : 0) + 1.5 };
  });
  return SAMPLES.map((p) => {
    let shade = 255;
    for (const { read, fill, reach } of paths) {
      if (distanceToOutline(read, p) < reach) return undefined;
      if (fill && insideFill(read, p)) shade = grey(fill);
    }
    return shade;
  });
}

describe('pictures in the PDF', () => {
  it('scales the 64-unit box to the size asked for, outlines included', () => {
    const ops = pictureOps('home', 100, 700, 32);
    expect(ops).toHaveLength(PICTURES.home.paths.length);
    for (const op of ops) expect(op).toMatchObject({ op: 'svgPath', x: 100, y: 700, scale: 0.5 });
    expect(ops[0]).toMatchObject({ width: PICTURE_LINE_WIDTH / 2, fill: PICTURES.home.paths[0].fill });
  });

  it('draws every picture on one page: its fills where its paths are, and its outlines', async () => {
    const { bytes, corners } = await drawAll();
    expect(qpdfCheck(bytes).status).toBe(0);
    const page = greyPage(bytes, 1, 72);
    const pixel = (x: number, y: number) => page.pixels[Math.floor(y) * page.width + Math.floor(x)];
    PICTURE_IDS.forEach((id, i) => {
      const [left, top] = [corners[i].x, A4.height - corners[i].yTop];
      const expected = expectedGreys(id);
      const wrong = SAMPLES.flatMap(([x, y], k) => {
        const found = pixel(left + x, top + y);
        const want = expected[k];
        return want === undefined || Math.abs(found - want) <= 12 ? [] : [`(${x}, ${y}) ${found} not ${want}`];
      });
      expect(wrong, id).toEqual([]);
      // Most of the picture is checked, not only the few points far from every line.
      expect(expected.filter((v) => v !== undefined).length, id).toBeGreaterThan(SAMPLES.length / 3);
      let dark = 0;
      for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) if (pixel(left + x, top + y) < 100) dark++;
      expect(dark, id).toBeGreaterThan(300);
    });
  });
});
