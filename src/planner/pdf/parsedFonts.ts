/**
 * Fonts parsed once and kept between exports, and each text shaped once a document. Parsing DejaVu
 * Sans (and decoding its cmap, GSUB and GPOS tables) was about a tenth of a render; shaping
 * (fontkit's `layout`) over a third, as pdf-lib shaped a word once to measure it and again to
 * encode it. pdf-lib still embeds and subsets the fonts per document, asking `pdfFontkit` for them.
 *
 * What is shared between documents is only what fontkit read from the file. Each document gets its
 * own glyphs: fontkit makes a glyph object once, with the code points it was first asked for, and
 * pdf-lib writes those into the font's ToUnicode map, so glyphs shared between documents would
 * make a document's text map depend on what was drawn before it (a glyph first reached through a
 * substitution has none). With its own glyphs, a document is byte for byte what it was when every
 * render parsed the fonts afresh.
 *
 * Keyed by the font bytes object, so the font loaders hand out the same bytes on every call.
 */
import fontkit, { type Font, type GlyphRun } from '@pdf-lib/fontkit';

/** The parsed fonts, by their bytes. Never used directly: only through `documentFont`. */
const parsed = new WeakMap<Uint8Array, Font>();

/** fontkit's glyph cache: glyph objects by glyph id, each made on first use. */
interface WithGlyphs {
  _glyphs: Record<number, unknown>;
}

/**
 * The font in these bytes for one document: parsed once, with glyphs of its own, and a `layout`
 * that shapes each text once (the features of the first call apply: pdf-lib and the watermark each
 * use one features object for a font).
 */
export function documentFont(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) parsed.set(bytes, (font = fontkit.create(bytes)));
  // Everything inherited from the parsed font (its tables, already decoded), except the glyphs and
  // what fontkit caches on first use (the layout engine, whose shaping makes glyphs).
  const own = Object.create(font) as Font & WithGlyphs;
  own._glyphs = {};
  const runs = new Map<string, GlyphRun>();
  const shape = font.layout;
  own.layout = (text, features) => {
    let run = runs.get(text);
    if (run === undefined) runs.set(text, (run = shape.call(own, text, features)));
    return run;
  };
  return own;
}

/** What pdf-lib's `registerFontkit` takes: fontkit, with fonts from `documentFont`. */
export const pdfFontkit = { create: documentFont };
