/**
 * Our own pictures for the child's plan and the easy-read edition (issue 14): simple, flat vector
 * drawings, nothing fetched and no third-party art. Pure data, so the PDF (pdf/pictureFigure.ts)
 * and the builder's print view (as inline SVG, ui/copies/DocumentBlocks.tsx) draw the same shapes.
 *
 * Each picture is drawn in a 64 × 64 box in SVG coordinates (origin top left, y down), as a few
 * paths painted in order, each written with absolute commands (M, L, H, V, C, Q, Z) so that the
 * box can be checked from the numbers alone; curves are Béziers (circles too), never arcs. Lines
 * have round caps and mitred joins, and no outline turns a corner sharper than 30° (where SVG and
 * PDF would cut the join's point differently). Outlines are dark enough to read against white (3:1 at least) and
 * fills are light, so a picture still reads printed in greyscale. No picture holds any words; each
 * has its alternative text in the catalogue (pictureAltKey).
 */
import type { MessageKey } from '../../i18n/catalogue';

/** A colour as red, green and blue from 0 to 1. */
export type Rgb = readonly [number, number, number];

export interface PicturePath {
  /** SVG path data, absolute commands only. */
  d: string;
  fill?: Rgb;
  stroke?: Rgb;
  /** Stroke width in the box's units; PICTURE_LINE_WIDTH when not given. */
  width?: number;
}

export interface Picture {
  paths: readonly PicturePath[];
}

/** The side of the square every picture is drawn in. */
export const PICTURE_BOX = 64;
/** The outline's width, in the box's units, for a path that gives none. */
export const PICTURE_LINE_WIDTH = 2.5;

const INK: Rgb = [0.12, 0.16, 0.27];
const TICK_GREEN: Rgb = [0.13, 0.45, 0.2];
const MARK_RED: Rgb = [0.72, 0.16, 0.16];
const PAPER: Rgb = [1, 1, 1];
const SKY: Rgb = [0.74, 0.88, 0.97];
const SUN: Rgb = [1, 0.83, 0.36];
const LEAF: Rgb = [0.65, 0.85, 0.6];
const CORAL: Rgb = [0.97, 0.66, 0.55];
const ROSE: Rgb = [0.94, 0.47, 0.57];
const LILAC: Rgb = [0.8, 0.73, 0.94];
const CREAM: Rgb = [0.99, 0.92, 0.74];
const GREY: Rgb = [0.87, 0.89, 0.93];
const GREY_DARKER: Rgb = [0.74, 0.77, 0.84];
const SKIN_LIGHT: Rgb = [0.97, 0.82, 0.68];
const SKIN_DARK: Rgb = [0.69, 0.47, 0.33];
const HAIR: Rgb = [0.36, 0.24, 0.16];

type Point = readonly [number, number];

const n = (v: number) => String(Math.round(v * 100) / 100);
const at = ([x, y]: Point) => `${n(x)} ${n(y)}`;

/** Kappa: how far a cubic Bézier's handles reach to draw a quarter of a circle. */
const K = 0.5523;

function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  const [kx, ky] = [rx * K, ry * K];
  return [
    `M ${at([cx + rx, cy])}`,
    `C ${at([cx + rx, cy + ky])} ${at([cx + kx, cy + ry])} ${at([cx, cy + ry])}`,
    `C ${at([cx - kx, cy + ry])} ${at([cx - rx, cy + ky])} ${at([cx - rx, cy])}`,
    `C ${at([cx - rx, cy - ky])} ${at([cx - kx, cy - ry])} ${at([cx, cy - ry])}`,
    `C ${at([cx + kx, cy - ry])} ${at([cx + rx, cy - ky])} ${at([cx + rx, cy])} Z`,
  ].join(' ');
}

const circle = (cx: number, cy: number, r: number) => ellipse(cx, cy, r, r);

