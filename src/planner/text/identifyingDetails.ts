/**
 * Finds identifying details in free text (a letterbox letter, a plan's notes) before it crosses
 * between the families: the details the caller lists as protected (names, surnames, the address,
 * the school, the town…) and details that need no list (phone numbers, e-mail addresses, postcodes,
 * street addresses, links and social-media handles, school names, car registrations), in English
 * and Welsh. Each finding is the detail itself, with its exact UTF-16 offsets, never the sentence.
 *
 * Rules chosen, so callers and reviewers know what to expect:
 * - Listed details match as whole words, ignoring case and accents both ways ("Sian" finds "Siân"
 *   and "Siân" finds "Sian"), with any short run of spaces, hyphens, apostrophes, full stops or
 *   commas between their words ("Price-Jones" finds "Price Jones"). Case is ignored on purpose: a
 *   letter written all in lower case still names people, so a listed "Mark" also finds the verb
 *   "mark". A finding the writer knows is fine can be kept with a reason; a missed name cannot.
 * - A possessive is not part of the detail: in "Rhian's" the finding is "Rhian".
 * - A listed surname also matches each part of a hyphenated or double surname ("Price", "Jones").
 *   A listed name matches only as a whole: first names alone are listed by the caller if protected.
 *   Short forms and nicknames are matched only when the caller lists them; none are invented.
 * - Welsh initial mutations of a listed name or place are matched only straight after a word that
 *   causes that mutation ("i Wen", "o Gaerdydd", "yng Nghaerdydd", "a Thomos"), so that a mutated
 *   form that is also an ordinary word ("Mair" → "Fair") is not flagged anywhere else.
 * - A listed address matches line by line (split at commas and new lines), with street words and
 *   their abbreviations treated alike ("Road"/"Rd"); a street line also matches without its number.
 * - Patterns lean towards few false alarms, since every finding asks the writer to act: a street
 *   needs a house number, or a street word and (in English) a word that places it ("on Oak Road");
 *   "the High Street", "Sunday School" and "Ysgol Sul" name no particular place; car registrations
 *   are the current format in capitals; a postcode needs its inward part and a real postcode area.
 * - Where findings overlap, the longer one is reported; on the same span a listed detail wins (a listed
 *   address line that is also a postcode is reported as a postcode, with the listed detail's index).
 *
 * Pure and linear in the length of the text: one pass over its words for the listed details and
 * one regular-expression pass per pattern.
 */
import { findPatterns, nationalDigits } from './detailPatterns';
import { joins, keysOf, wordsOf, type Word } from './foldedWords';
import { mutationsOf, TRIGGERS, type Mutation } from './welshMutations';

/** What a protected detail is, as the caller (the plan, or a letter writer) lists it. */
export type DetailKind = 'name' | 'surname' | 'address' | 'school' | 'town' | 'phone' | 'email' | 'other';

/** A detail that must not appear in the text. */
export interface ProtectedDetail {
  kind: DetailKind;
  text: string;
  /** Whose detail it is (a person's id or a label), passed through for the caller. */
  whose?: string;
  /** Which family the detail belongs to. */
  side?: 'adoptive' | 'birth';
}

/** Every kind of finding, for the catalogue: the UI and the command line translate each one. */
export const FINDING_TYPES = [
  'name',
  'surname',
  'address',
  'postcode',
  'town',
  'school',
  'phone',
  'email',
  'link',
  'social-media',
  'car-registration',
  'other',
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];

export interface Finding {
  type: FindingType;
  /** The detail exactly as written: `text === input.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** The index of the listed detail it matched, when it came from the list. */
  detailIndex?: number;
}

// ---------------------------------------------------------------------------------------------
// Listed details.

interface Variant {
  keys: string[];
  detailIndex: number;
  type: FindingType;
  /** Matches only straight after a word that causes this mutation. */
  after?: Mutation;
}

const LISTED_TYPE: Record<DetailKind, FindingType> = {
  name: 'name',
  surname: 'surname',
  address: 'address',
  school: 'school',
  town: 'town',
  phone: 'phone',
  email: 'email',
  other: 'other',
};

/** Words inside double surnames that name nobody on their own: "ap Rhys", "van der Berg", "de la Cruz". */
const PARTICLES = new Set([
  'ap',
  'ab',
  'ferch',
  'verch',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'la',
  'le',
  'da',
  'di',
  'du',
  'y',
]);

const COUNTRIES = new Set(['wales', 'cymru', 'england', 'scotland', 'northern ireland', 'uk', 'united kingdom', 'gb']);

