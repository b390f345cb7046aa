/**
 * Our pictures (src/planner/pictures) as the PDF's drawing operations, for the figures of the
 * child's plan and the easy-read edition.
 */
import { PICTURES, PICTURE_BOX, PICTURE_LINE_WIDTH, type PictureId } from '../pictures/pictures';
import type { DrawOp } from './pageLayout';

/**
 * The picture `id` drawn `size` points square with its top left corner at (x, yTop), in PDF
 * coordinates (y up), for a figure block's `draw`.
 */
export function pictureOps(id: PictureId, x: number, yTop: number, size: number): DrawOp[] {
  const scale = size / PICTURE_BOX;
  return PICTURES[id].paths.map((path): DrawOp => ({
    op: 'svgPath',
    path: path.d,
    // The box's origin is its top left corner, y down, as drawSvgPath places a path.
    x,
    y: yTop,
    scale,
    fill: path.fill,
    color: path.stroke,
    width: (path.width ?? PICTURE_LINE_WIDTH) * scale,
  }));
}
