/**
 * `npm run translation:status` (issue 13): one list for a translator of every Welsh catalogue area,
 * page, handout, printable material's cards, the glossary and the worked examples' plans, each with its
 * state from the files.
 * Complete (nothing missing or listed twice), honest (nothing unreviewed shown as reviewed, an
 * English page updated after its translation is out of date), and the command runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTranslationStatus, translationStatus } from '../../../scripts/translationStatus';
import { loadResources } from '../../../scripts/contentFiles';
import { WELSH_AREAS } from '../../../src/i18n/catalogue';

const rows = translationStatus();
const names = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.name);

describe('the translation status report', () => {
  it('lists every catalogue area, page, handout, material and example plan once, and the glossary', () => {
    const pages = loadResources();
    expect(names('area').sort()).toEqual(Object.keys(WELSH_AREAS).sort());
    expect(names('page').sort()).toEqual(pages.map((p) => `${p.file.split('/').at(-2)}/${p.id}`).sort());
    const sessions = pages.filter((p) => p.type === 'session');
    expect(names('handout').sort()).toEqual(sessions.map((s) => `sessions/${s.id}/handout`).sort());
    const materials = readdirSync('src/content/materials').map((f) => `materials/${f.replace(/\.yaml$/, '')}`);
    expect(names('material').sort()).toEqual(materials.sort());
    expect(names('glossary')).toEqual(['glossary']);
    const examples = readdirSync('src/planner/examples').filter((f) => f.endsWith('.json'));
    expect(names('plan').sort()).toEqual(examples.map((f) => f.replace(/\.json$/, '')).sort());
    expect(new Set(rows.map((r) => `${r.kind} ${r.name}`)).size).toBe(rows.length);
  });

  it('says which pages are translated and which are not, as the files say', () => {
    const state = (kind: string, name: string) => rows.find((r) => r.kind === kind && r.name === name)?.state;
    expect(state('page', 'guides/writing-letters-adoptive-parents')).toBe('machine-made, awaiting review');
    expect(state('page', 'briefings/staying-in-touch-in-wales')).toBe('machine-made, awaiting review');
    expect(state('page', 'briefings/why-staying-in-touch-matters')).toBe('not translated');
    expect(state('plan', 'welsh-speaking-family')).toBe('machine-made, awaiting review');
    expect(state('plan', 'teenager-approached-online')).toBe('not translated');
    expect(state('material', 'materials/role-cards')).toBe('machine-made, awaiting review');
    // Nothing here is reviewed yet: a row may say "reviewed" only with the reviewer's name.
    for (const row of rows) expect(row.state === 'reviewed').toBe(row.reviewedBy !== undefined);
  });

  it('marks a translation out of date when the English page was updated after it, and names a reviewer', () => {
    const root = mkdtempSync(join(tmpdir(), 'translation-status-'));
    cpSync('src/content', root, { recursive: true });
    const english = join(root, 'guides', 'writing-letters-adoptive-parents.mdx');
    writeFileSync(english, readFileSync(english, 'utf8').replace(/^updated: .*$/m, 'updated: 2099-01-01'));
    const cards = join(root, 'materials', 'purpose-cards.yaml');
    writeFileSync(cards, readFileSync(cards, 'utf8').replace(/^updated: .*$/m, 'updated: 2099-01-01'));
    const welsh = join(root, 'cy', 'guides', 'writing-letters-birth-relatives.mdx');
    writeFileSync(welsh, readFileSync(welsh, 'utf8').replace(/reviewedBy: null/, 'reviewedBy: Angharad Jones'));
    const changed = translationStatus(root);
    const row = (name: string) => changed.find((r) => r.name === name)!;
    expect(row('guides/writing-letters-adoptive-parents')).toMatchObject({ state: 'out of date' });
    expect(row('guides/writing-letters-adoptive-parents').detail).toContain('English updated 2099-01-01');
    expect(row('materials/purpose-cards')).toMatchObject({ state: 'out of date' });
    expect(row('guides/writing-letters-birth-relatives')).toMatchObject({
      state: 'reviewed',
      reviewedBy: 'Angharad Jones',
    });
    expect(formatTranslationStatus(changed)).toContain('— reviewed by Angharad Jones');
  });

  it('runs as `npm run translation:status`, printing every row and the counts', () => {
    const result = spawnSync('npm', ['run', '-s', 'translation:status'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${formatTranslationStatus(rows)}\n`);
    expect(result.stdout).toMatch(new RegExp(`^${rows.length} in all: `, 'm'));
  });
});
