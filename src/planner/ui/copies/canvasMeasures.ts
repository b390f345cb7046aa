/**
 * Text measured by the browser, for laying out the eco-map's labels in the print view: the PDF
 * measures with its embedded fonts, the page with the font its SVG text is drawn in.
 */
import type { Measures } from '../../pdf/pageLayout';
import { CachedMeasure, type FontMetricsSource } from '../../pdf/textMeasure';

/** Measures in the page's font, or undefined where the browser cannot measure (no canvas). */
export function canvasMeasures(): Measures | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  const family = getComputedStyle(document.documentElement).fontFamily;
  const font = (weight: number): FontMetricsSource => ({
    widthOfTextAtSize(text, size) {
      context.font = `${weight} ${size}px ${family}`;
      return context.measureText(text).width;
    },
    heightAtSize: (size) => size,
  });
  return { regular: new CachedMeasure(font(400)), bold: new CachedMeasure(font(700)) };
}
