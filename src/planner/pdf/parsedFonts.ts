/**
 * Fonts parsed once and each text shaped once, kept between exports. Parsing DejaVu Sans (and
 * decoding its cmap, GSUB and GPOS tables) was about a tenth of a render; shaping (fontkit's
 * `layout`) over a third, as pdf-lib shaped a word once to measure it and again to encode it, in
 * every export. pdf-lib still embeds and subsets the fonts per document, asking `pdfFontkit`.
 *
 * Each document has glyphs of its own: fontkit makes a glyph object once, with the code points it
 * was first asked for, and pdf-lib writes those into the font's ToUnicode map, so glyphs shared
 * between documents would make a document's text map depend on what was drawn before it (a glyph
 * first reached inside a composite, such as the dotless i of "ï", has none). A text shaped in an
 * earlier document is replayed into the new document's glyphs, so a document is byte for byte what
 * it was when every render parsed and shaped afresh (tests/unit/pdf/parsedFonts.test.ts).
 *
 * Keyed by the font bytes object, so the font loaders hand out the same bytes on every call.
 */
import fontkit, { type Font, type GlyphRun } from '@pdf-lib/fontkit';
import { whenForgetting } from '../../device/forgetInMemory';

/** Distinct texts kept per font before the cache starts again: a large plan has about 3,000. */
const MAX_SHAPED = 20_000;

/**
 * A text as fontkit shaped it, to be given to any document: the glyphs it asked the font for, in
 * order and with their code points (replayed in a document that has not shaped the text, they make
 * the document's glyphs exactly as shaping would), the run's glyph ids and positions, and the
 * features fontkit recorded in the features object.
 */
interface Shaped {
  asked: [id: number, codePoints: number[] | undefined][];
  run: GlyphRun;
  features: Record<string, boolean>;
}

/** A parsed font and the texts shaped with it. Never used directly: only through `documentFont`. */
interface Parsed {
  font: Font;
  shaped: Map<string, Shaped>;
}

const parsed = new WeakMap<Uint8Array, Parsed>();
/** Every font's shaped texts, which are the plans' words: dropped when the plans are locked or deleted. */
const allShaped = new Set<Map<string, Shaped>>();
whenForgetting(() => {
  for (const shaped of allShaped) shaped.clear();
});

/** fontkit's glyph cache: glyph objects by glyph id, each made on first use. */
interface WithGlyphs {
  _glyphs: Record<number, unknown>;
}

/**
 * The font in these bytes for one document: parsed once, with glyphs of its own, and a `layout`
 * that shapes each text once between documents. pdf-lib uses one features object a font (kerning
 * off), and the watermark its own font; texts are shaped alike whatever the features object holds
 * (fontkit only adds the features it applied), so a text is cached by itself and whether kerned.
 */
export function documentFont(bytes: Uint8Array): Font {
  let entry = parsed.get(bytes);
  if (!entry) {
    entry = { font: fontkit.create(bytes), shaped: new Map() };
    parsed.set(bytes, entry);
    allShaped.add(entry.shaped);
  }
  const { font, shaped } = entry;
  // Everything inherited from the parsed font (its tables, already decoded), except the glyphs and
  // what fontkit caches on first use (the layout engine, whose shaping makes glyphs).
  const own = Object.create(font) as Font & WithGlyphs;
  own._glyphs = {};
  let asked: Shaped['asked'] | undefined;
  own.getGlyph = (id, codePoints) => {
    asked?.push([id, codePoints]);
    return font.getGlyph.call(own, id, codePoints);
  };
  const runs = new Map<string, GlyphRun>();
  own.layout = (text, features) => {
    let run = runs.get(text);
    if (run) return run;
    const options = features as Record<string, boolean> | undefined;
    // Kerning moves glyphs (the watermark's outline keeps it; pdf-lib asks for it off).
    const key = options?.kern === false ? text : `kern:${text}`;
    const known = shaped.get(key);
    if (known) {
      for (const [id, codePoints] of known.asked) own.getGlyph(id, codePoints);
      for (const [tag, on] of Object.entries(known.features)) if (options && !(tag in options)) options[tag] = on;
      run = Object.assign(Object.create(Object.getPrototypeOf(known.run) as object) as GlyphRun, known.run, {
        glyphs: known.run.glyphs.map((glyph) => own.getGlyph(glyph.id)),
        features: options ?? known.run.features,
      });
    } else {
      asked = [];
      run = font.layout.call(own, text, features);
      if (shaped.size >= MAX_SHAPED) shaped.clear();
      shaped.set(key, { asked, run, features: { ...(run.features as Record<string, boolean>) } });
      asked = undefined;
    }
    runs.set(text, run);
    return run;
  };
  return own;
}

/** What pdf-lib's `registerFontkit` takes: fontkit, with fonts from `documentFont`. */
export const pdfFontkit = { create: documentFont };

/** Whether any font keeps `text` as shaped (for tests: the plans' words go when they are forgotten). */
export const keepsShapedText = (text: string): boolean => [...allShaped].some((shaped) => shaped.has(text));
