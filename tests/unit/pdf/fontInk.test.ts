/**
 * A subset font can extract perfectly as text yet draw blank glyphs (seen with Noto Sans: 438 dark
 * pixels against 3,380 for the full font). So we rasterise the same text drawn with the subset font
 * and with the full font, and require the ink to match within 2%.
 */
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../src/planner/pdf/pdfDocument';
import { RENDERER_VERSION } from '../../../src/planner/pdf/pdfMarker';
import type { Block } from '../../../src/planner/pdf/pageLayout';
import { NOW, darkPixels, pdfText, squash, testFonts } from './pdfTestKit';

const SAMPLES = [
  'Welsh: Ŵyn Ŷwain, Siân, Gwŷn, Dŵr, tŷ, ŵ ŷ â ê î ô û Ŵ Ŷ',
  'Polish: Łucja Świątek-Żak, Małgorzata Żółć, ł ś ż ź ę ą ć ń ó',
  'Romanian: Ștefan Țurcanu, ș ț ă â î Ș Ț',
  'Turkish: İpek Ağış, Işık, ğ ı İ ş ç ö ü',
  'Vietnamese: Nguyễn Thị Ngộ, Trần Văn Hương, ễ ộ ữ ặ ở',
  'Greek: Αλέξανδρος Παπαδόπουλος, Ελένη',
  'Cyrillic: Олександра Шевченко, Дмитро Іваненко',
  'English: Staying-in-touch plan — “quotes” · Page 1 of 2',
];

async function render(subsetFonts: boolean): Promise<Uint8Array> {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Names in many scripts' },
    ...SAMPLES.map((text): Block => ({ kind: 'paragraph', text })),
    ...SAMPLES.map((text): Block => ({ kind: 'paragraph', text, font: 'bold' })),
  ];
  const { bytes } = await renderDocument({
    fonts: await testFonts(),
    buildBlocks: () => blocks,
    meta: { title: 'Ink test', subject: 'Ink test', keywords: [], language: 'en-GB' },
    footer: (page, total) => [`Plan ink · Version 1 · Page ${page} of ${total}`],
    marks: { security: ['OFFICIAL-SENSITIVE'], practice: ['PRACTICE — FICTIONAL'] },
    attachment: { bytes: new TextEncoder().encode('{}'), fingerprint: '0'.repeat(64) },
    drawn: { renderer: RENDERER_VERSION, nameStyle: 'full', judgedOn: '2026-11-23', language: 'en-GB' },
    now: NOW,
    subsetFonts,
  });
  return bytes;
}

describe('the embedded subset font', () => {
  it('draws as much ink as the full font for every script we support', async () => {
    const subset = await render(true);
    const full = await render(false);
    const subsetInk = darkPixels(subset);
    const fullInk = darkPixels(full);
    expect(fullInk).toBeGreaterThan(2000);
    expect(Math.abs(subsetInk - fullInk) / fullInk).toBeLessThanOrEqual(0.02);
    // And the subset is what keeps the file small.
    expect(subset.length).toBeLessThan(full.length / 4);
  });

  it('extracts every sample exactly', async () => {
    const text = squash(pdfText(await render(true)));
    for (const sample of SAMPLES) expect(text).toContain(sample);
  });
});