/** The word sequences a listed detail may appear as. */
function variantsOf(detail: ProtectedDetail, detailIndex: number): Variant[] {
  const type = LISTED_TYPE[detail.kind];
  const sequences: string[][] = [];
  if (detail.kind === 'address') {
    for (const line of detail.text.split(/[,\n]/)) {
      const keys = keysOf(line);
      // A line of numbers only, or the country, says nothing about where the family lives.
      if (!keys.some((k) => /\p{L}/u.test(k)) || COUNTRIES.has(keys.join(' '))) continue;
      sequences.push(keys);
      // "12 Oak Road" is also "Oak Road"; "Flat 2" alone says nothing, so only a street loses its number.
      if (/^\d/.test(keys[0]) && keys.length > 2) sequences.push(keys.slice(1));
    }
  } else {
    const keys = keysOf(detail.text);
    if (keys.length === 0) return [];
    sequences.push(keys);
    // The parts of a hyphenated or double surname, each on its own: split at hyphens and spaces, not
    // apostrophes ("O'Brien" is one name), and without the particles ("ap", "van") that are no name alone.
    const parts = detail.text.split(/[\s\-\u2010\u2011\u2013]+/).map(keysOf);
    if (detail.kind === 'surname' && parts.length > 1) {
      for (const part of parts) if (part.length > 0 && !PARTICLES.has(part.join(' '))) sequences.push(part);
    }
  }
  const variants: Variant[] = sequences.map((keys) => ({ keys, detailIndex, type }));
  // Names and places mutate in Welsh ("yng Nghaernarfon" from an address line); numbers do not.
  if (detail.kind !== 'phone' && detail.kind !== 'email') {
    for (const v of [...variants]) {
      for (const [form, after] of mutationsOf(v.keys[0])) {
        variants.push({ keys: [form, ...v.keys.slice(1)], detailIndex, type, after });
      }
    }
  }
  return variants;
}

interface Candidate extends Finding {
  /**
   * Which wins on the same span: a listed name, school or town (0), then a listed address line or
   * other detail (1), then a pattern (2).
   */
  rank: 0 | 1 | 2;
}

function findListed(text: string, words: Word[], details: readonly ProtectedDetail[]): Candidate[] {
  const byFirst = new Map<string, Variant[]>();
  details.forEach((detail, i) => {
    for (const v of variantsOf(detail, i)) byFirst.set(v.keys[0], [...(byFirst.get(v.keys[0]) ?? []), v]);
  });
  const found: Candidate[] = [];
  words.forEach((word, i) => {
    for (const v of byFirst.get(word.key) ?? []) {
      if (v.after) {
        const before = words[i - 1];
        // A mutated name keeps its capital ("i Wen"), which keeps English "I fill" from matching "Bill".
        const capital = /^\p{Lu}/u.test(text.slice(word.start, word.end));
        const trigger = before && TRIGGERS[v.after].has(before.key) && /^\s+$/.test(text.slice(before.end, word.start));
        if (!capital || !trigger) continue;
      }
      let last = i;
      let ok = true;
      for (let k = 1; k < v.keys.length && ok; k++) {
        const next = words[i + k];
        ok = next !== undefined && next.key === v.keys[k] && joins(text, words[last], next);
        last = i + k;
      }
      if (!ok) continue;
      const end = words[last].end;
      found.push({
        type: v.type,
        text: text.slice(word.start, end),
        start: word.start,
        end,
        detailIndex: v.detailIndex,
        rank: v.type === 'address' || v.type === 'other' ? 1 : 0,
      });
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------

/**
 * A listed phone number or e-mail address written another way ("07700900123" for "07700 900 123",
 * capitals in an address): the pattern finds it, and this says which listed detail it is.
 */
function listedContact(finding: Finding, details: readonly ProtectedDetail[]): number | undefined {
  const same = (d: ProtectedDetail) =>
    finding.type === 'phone'
      ? d.kind === 'phone' && nationalDigits(d.text) === nationalDigits(finding.text)
      : finding.type === 'email' && d.kind === 'email' && d.text.trim().toLowerCase() === finding.text.toLowerCase();
  const i = details.findIndex(same);
  return i === -1 ? undefined : i;
}

/**
 * Finds identifying details in `text`: the listed `protectedDetails` and the patterns that need no
 * list. Findings never overlap and come sorted by where they start.
 */
export function findIdentifyingDetails(text: string, protectedDetails: readonly ProtectedDetail[] = []): Finding[] {
  const patterns = findPatterns(text).map((p): Candidate => ({ ...p, rank: 2 }));
  const candidates = [...findListed(text, wordsOf(text), protectedDetails), ...patterns];
  // A listed address line that is a postcode is reported as a postcode: the pattern's type is the more exact.
  const patternType = new Map(patterns.map((p) => [`${p.start}:${p.end}`, p.type]));
  // Longest first, a listed detail before a pattern on the same span; then keep what does not overlap.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Finding[] = [];
  for (const { rank, ...finding } of candidates) {
    if (taken.subarray(finding.start, finding.end).some((x) => x === 1)) continue;
    taken.fill(1, finding.start, finding.end);
    if (rank === 2) {
      const detailIndex = listedContact(finding, protectedDetails);
      kept.push(detailIndex === undefined ? finding : { ...finding, detailIndex });
    } else {
      const type = rank === 1 ? (patternType.get(`${finding.start}:${finding.end}`) ?? finding.type) : finding.type;
      kept.push({ ...finding, type });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
