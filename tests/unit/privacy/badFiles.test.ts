/**
 * The bad-file corpus through the builder's file reader: each file gets its own plain message (and
 * field list), and nothing about it is opened. The reader gives message keys; they are translated
 * into English here, so the test checks the words a user sees. Then the reader's guarantees in general: no
 * prototype pollution, unknown keys never merged, and the good control still opens.
 */
import { messageText } from '../../../src/i18n/keyedMessage';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { openPlanPdf } from '../../../src/planner/pdf/openPlanPdf';
import { fileRefusalText, readPlanFileBytes } from '../../../src/planner/privacy/readPlanFileBytes';
import { BAD_FILES, BAD_FILES_DIR, BAD_PDFS, TOO_LARGE, tooLarge, type BadFile } from '../../fixtures/bad-files/corpus';
import { makeBadPdfs } from '../../fixtures/bad-files/make-pdfs';
import { testFonts } from '../pdf/pdfTestKit';

let pdfs: Record<string, Uint8Array>;
beforeAll(async () => {
  pdfs = await makeBadPdfs();
}, 60_000);

const { t } = translator('en');
/** PDFs are read by what the builder's worker runs, here in the test's own thread. */
const read = (bytes: Uint8Array, file: string) =>
  readPlanFileBytes(bytes, file, (pdf) => openPlanPdf({ bytes: pdf }, testFonts));
const expectRefused = async (bytes: Uint8Array, bad: BadFile) => {
  const result = await read(bytes, bad.file);
  expect(result.ok, bad.what).toBe(false);
  if (result.ok) return;
  const { message, issues } = fileRefusalText(t, result);
  expect(message).toBe(bad.message);
  expect(issues).toEqual(bad.issues ?? []);
};

describe('the bad-file corpus', () => {
  it('has at least 25 bad files, and every file in the folder is in it', () => {
    expect(BAD_FILES.length + BAD_PDFS.length + 1).toBeGreaterThanOrEqual(25);
    const kept = readdirSync(BAD_FILES_DIR)
      .filter((f) => !f.endsWith('.ts'))
      .sort();
    expect(BAD_FILES.map((b) => b.file).sort()).toEqual(kept);
    expect(new Set(BAD_FILES.map((b) => b.message)).size).toBeGreaterThan(15);
  });

  it.each(BAD_FILES.map((b) => [b.file, b] as const))('%s gets its own plain message', async (_f, bad) => {
    await expectRefused(new Uint8Array(readFileSync(join(BAD_FILES_DIR, bad.file))), bad);
  });

  it.each(BAD_PDFS.map((b) => [b.file, b] as const))('%s gets its own plain message', async (_f, bad) => {
    await expectRefused(pdfs[bad.file], bad);
  });

  it('a file over the size cap is refused before it is read', async () => {
    await expectRefused(tooLarge(), TOO_LARGE);
  });

  it('the good control, an old-format plan, migrates and opens', async () => {
    const result = await read(new Uint8Array(readFileSync('tests/fixtures/plans/v0-prototype.json')), 'old.json');
    expect(result.ok && result.migratedFrom).toBe(0);
  });
});

describe('reading untrusted files', () => {
  it('never pollutes prototypes, whatever the keys', async () => {
    for (const file of ['proto-key.json', 'constructor-key.json']) {
      await read(new Uint8Array(readFileSync(join(BAD_FILES_DIR, file))), file);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark and text from every script', async () => {
    const plan = JSON.parse(readFileSync('tests/fixtures/plans/minimal-draft.json', 'utf8'));
    plan.child.name = 'Gwenllïan Ŵyn 李明 محمد 👧🏽';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(plan))]);
    const result = await read(bytes, 'plan.json');
    expect(result.ok && result.plan.child.name).toBe('Gwenllïan Ŵyn 李明 محمد 👧🏽');
  });

  it('reads a PDF only through the given opener, and a .pdf name never makes text a PDF', async () => {
    const seen: number[] = [];
    const opener = async (bytes: Uint8Array) => {
      seen.push(bytes.length);
      return { ok: false as const, message: { key: 'common.notProvided' as const }, issues: [] };
    };
    const result = await readPlanFileBytes(pdfs['pdf-from-elsewhere.pdf'], 'x.pdf', opener);
    expect(!result.ok && messageText(t, result.message)).toBe('x.pdf: Not provided');
    expect(seen).toHaveLength(1);
    await readPlanFileBytes(new TextEncoder().encode('{}'), 'x.pdf', opener);
    expect(seen).toHaveLength(1);
  });
});
