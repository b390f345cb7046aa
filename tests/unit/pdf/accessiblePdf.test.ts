/**
 * The plan PDF is accessible (tagged, PDF/UA-1) and archival (PDF/A-3b), read back the way assistive
 * technology and archives read it: poppler's structure text (`pdfinfo -struct-text`) against what
 * `pdftotext` finds on the pages, the bookmarks, the figures' alternative text, the XMP packet, the
 * output intent and the attached plan as an associated file, and `qpdf --check`. For every example
 * plan and fixture, and for a bilingual plan. (veraPDF, the reference validator, is not packaged for
 * Debian; docs/decisions/pdf-writer.md says what is and is not checked.)
 *
 * Poppler's structure text costs about a second of CPU a page (it draws a page again for every
 * element), so it is read for the signed fixture (every kind of element, names in many scripts),
 * the example with the largest family and a bilingual plan; the checks through pdf-lib run on all.
 */
import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import type { Plan } from '../../../src/planner/schema/planSchema';
import {
  NOW,
  SIGNED_FIXTURE,
  allFixturePaths,
  bodyText,
  loadPlan,
  qpdfCheck,
  squash,
  structureOf,
  tempFile,
  role,
  structElements,
  testFonts,
  text,
  type StructLine,
} from './pdfTestKit';

/** pdftotext of the running heads and footers only. */
const furnitureLines = (path: string) =>
  ['-y 0 -H 62', '-y 776 -H 66'].flatMap((area) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-x', '0', ...area.split(' '), '-W', '596', path, '-'], {
      encoding: 'utf8',
    })
      .split(/[\n\f]/)
      .map(squash)
      .filter(Boolean),
  );

interface Rendered {
  label: string;
  plan: Plan;
  bytes: Uint8Array;
  path: string;
  doc: PDFDocument;
  /** Poppler's structure text, for the plans in STRUCTURE_TEXT. */
  structure?: StructLine[];
}

const CASES: { path: string; languages: ('en' | 'cy')[] }[] = [
  ...allFixturePaths()
    .filter((p) => !p.includes('large-20-people'))
    .map((path) => ({ path, languages: ['en'] as ('en' | 'cy')[] })),
  { path: 'tests/fixtures/plans/minimal-draft.json', languages: ['cy', 'en'] },
];
const STRUCTURE_TEXT = [
  `${SIGNED_FIXTURE} (en)`,
  'src/planner/examples/siblings-adoption-and-foster-care.json (en)',
  'tests/fixtures/plans/minimal-draft.json (cy,en)',
];

const rendered: Rendered[] = [];

beforeAll(async () => {
  const fonts = await testFonts();
  for (const { path, languages } of CASES) {
    const plan = loadPlan(path);
    const bytes = await renderPlanPdf(plan, { fonts, nameStyle: 'full', languages, now: NOW });
    const file = tempFile(bytes);
    const label = `${path} (${languages.join(',')})`;
    rendered.push({
      label,
      plan,
      bytes,
      path: file,
      doc: await PDFDocument.load(bytes, { updateMetadata: false }),
      ...(STRUCTURE_TEXT.includes(label) ? { structure: structureOf(file) } : {}),
    });
  }
}, 480_000);

const each = (name: string, test: (r: Rendered) => void | Promise<void>, only?: 'structure text') =>
  it(name, async () => {
    expect(rendered.length).toBe(CASES.length);
    const cases = only ? rendered.filter((r) => r.structure) : rendered;
    expect(cases.length).toBeGreaterThanOrEqual(only ? STRUCTURE_TEXT.length : CASES.length);
    for (const r of cases) {
      try {
        await test(r);
      } catch (error) {
        throw new Error(`${r.label}: ${(error as Error).message}`, { cause: error });
      }
    }
  });

function stream(value: unknown): PDFRawStream {
  expect(value).toBeInstanceOf(PDFRawStream);
  return value as PDFRawStream;
}

/** The headings, in structure order, are found in that order in the printed text. */
function headingsInOrder(structure: StructLine[], path: string) {
  expect(structure[0]).toMatchObject({ role: 'Document', depth: 0 });
  const headings = structure.filter((l) => /^H[1-3]$/.test(l.role));
  expect(headings[0].role).toBe('H1');
  const printed = squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  let at = 0;
  for (const heading of headings) {
    const found = printed.indexOf(squash(heading.text), at);
    expect(found, heading.text).toBeGreaterThanOrEqual(at);
    at = found + 1;
  }
}