/** A rectangle with rounded corners of radius r. */
function roundRect(x: number, y: number, w: number, h: number, r: number): string {
  const k = r * (1 - K);
  const [x2, y2] = [x + w, y + h];
  return [
    `M ${at([x + r, y])} L ${at([x2 - r, y])}`,
    `C ${at([x2 - k, y])} ${at([x2, y + k])} ${at([x2, y + r])} L ${at([x2, y2 - r])}`,
    `C ${at([x2, y2 - k])} ${at([x2 - k, y2])} ${at([x2 - r, y2])} L ${at([x + r, y2])}`,
    `C ${at([x + k, y2])} ${at([x, y2 - k])} ${at([x, y2 - r])} L ${at([x, y + r])}`,
    `C ${at([x, y + k])} ${at([x + k, y])} ${at([x + r, y])} Z`,
  ].join(' ');
}

/** A closed shape through the points. */
const polygon = (...points: Point[]) => `M ${points.map(at).join(' L ')} Z`;
/** An open line through the points. */
const polyline = (...points: Point[]) => `M ${points.map(at).join(' L ')}`;

/** Shapes painted in the fill and outlined in ink. */
const shape = (d: string, fill: Rgb, width = PICTURE_LINE_WIDTH): PicturePath => ({ d, fill, stroke: INK, width });
/** Lines in a colour, not filled. */
const line = (d: string, stroke: Rgb = INK, width = PICTURE_LINE_WIDTH): PicturePath => ({ d, stroke, width });
/** Small solid marks (eyes, dots) in ink. */
const solid = (d: string, fill: Rgb = INK): PicturePath => ({ d, fill });

/** Head and shoulders of a person whose head is centred at (cx, cy). */
function person(cx: number, cy: number, r: number, skin: Rgb, clothes: Rgb, bottom: number): PicturePath[] {
  const half = r * 1.75;
  const top = cy + r + 2;
  return [
    shape(
      `M ${at([cx - half, bottom])} L ${at([cx - half, top + half * 0.6])} ` +
        `C ${at([cx - half, top - 1])} ${at([cx + half, top - 1])} ${at([cx + half, top + half * 0.6])} ` +
        `L ${at([cx + half, bottom])} Z`,
      clothes,
    ),
    shape(circle(cx, cy, r), skin),
  ];
}

/** Closed envelopes, 17 × 12, at the given top left corners: their outlines and their flaps. */
function envelopes(...corners: Point[]): PicturePath[] {
  return [
    shape(corners.map(([x, y]) => roundRect(x, y, 17, 12, 1.5)).join(' '), CREAM),
    line(corners.map(([x, y]) => polyline([x + 1, y + 1], [x + 8.5, y + 7], [x + 16, y + 1])).join(' '), INK, 2),
  ];
}

/** A speech bubble: a rounded box with a tail from its bottom edge, between tailX and tailX + 8, to tip. */
function bubble(x: number, y: number, w: number, h: number, tailX: number, tip: Point): string {
  const r = Math.min(6, h / 2);
  const k = r * (1 - K);
  const [x2, y2] = [x + w, y + h];
  return [
    `M ${at([x + r, y])} L ${at([x2 - r, y])}`,
    `C ${at([x2 - k, y])} ${at([x2, y + k])} ${at([x2, y + r])} L ${at([x2, y2 - r])}`,
    `C ${at([x2, y2 - k])} ${at([x2 - k, y2])} ${at([x2 - r, y2])}`,
    `L ${at([tailX + 8, y2])} L ${at(tip)} L ${at([tailX, y2])} L ${at([x + r, y2])}`,
    `C ${at([x + k, y2])} ${at([x, y2 - k])} ${at([x, y2 - r])} L ${at([x, y + r])}`,
    `C ${at([x, y + k])} ${at([x + k, y])} ${at([x + r, y])} Z`,
  ].join(' ');
}

