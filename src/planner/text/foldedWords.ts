/**
 * The words of a text as the identifying-details checker compares them: runs of letters, marks and
 * digits with their UTF-16 offsets, each folded to lower case without accents ("Siân" is "sian") and
 * with street words and their abbreviations alike ("Road" is "Rd"). Pure.
 */
export interface Word {
  start: number;
  end: number;
  /** Lower case, accents removed, street words abbreviated: what is compared. */
  key: string;
}

// The ASCII ranges first: the same set, matched about twice as fast.
const WORD = /[a-zA-Z0-9\p{L}\p{M}\p{N}]+/gu;

/**
 * Street words and their abbreviations share one key, so "Oak Rd" matches a listed "Oak Road".
 * Applied to both sides, so it never changes whether a name matches.
 */
const SAME_WORD: Record<string, string> = {
  road: 'rd',
  street: 'st',
  saint: 'st',
  avenue: 'ave',
  av: 'ave',
  lane: 'ln',
  close: 'cl',
  drive: 'dr',
  crescent: 'cres',
  place: 'pl',
  terrace: 'tce',
  terr: 'tce',
  court: 'ct',
  gardens: 'gdns',
  square: 'sq',
};

/** Letters with no accent to take off, written plain the way people type them without the key. */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

export function fold(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœı]/g, (c) => PLAIN_LETTERS[c]);
  return SAME_WORD[plain] ?? plain;
}

export function wordsOf(text: string): Word[] {
  // A letter repeats its words, so each distinct word is folded once.
  const folded = new Map<string, string>();
  return Array.from(text.matchAll(WORD), (m) => {
    let key = folded.get(m[0]);
    if (key === undefined) folded.set(m[0], (key = fold(m[0])));
    return { start: m.index, end: m.index + m[0].length, key };
  });
}

/** The folded words of a text (or of a listed detail), for comparing. */
export const keysOf = (text: string) => wordsOf(text).map((w) => w.key);

/** What may stand between two words of one detail: a little punctuation and space, no blank line. */
const JOIN = /^[\s\-\u2010\u2011\u2013'\u2019.,]{1,4}$/;
export const joins = (text: string, a: Word, b: Word) => {
  const gap = text.slice(a.end, b.start);
  return JOIN.test(gap) && !/\n\s*\n/.test(gap);
};
