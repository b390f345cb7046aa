/**
 * The parsed fonts are kept between exports (parsedFonts.ts), so what one document draws must not
 * change the next. The case that would: "naïve" embeds ï, a composite whose dotless i the subset
 * takes without a code point; a glyph kept from it would leave "ı" in the next document without
 * its ToUnicode entry, so its text would not copy or read aloud.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forgetPlansInMemory } from '../../../src/device/forgetInMemory';
import { documentFont, keepsShapedText } from '../../../src/planner/pdf/parsedFonts';
import { renderDocument, type PdfFonts } from '../../../src/planner/pdf/pdfDocument';
import { RENDERER_VERSION } from '../../../src/planner/pdf/pdfMarker';
import { NOW, testFonts } from './pdfTestKit';

const draw = async (fonts: PdfFonts, text: string, practice = false) =>
  digest(
    await renderDocument({
      fonts,
      buildBlocks: () => [
        { kind: 'heading', level: 1, text },
        { kind: 'paragraph', text },
      ],
      meta: { title: 'Fonts', subject: 'Fonts', keywords: [], language: 'en-GB' },
      footer: (page, total) => [`Page ${page} of ${total}`],
      marks: { security: ['OFFICIAL-SENSITIVE'], ...(practice ? { practice: ['PRACTICE'] } : {}) },
      drawn: { renderer: RENDERER_VERSION, nameStyle: 'full', judgedOn: '2026-11-23', language: 'en-GB' },
      now: NOW,
    }),
  );

const digest = ({ bytes }: { bytes: Uint8Array }) => createHash('sha256').update(bytes).digest('hex');

describe('fonts kept between exports', () => {
  it('are parsed once, and give each document glyphs of its own', async () => {
    const { regular } = await testFonts();
    const [one, two] = [documentFont(regular), documentFont(regular)];
    expect(Object.getPrototypeOf(one)).toBe(Object.getPrototypeOf(two));
    expect(one.layout('Contact')).toBe(one.layout('Contact'));
    expect(two.layout('Contact')).not.toBe(one.layout('Contact'));
  });

  it('draw a document byte for byte as fonts parsed afresh do, whatever was drawn before', async () => {
    const fonts = await testFonts();
    // Copies of the bytes are parsed afresh: the fonts are kept by their bytes object.
    const fresh = await draw({ regular: fonts.regular.slice(), bold: fonts.bold.slice() }, 'Işık Yılmaz');
    await draw(fonts, 'A naïve naïveté', true);
    expect(await draw(fonts, 'Işık Yılmaz')).toBe(fresh);
  });
});

describe('the texts kept between exports', () => {
  it('are dropped when the plans are locked or deleted (forgetPlansInMemory)', async () => {
    const fonts = await testFonts();
    await draw(fonts, 'Nana Merle');
    expect(keepsShapedText('Merle')).toBe(true);
    forgetPlansInMemory();
    expect(keepsShapedText('Merle')).toBe(false);
    // Drawn again afresh, byte for byte as before.
    expect(await draw(fonts, 'Nana Merle')).toBe(await draw(fonts, 'Nana Merle'));
  });
});
