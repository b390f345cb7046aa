/**
 * The child's plan and easy read as PDFs (issue 14): every page says which edition it is and who it
 * is for and keeps the security mark; no plan file is attached; the type is large; every
 * word on the pages is in the tagged structure, each picture a figure with its alternative text;
 * qpdf finds nothing wrong. Two renders (one per edition, one of them Welsh); what each edition says
 * for every example is tested on the readings (tests/unit/answers/readerEditions.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { renderPlanPdfWithDetails } from '../../../src/planner/pdf/renderPlanPdf';
import type { FamilyCopy } from '../../../src/planner/pdf/planDocument';
import { PICTURE_IDS, pictureAltKey } from '../../../src/planner/pictures/pictures';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from 'pdf-lib';
import {
  NOW,
  bodyText,
  loadPlan,
  pdfText,
  qpdfCheck,
  role,
  squash,
  structElements,
  structureOf,
  tempFile,
  testFonts,
  text,
} from './pdfTestKit';

const plan = loadPlan('tests/fixtures/plans/family-copies.json');

const EDITIONS: { label: string; copy: FamilyCopy; lang: 'en' | 'cy'; footer: string; title: string; mark: string }[] =
  [
    {
      label: 'the child’s plan, under 8, in Welsh',
      copy: { reader: 'adoptive', wording: { kind: 'child', ageBand: 'under8' } },
      lang: 'cy',
      footer: 'Cynllun y plentyn, geiriau ar gyfer dan 8',
      title: 'Cynllun Maya ar gyfer cadw mewn cysylltiad',
      mark: 'SWYDDOGOL-SENSITIF',
    },
    {
      label: 'easy read for the birth mother',
      copy: { reader: 'birth', forId: 'p-mother', wording: { kind: 'easyRead' } },
      lang: 'en',
      footer: 'Easy read, for Sarah',
      title: 'Keeping in touch',
      mark: 'OFFICIAL-SENSITIVE',
    },
  ];

const rendered = new Map<string, { bytes: Uint8Array; pageCount: number; path: string }>();

beforeAll(async () => {
  for (const e of EDITIONS) {
    const { bytes, pageCount } = await renderPlanPdfWithDetails(plan, {
      fonts: await testFonts(),
      nameStyle: 'full',
      languages: [e.lang],
      now: NOW,
      copy: e.copy,
    });
    rendered.set(e.label, { bytes, pageCount, path: tempFile(bytes) });
  }
}, 120_000);

describe.each(EDITIONS)('$label', (e) => {
  it('says on every page which edition it is and who it is for, and carries no plan file', () => {
    const { bytes, pageCount } = rendered.get(e.label)!;
    expect(pageCount).toBeGreaterThan(1);
    for (let page = 1; page <= pageCount; page++) {
      const text = squash(pdfText(bytes, page));
      expect(text).toContain(e.footer);
      expect(text).toContain(e.mark);
    }
    expect(squash(pdfText(bytes, 1))).toContain(e.title);
    expect(Buffer.from(bytes).includes('EmbeddedFile')).toBe(false);
    expect(qpdfCheck(bytes).status).toBe(0);
  });

  it('prints its words in large type', () => {
    const { path } = rendered.get(e.label)!;
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
    const heights = [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    heights.sort((a, b) => a - b);
    // The median word box: DejaVu's box is about 1.16 em, so 16 pt and more for 14 pt type.
    expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThan(16);
  });

  it('has every word on its pages in the tagged structure, each picture a figure with its words', async () => {
    const { path } = rendered.get(e.label)!;
    const structure = structureOf(path);
    const tagged = squash(structure.map((l) => l.text).join(' ')).replace(/-/g, '');
    const words = squash(bodyText(path)).replace(/-/g, '').split(' ').filter(Boolean);
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter((w) => !tagged.includes(w))).toEqual([]);
    expect(structure[0].role).toBe('Document');
    expect(structure.find((l) => /^H[1-3]$/.test(l.role))?.role).toBe('H1');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // Each picture is a figure whose alternative text says what it shows.
    const doc = await PDFDocument.load(rendered.get(e.label)!.bytes, { updateMetadata: false });
    const figures = structElements(doc).filter((el) => role(el) === 'Figure');
    const alts = figures.map((el) => text(el.get(PDFName.of('Alt'))));
    // Each has its place on the page, as large as a picture is drawn.
    for (const figure of figures) {
      const box = figure
        .lookup(PDFName.of('A'), PDFDict)
        .lookup(PDFName.of('BBox'), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      expect(box[2] - box[0]).toBeGreaterThan(20);
      expect(box[3] - box[1]).toBeGreaterThan(20);
    }
    const t = translator(e.lang).t;
    expect(alts.every((alt) => alt?.trim())).toBe(true);
    const described = PICTURE_IDS.filter((id) => alts.includes(t(pictureAltKey(id))));
    expect(described).toContain('plan');
    expect(described.length).toBeGreaterThanOrEqual(4);
  });
});