/** A heart whose top dip is at (cx, top), w wide and h tall. */
function heart(cx: number, top: number, w: number, h: number): string {
  const half = w / 2;
  const bottom = top + h;
  return [
    `M ${at([cx, top + h * 0.22])}`,
    `C ${at([cx - half * 0.2, top - h * 0.12])} ${at([cx - half * 1.05, top - h * 0.1])} ${at([cx - half, top + h * 0.3])}`,
    `C ${at([cx - half * 0.98, top + h * 0.6])} ${at([cx - half * 0.35, top + h * 0.78])} ${at([cx, bottom])}`,
    `C ${at([cx + half * 0.35, top + h * 0.78])} ${at([cx + half * 0.98, top + h * 0.6])} ${at([cx + half, top + h * 0.3])}`,
    `C ${at([cx + half * 1.05, top - h * 0.1])} ${at([cx + half * 0.2, top - h * 0.12])} ${at([cx, top + h * 0.22])} Z`,
  ].join(' ');
}

/** A smile under eyes: a shallow curve from (x1, y) to (x2, y). */
const smile = (x1: number, x2: number, y: number, depth: number) =>
  `M ${at([x1, y])} Q ${at([(x1 + x2) / 2, y + depth])} ${at([x2, y])}`;

export const PICTURES = {
  /** Two people together outdoors: the sun above, grass below. */
  meet_up: {
    paths: [
      shape(circle(52, 12, 7), SUN),
      shape('M 2 50 C 18 42 46 42 62 50 L 62 62 L 2 62 Z', LEAF),
      ...person(41, 25, 6.5, SKIN_DARK, LILAC, 56),
      ...person(22, 27, 6.5, SKIN_LIGHT, CORAL, 56),
    ],
  },
  /** An open envelope with a letter coming out of it. */
  postal_exchange: {
    paths: [
      shape(polygon([8, 30], [32, 14], [56, 30], [56, 54], [8, 54]), CREAM),
      shape(roundRect(15, 8, 34, 34, 1.5), PAPER),
      line('M 21 16 L 43 16 M 21 22 L 43 22 M 21 28 L 36 28', INK, 2),
      shape(polygon([8, 30], [32, 44], [56, 30], [56, 54], [8, 54]), CREAM),
    ],
  },
  /** A computer screen showing a message. */
  digital_exchange: {
    paths: [
      shape(polygon([27, 46], [37, 46], [39, 55], [25, 55]), GREY),
      shape(roundRect(16, 54, 32, 5, 2), GREY),
      shape(roundRect(5, 8, 54, 38, 3), GREY),
      shape(roundRect(10, 13, 44, 28, 1), SKY),
      shape(bubble(16, 17, 32, 14, 22, [19, 36]), PAPER, 2),
      line('M 21 22 L 43 22 M 21 26.5 L 36 26.5', INK, 2),
    ],
  },
  /** A phone with a face on its screen. */
  phone_video: {
    paths: [
      shape(roundRect(17, 3, 30, 58, 5), LILAC),
      shape(roundRect(21, 10, 22, 40, 1), SKY),
      ...person(32, 25, 6, SKIN_LIGHT, SUN, 48.75),
      shape(circle(32, 55.5, 2), PAPER, 1.75),
    ],
  },
  /** Two speech bubbles, as in a conversation online. */
  social_media: {
    paths: [
      shape(bubble(4, 6, 36, 24, 10, [8, 38]), SKY),
      shape(bubble(22, 26, 38, 24, 46, [56, 58]), SUN),
      solid(`${circle(32, 38, 2.5)} ${circle(41, 38, 2.5)} ${circle(50, 38, 2.5)}`),
      shape(heart(22, 13, 12, 11), ROSE, 2),
    ],
  },
  /** A letter passing through the agency's office on its way. */
  news_via_agency: {
    paths: [
      shape(polygon([19, 8], [45, 8], [45, 58], [19, 58]), LILAC),
      solid(
        [20, 29, 38].flatMap((y) => [roundRect(23, y - 10, 6, 6, 0.5), roundRect(35, y - 10, 6, 6, 0.5)]).join(' '),
        PAPER,
      ),
      shape(roundRect(27, 44, 10, 14, 1), SKY),
      ...envelopes([2, 34], [45, 34]),
      line('M 4 27 L 15 27 M 12 24 L 15 27 L 12 30 M 48 27 L 59 27 M 56 24 L 59 27 L 56 30', INK, 2),
      line('M 2 58 L 62 58'),
    ],
  },
  /** A pause sign: nothing for now, without sadness. */
  none_now: {
    paths: [
      shape(circle(32, 32, 27), SKY),
      shape(roundRect(21, 19, 8, 26, 2), PAPER),
      shape(roundRect(35, 19, 8, 26, 2), PAPER),
    ],
  },
  /** A document with ticks beside its points. */
  plan: {
    paths: [
      shape(polygon([12, 4], [42, 4], [52, 14], [52, 60], [12, 60]), PAPER),
      shape(polygon([42, 4], [52, 14], [42, 14]), GREY, 2),
      line('M 18 22 L 22 26 L 28 17 M 18 36 L 22 40 L 28 31 M 18 50 L 22 54 L 28 45', TICK_GREEN, 3),
      line('M 33 22 L 46 22 M 33 36 L 46 36 M 33 50 L 46 50', INK, 2),
    ],
  },
  /** A child, smiling. */
  child: {
    paths: [
      shape(
        [
          roundRect(23, 52, 7, 10, 2),
          roundRect(34, 52, 7, 10, 2),
          roundRect(14, 40, 6, 13, 3),
          roundRect(44, 40, 6, 13, 3),
        ].join(' '),
        SKIN_LIGHT,
      ),
      shape(polygon([21, 46], [43, 46], [43, 55], [21, 55]), SKY),
      shape(
        polygon([20, 30], [44, 30], [51, 37], [51, 43], [44, 43], [44, 49], [20, 49], [20, 43], [13, 43], [13, 37]),
        SUN,
      ),
      shape(circle(32, 18, 10.5), SKIN_LIGHT),
      shape('M 21.5 18 C 20.5 8 26 5 32 5 C 38 5 43.5 8 42.5 18 C 40 13 36 11 32 11 C 27 11 24 14 21.5 18 Z', HAIR),
      solid(`${circle(28, 19, 1.4)} ${circle(36, 19, 1.4)}`),
      line(smile(28, 36, 23, 3.5), INK, 2),
    ],
  },
  /** A calendar page with one day ringed: the review. */
  review: {
    paths: [
      shape(roundRect(6, 10, 52, 48, 3), PAPER),
      shape('M 6 24 L 6 13 C 6 11.34 7.34 10 9 10 L 55 10 C 56.66 10 58 11.34 58 13 L 58 24 Z', CORAL),
      line('M 20 5 L 20 15 M 44 5 L 44 15', INK, 3),
      solid(
        [30, 40, 50].flatMap((y) => [12, 22, 32, 42, 52].map((x) => roundRect(x - 2.5, y - 2.5, 5, 5, 1))).join(' '),
        GREY_DARKER,
      ),
      line(circle(42, 40, 6), MARK_RED, 2.5),
    ],
  },
  /** A hand held out under a heart: help offered. */
  support: {
    paths: [
      shape(heart(34, 8, 22, 20), ROSE),
      shape(
        'M 10 41 C 18 38 26 38 32 40 L 54 38 C 59 37.5 60 44 55 45 L 40 53 C 36 56 30 58 24 58 L 10 58 Z',
        SKIN_LIGHT,
      ),
      shape('M 22 41 C 26 35 32 34 38 37 L 44 40 C 47 42 45 46 42 45 L 32 44 C 28 45 24 44 22 41 Z', SKIN_LIGHT),
      shape(polygon([3, 38], [11, 38], [11, 61], [3, 61]), LILAC),
    ],
  },
  /** A person talking with a worker, who listens. */
  talk: {
    paths: [
      shape(bubble(4, 4, 22, 14, 12, [17, 24]), PAPER, 2),
      solid(`${circle(10, 11, 1.6)} ${circle(15, 11, 1.6)} ${circle(20, 11, 1.6)}`),
      ...person(17, 32, 6, SKIN_DARK, CORAL, 60),
      ...person(46, 32, 6, SKIN_LIGHT, LILAC, 60),
      shape(roundRect(42, 44, 12, 15, 1), CREAM, 2),
    ],
  },
  /** A camera, for photos. */
  photos: {
    paths: [
      shape(polygon([22, 18], [26, 10], [38, 10], [42, 18]), GREY),
      shape(roundRect(4, 17, 56, 38, 5), LILAC),
      shape(circle(32, 36, 13), PAPER),
      shape(circle(32, 36, 7.5), SKY),
      shape(roundRect(47, 22, 8, 5, 1), SUN, 2),
    ],
  },
  /** A birthday cake with candles. */
  birthday: {
    paths: [
      line('M 4 58 L 60 58'),
      shape(roundRect(10, 32, 44, 26, 2), CORAL),
      shape(
        'M 10 34 C 10 32.9 10.9 32 12 32 L 52 32 C 53.1 32 54 32.9 54 34 L 54 40 ' +
          'C 50 44 46 38 43 42 C 40 46 36 38 32 42 C 28 46 24 38 21 42 C 18 46 14 38 10 40 Z',
        PAPER,
      ),
      shape(`${roundRect(20, 18, 4, 14, 1)} ${roundRect(30, 18, 4, 14, 1)} ${roundRect(40, 18, 4, 14, 1)}`, SKY, 2),
      shape([22, 32, 42].map((x) => ellipse(x, 10.5, 2.5, 4.5)).join(' '), SUN, 1.75),
    ],
  },
  /** A social worker holding a folder. */
  worker: {
    paths: [
      shape('M 14 60 L 14 44 C 14 36 22 33 32 33 C 42 33 50 36 50 44 L 50 60 Z', LILAC),
      shape(circle(32, 20, 11), SKIN_DARK),
      shape('M 21 19 C 20 9 26 7 32 7 C 38 7 44 9 43 19 C 39 14 28 16 21 19 Z', HAIR),
      shape(roundRect(20, 41, 22, 18, 1.5), SUN),
      line('M 20 46 L 42 46', INK, 2),
    ],
  },
  /** A house. */
  home: {
    paths: [
      shape(polygon([42, 8], [50, 8], [50, 22], [42, 22]), CORAL),
      shape(polygon([12, 30], [52, 30], [52, 58], [12, 58]), SUN),
      shape(polygon([5, 32], [32, 8], [59, 32]), CORAL),
      shape(roundRect(27, 40, 10, 18, 1), SKY),
      shape(roundRect(16, 37, 8, 8, 1), PAPER, 2),
      shape(roundRect(40, 37, 8, 8, 1), PAPER, 2),
    ],
  },
  /** A question mark in a speech bubble. */
  question: {
    paths: [
      shape(bubble(6, 4, 52, 46, 14, [14, 59]), SKY),
      line('M 24 20 C 24 11 40 11 40 20 C 40 27 32 27 32 33 L 32 35', INK, 5),
      solid(circle(32, 42.5, 3.2)),
    ],
  },
  /** A smiling heart, for feelings. */
  feelings: {
    paths: [
      shape(heart(32, 10, 54, 48), ROSE),
      solid(`${circle(25, 26, 2.2)} ${circle(39, 26, 2.2)}`),
      line(smile(25, 39, 33, 6), INK, 2.5),
    ],
  },
} as const satisfies Record<string, Picture>;

export type PictureId = keyof typeof PICTURES;

/** Every picture's id, in the order above. */
export const PICTURE_IDS = Object.keys(PICTURES) as PictureId[];

/** The catalogue key of a picture's alternative text (in the PDF's area, which draws them first). */
export const pictureAltKey = (id: PictureId): MessageKey => `plan.pdf.picture.${id}`;
