/**
 * A PDF's pages are compared with the same plan drawn again by the renderer version the PDF
 * records (verifyPlanPdf.ts), so a version's pages must stay reproducible for as long as the
 * version number stays the same. This holds a digest of what this version draws for three plans;
 * when the pages change (layout, words, fonts, the PDF library), it fails: bump RENDERER_VERSION in
 * pdfMarker.ts and record the new digests here. PDFs drawn by the old version then say plainly that
 * their pages could not be compared, instead of failing to match.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadPdfWithinLimits } from '../../../src/planner/pdf/boundedPdfParser';
import { pagesText } from '../../../src/planner/pdf/comparePdfPages';
import { RENDERER_VERSION } from '../../../src/planner/pdf/pdfMarker';
import type { NameStyle } from '../../../src/planner/pdf/planDocument';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import { NOW, SIGNED_FIXTURE, loadPlan, testFonts } from './pdfTestKit';

/** Digests of the pages each renderer version draws, by plan and name style. */
const PAGES_BY_VERSION: Record<number, Record<string, string>> = {
  1: {
    [`${SIGNED_FIXTURE} initials`]: 'c7a195ae643e8a17f3beb3d1b3751572c8d60a8ae2f5ff80bbaafc07b5f0a376',
    'tests/fixtures/plans/complete.json full': 'd85f2664fa5e6b5999c7562ff73a7e08bbf92e045d4e4c1cd0b0eb794fcc61bf',
    'src/planner/examples/siblings-adoption-and-foster-care.json first':
      '5a2ec8069ab345a845f8cf57dbc163018881a850c41fdcb53b4fb29cc69dca19',
  },
  // Full names in the eco-map, the adoptive family drawn, a line per form; no mid-word breaks.
  2: {
    [`${SIGNED_FIXTURE} initials`]: 'c0e2dc87fe99e377d1ca8c2a32d96e81c00c6c5f655c2f26f49a4db5f30449f7',
    'tests/fixtures/plans/complete.json full': '7a91ee8fb10dbfe530a7b87aaee6751f81fa06f1d6dffc449852ba5624b9e03f',
    'src/planner/examples/siblings-adoption-and-foster-care.json first':
      '680ca0b8ea7ab8795e6ce97744311b30630f0c92aaa14807e1919c3625654ce8',
  },
  // The law named on page one; the eco-map as large as a page allows; marks and footer from the catalogue.
  3: {
    [`${SIGNED_FIXTURE} initials`]: '5e82655e6a9c808b57ccf31dd5084c299e63a3cd55072fcc4b4be809c444f622',
    'tests/fixtures/plans/complete.json full': 'c3bbe6cbd52894411ccc703a9f317dd3c13486a0ee9fe2f99ee91ebe1c43cac8',
    'src/planner/examples/siblings-adoption-and-foster-care.json first':
      '2b16df0ae0881496aed588a77e6c4dbe125216622504025bc1a72eea21f6bec6',
  },
  // Tagged: marked content around every element and artifact; a wrapped line keeps its break space.
  4: {
    [`${SIGNED_FIXTURE} initials`]: '9f9034041de91b7e80fa08ec92f65b48f5204e4bca58a11ae1d26c9f21b41f8d',
    'tests/fixtures/plans/complete.json full': 'd0c1649a4fa6f34a145c4d89dc2c6ae666d6a2c650d022672abbf28dbffb0469',
    'src/planner/examples/siblings-adoption-and-foster-care.json first':
      '57b930977da25e057266d25a2245cace96ee0a45365ffaf349cbd23b2988116a',
  },
  // The sign-off page says the exchange log is not part of the fingerprint.
  5: {
    [`${SIGNED_FIXTURE} initials`]: 'fc6cd845c05cceda6cc599f4fb2032331a7d1dd8b23f820faee4999feda5be47',
    'tests/fixtures/plans/complete.json full': '890129dcbc6f78a7ead4a283fdb84f44708d733adf0a6b6d62c55b17570cce80',
    'src/planner/examples/siblings-adoption-and-foster-care.json first':
      '50300c5c1f76b0b794d7fdd36f9ae2c1f7dcaed2c6d5da6f6deb2a4d55147df5',
  },
};

const CASES: [path: string, nameStyle: NameStyle][] = [
  [SIGNED_FIXTURE, 'initials'],
  ['tests/fixtures/plans/complete.json', 'full'],
  ['src/planner/examples/siblings-adoption-and-foster-care.json', 'first'],
];

async function pagesDigest(path: string, nameStyle: NameStyle): Promise<string> {
  const bytes = await renderPlanPdf(loadPlan(path), { fonts: await testFonts(), nameStyle, now: NOW });
  const loaded = await loadPdfWithinLimits(bytes, { remaining: 20_000_000 });
  if (!loaded.context) throw loaded.problem;
  const text = pagesText(loaded.context, { remaining: 20_000_000 }).pages.map((page) => page.join('\n'));
  return createHash('sha256').update(text.join('\f'), 'latin1').digest('hex');
}

describe(`renderer version ${RENDERER_VERSION}`, () => {
  it.each(CASES)('draws %s (%s) exactly as it did when the version was recorded', async (path, nameStyle) => {
    expect(await pagesDigest(path, nameStyle)).toBe(PAGES_BY_VERSION[RENDERER_VERSION][`${path} ${nameStyle}`]);
  });

  it('draws the same pages on every run', async () => {
    const [path, nameStyle] = CASES[0];
    expect(await pagesDigest(path, nameStyle)).toBe(await pagesDigest(path, nameStyle));
  });
});