/** The document's bookmarks: each top-level title with the titles nested under it. */
function bookmarks(doc: PDFDocument): { title: string; kids: string[] }[] {
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const siblings = (first: unknown) => {
    const items: PDFDict[] = [];
    for (let item = first; item instanceof PDFRef; item = doc.context.lookup(item, PDFDict).get(PDFName.of('Next')))
      items.push(doc.context.lookup(item, PDFDict));
    return items;
  };
  return siblings(outlines.get(PDFName.of('First'))).map((item) => ({
    title: text(item.get(PDFName.of('Title'))) ?? '',
    kids: siblings(item.get(PDFName.of('First'))).map((kid) => text(kid.get(PDFName.of('Title'))) ?? ''),
  }));
}

describe('the tagged plan PDF (PDF/UA-1)', { timeout: 120_000 }, () => {
  each('says it is tagged, and shows its title rather than the file name', (r) => {
    const info = execFileSync('pdfinfo', [r.path], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const title = /^Title:\s+(.+)$/m.exec(info)?.[1];
    expect(title).toBeTruthy();
    const prefs = r.doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(r.doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    for (const page of r.doc.getPages()) {
      expect(page.node.get(PDFName.of('StructParents'))).toBeInstanceOf(PDFNumber);
      expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/S');
    }
  });

  each(
    'has every word on the pages, between the head and the foot, in its structure',
    (r) => {
      // pdftotext joins a word broken after a hyphen ("half-" / "sister" reads "halfsister"), so
      // hyphens are left out on both sides.
      const unhyphenated = (t: string) => t.replace(/-/g, '');
      const structure = unhyphenated(squash(r.structure!.map((l) => l.text).join(' ')));
      const words = unhyphenated(squash(bodyText(r.path)))
        .split(' ')
        .filter(Boolean);
      expect(words.length).toBeGreaterThan(100);
      expect(words.filter((word) => !structure.includes(word))).toEqual([]);
    },
    'structure text',
  );

  each(
    'leaves the running heads, footers and marks out of the structure',
    (r) => {
      const structure = squash(r.structure!.map((l) => l.text).join(' '));
      const furniture = furnitureLines(r.path);
      // Every page has its security marking at the top and its page number at the foot.
      expect(furniture.length).toBeGreaterThanOrEqual(2 * r.doc.getPageCount());
      expect(furniture.filter((line) => structure.includes(line))).toEqual([]);
    },
    'structure text',
  );

  each(
    'has its headings in the order they are printed, under one Document, the first a level-one heading',
    (r) => headingsInOrder(r.structure!, r.path),
    'structure text',
  );

  each('has a bookmark for every level-one and level-two heading, nested as they are', (r) => {
    const outline = bookmarks(r.doc).map((item) => item.kids.length);
    const sections: number[] = [];
    for (const el of structElements(r.doc)) {
      if (role(el) === 'H1') sections.push(0);
      else if (role(el) === 'H2') sections[sections.length - 1]++;
    }
    expect(sections.reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    expect(outline).toEqual(sections);
  });

  each(
    'names each bookmark as its heading',
    (r) => {
      const expected: { title: string; kids: string[] }[] = [];
      for (const heading of r.structure!.filter((l) => l.role === 'H1' || l.role === 'H2')) {
        if (heading.role === 'H1') expected.push({ title: heading.text, kids: [] });
        else expected.at(-1)?.kids.push(heading.text);
      }
      const norm = (t: { title: string; kids: string[] }) => ({ title: squash(t.title), kids: t.kids.map(squash) });
      expect(bookmarks(r.doc).map(norm)).toEqual(expected.map(norm));
    },
    'structure text',
  );

  each('heads table columns and the rows of label-and-value tables, with their scope', (r) => {
    const cells = structElements(r.doc).filter((el) => role(el) === 'TH');
    const scopes = new Set(cells.map((el) => el.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('Scope'))?.toString()));
    expect(scopes).toEqual(new Set(['/Row', ...(r.plan.people.length ? ['/Column'] : [])]));
  });

  each('gives every figure its text equivalent: the eco-map names everyone, a signature its signatory', (r) => {
    const figures = structElements(r.doc).filter((el) => role(el) === 'Figure');
    const alts = figures.map((el) => text(el.get(PDFName.of('Alt'))));
    // And its place on the page (PDF/UA): a layout bounding box inside the page.
    const { width, height } = r.doc.getPage(0).getSize();
    for (const figure of figures) {
      const layout = figure.lookup(PDFName.of('A'), PDFDict);
      expect(layout.get(PDFName.of('O'))?.toString()).toBe('/Layout');
      const [left, bottom, right, top] = layout
        .lookup(PDFName.of('BBox'), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      expect(0 <= left && left < right && right <= width && 0 <= bottom && bottom < top && top <= height).toBe(true);
    }
    for (const alt of alts) expect(alt?.trim()).toBeTruthy();
    if (r.plan.people.length) {
      const ecomap = alts.find((alt) => r.plan.people.every((p) => alt?.includes(p.name.trim())));
      expect(ecomap, 'an eco-map naming everyone').toBeDefined();
    }
    for (const s of r.plan.signOff.filter((s) => s.signature)) {
      expect(alts.filter((alt) => alt?.endsWith(s.name))).not.toEqual([]);
    }
  });
});

describe('the bilingual plan PDF', () => {
  it('says the document is Welsh and marks every element of the English half as English', () => {
    const r = rendered.find((x) => x.label.endsWith('(cy,en)'))!;
    expect(r.doc.getPageCount()).toBeGreaterThan(2);
    expect(text(r.doc.catalog.get(PDFName.of('Lang')))).toBe('cy');
    const root = r.doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const top = r.doc.context.lookup(root.get(PDFName.of('K')), PDFDict);
    const kids = top
      .lookup(PDFName.of('K'), PDFArray)
      .asArray()
      .map((ref) => r.doc.context.lookup(ref, PDFDict));
    const english = kids.findIndex((el, i) => i > 0 && role(el) === 'H1');
    expect(english).toBeGreaterThan(0);
    const langs = kids.map((el) => text(el.get(PDFName.of('Lang'))));
    expect(langs.slice(0, english).every((lang) => lang === undefined)).toBe(true);
    expect(langs.slice(english).every((lang) => lang === translator('en').locale)).toBe(true);
  });
});

describe('the archival plan PDF (PDF/A-3b)', { timeout: 120_000 }, () => {
  each('passes qpdf --check', (r) => {
    const check = qpdfCheck(r.bytes);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  each('says PDF/A-3B and PDF/UA-1 in its XMP, with the title and dates of its information dictionary', (r) => {
    const xmp = execFileSync('pdfinfo', ['-meta', r.path], { encoding: 'utf8' });
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${r.doc.getTitle()}</rdf:li>`);
    expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${text(r.doc.catalog.get(PDFName.of('Lang')))}</rdf:li>`);
    expect(xmp).toContain(`<xmp:CreateDate>${NOW.toISOString().replace('.000', '')}</xmp:CreateDate>`);
    expect(r.doc.getCreationDate()?.getTime()).toBe(NOW.getTime());
    expect(xmp).toContain(`<pdf:Producer>${r.doc.getProducer()}</pdf:Producer>`);
  });

  each('has an sRGB output intent and a file identifier', (r) => {
    const [intent] = r.doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).asArray();
    const dict = r.doc.context.lookup(intent, PDFDict);
    expect(dict.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFA1');
    const profile = stream(dict.lookup(PDFName.of('DestOutputProfile')));
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    const id = r.doc.context.trailerInfo.ID;
    expect(id).toBeInstanceOf(PDFArray);
    expect((id as PDFArray).size()).toBe(2);
  });

  each('attaches the plan file as an associated file, its source', (r) => {
    const af = r.doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    const spec = r.doc.context.lookup(af.get(0), PDFDict);
    expect(spec.get(PDFName.of('AFRelationship'))?.toString()).toBe('/Source');
    const file = stream(spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')));
    expect(file.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/application#2Fjson');
    expect(file.dict.lookup(PDFName.of('Params'), PDFDict).get(PDFName.of('ModDate'))).toBeDefined();
  });
});
