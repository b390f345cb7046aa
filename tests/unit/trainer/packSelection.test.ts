import { describe, expect, it } from 'vitest';
import {
  MAX_PACK_ITEMS,
  MAX_TITLE_LENGTH,
  addItem,
  cleanDate,
  cleanTitle,
  emptyPack,
  formatPackDate,
  moveItem,
  packItemUrl,
  packQuery,
  parsePack,
  removeItem,
} from '../../../src/trainer/packSelection';
import { translator } from '../../../src/i18n/translator';

const known = [
  'guides/step-1-purpose',
  'voices/adopted-teenager',
  'research/postal-exchange-evidence',
  'training/hearing-the-childs-voice-session/handout',
  'training/sheets/feelings-cards',
  ...Array.from({ length: 40 }, (_, i) => `guides/guide-${i}`),
];

describe('reading a pack from its URL', () => {
  it('reads the title, date, resources in order and the view', () => {
    const pack = parsePack(
      '?title=Group%203&date=2026-12-01&r=voices/adopted-teenager,guides/step-1-purpose&view=pack',
      known,
    );
    expect(pack).toEqual({
      title: 'Group 3',
      date: '2026-12-01',
      ids: ['voices/adopted-teenager', 'guides/step-1-purpose'],
      view: true,
      print: 'standard',
    });
  });

  it('reads the print style, and takes anything it does not know as standard', () => {
    expect(parsePack('r=guides/step-1-purpose&print=large', known).print).toBe('large');
    expect(parsePack('print=dyslexia', known).print).toBe('dyslexia');
    for (const odd of ['print=LARGE', 'print=', 'print=huge', 'print=large%00', ''])
      expect(parsePack(odd, known).print).toBe('standard');
  });

  it('accepts the repeated r= a plain form submits, and encoded commas and slashes', () => {
    expect(parsePack('r=guides/step-1-purpose&r=training/sheets/feelings-cards', known).ids).toEqual([
      'guides/step-1-purpose',
      'training/sheets/feelings-cards',
    ]);
    expect(parsePack('r=guides%2Fstep-1-purpose%2Cvoices%2Fadopted-teenager', known).ids).toEqual([
      'guides/step-1-purpose',
      'voices/adopted-teenager',
    ]);
  });

  it('drops unknown ids, odd paths and duplicates, keeping the first of each', () => {
    const pack = parsePack(
      'r=guides/nope,voices/adopted-teenager,../../etc/passwd,https://example.com/x,guides/step-1-purpose,voices/adopted-teenager,,/guides/step-1-purpose/',
      known,
    );
    expect(pack.ids).toEqual(['voices/adopted-teenager', 'guides/step-1-purpose']);
  });

  it(`keeps at most ${MAX_PACK_ITEMS} resources`, () => {
    const many = Array.from({ length: 40 }, (_, i) => `guides/guide-${i}`).join(',');
    const ids = parsePack(`r=${many}`, known).ids;
    expect(ids).toHaveLength(MAX_PACK_ITEMS);
    expect(ids[0]).toBe('guides/guide-0');
    expect(ids.at(-1)).toBe(`guides/guide-${MAX_PACK_ITEMS - 1}`);
  });

  it('bounds and tidies the title', () => {
    expect(parsePack(`title=${'a'.repeat(500)}`, known).title).toHaveLength(MAX_TITLE_LENGTH);
    expect(cleanTitle('  Group\n\t 3\u0000 \u202e ')).toBe('Group 3');
    expect([...cleanTitle('😀'.repeat(200))]).toHaveLength(MAX_TITLE_LENGTH);
  });

  it('keeps only real dates', () => {
    expect(cleanDate('2026-02-28')).toBe('2026-02-28');
    expect(cleanDate('2026-02-30')).toBe('');
    expect(cleanDate('2026-13-01')).toBe('');
    expect(cleanDate('1 December 2026')).toBe('');
    expect(cleanDate('1850-01-01')).toBe('');
    expect(formatPackDate('2026-12-01', translator('en'))).toBe('1 December 2026');
    expect(formatPackDate('nonsense', translator('en'))).toBe('');
  });

  it('gives an empty pack for an empty or hostile query', () => {
    expect(parsePack('', known)).toEqual(emptyPack());
    expect(parsePack('view=yes&r=<script>&print=<script>', known)).toEqual(emptyPack());
  });
});

describe('writing a pack to its URL', () => {
  it('round-trips through the query', () => {
    const pack = {
      title: 'Group 3: letters & “meet-ups”',
      date: '2026-12-01',
      ids: ['voices/adopted-teenager', 'guides/step-1-purpose'],
      view: true,
      print: 'large' as const,
    };
    const query = packQuery(pack);
    expect(query).toBe(
      '?title=Group%203%3A%20letters%20%26%20%E2%80%9Cmeet-ups%E2%80%9D&date=2026-12-01&r=voices/adopted-teenager,guides/step-1-purpose&view=pack&print=large',
    );
    expect(parsePack(query, known)).toEqual(pack);
  });

  it('leaves out empty parts', () => {
    expect(packQuery(emptyPack())).toBe('');
    expect(packQuery({ ...emptyPack(), ids: ['guides/step-1-purpose'] })).toBe('?r=guides/step-1-purpose');
  });

  it('maps an id to its page', () => {
    expect(packItemUrl('training/sheets/feelings-cards')).toBe('/training/sheets/feelings-cards/');
    expect(packItemUrl('guides/writing-letters', 'cy')).toBe('/cy/guides/writing-letters/');
  });
});

describe('editing the selection', () => {
  const ids = ['a/1', 'a/2', 'a/3'];
  it('moves an item up or down and stops at the ends', () => {
    expect(moveItem(ids, 2, -1)).toEqual(['a/1', 'a/3', 'a/2']);
    expect(moveItem(ids, 0, 1)).toEqual(['a/2', 'a/1', 'a/3']);
    expect(moveItem(ids, 0, -1)).toEqual(ids);
    expect(moveItem(ids, 2, 1)).toEqual(ids);
    expect(moveItem(ids, 7, 1)).toEqual(ids);
  });
  it('adds once, removes, and refuses to overfill', () => {
    expect(addItem(ids, 'a/4')).toEqual([...ids, 'a/4']);
    expect(addItem(ids, 'a/2')).toEqual(ids);
    expect(removeItem(ids, 'a/2')).toEqual(['a/1', 'a/3']);
    const full = Array.from({ length: MAX_PACK_ITEMS }, (_, i) => `a/${i}`);
    expect(addItem(full, 'b/1')).toEqual(full);
  });
});
