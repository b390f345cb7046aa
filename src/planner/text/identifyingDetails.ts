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
// Words: runs of letters, marks and digits, with their offsets, folded for comparison.

interface Word {
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
  lon: 'lon',
};

/** Letters with no accent to take off, written plain the way people type them without the key. */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

function fold(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœı]/g, (c) => PLAIN_LETTERS[c]);
  return SAME_WORD[plain] ?? plain;
}

function wordsOf(text: string): Word[] {
  // A letter repeats its words, so each distinct word is folded once.
  const folded = new Map<string, string>();
  return Array.from(text.matchAll(WORD), (m) => {
    let key = folded.get(m[0]);
    if (key === undefined) folded.set(m[0], (key = fold(m[0])));
    return { start: m.index, end: m.index + m[0].length, key };
  });
}

/** What may stand between two words of one detail: a little punctuation and space, no blank line. */
const JOIN = /^[\s\-\u2010\u2011\u2013'\u2019.,]{1,4}$/;
const joins = (text: string, a: Word, b: Word) => {
  const gap = text.slice(a.end, b.start);
  return JOIN.test(gap) && !/\n\s*\n/.test(gap);
};

// ---------------------------------------------------------------------------------------------
// Welsh initial mutations.

type Mutation = 'soft' | 'nasal' | 'aspirate';

/** Radical → mutated beginnings, longest radicals first so "ll" is tried before "l". */
const MUTATIONS: [radical: string, forms: Partial<Record<Mutation, string>>][] = [
  ['ll', { soft: 'l' }],
  ['rh', { soft: 'r' }],
  ['p', { soft: 'b', nasal: 'mh', aspirate: 'ph' }],
  ['t', { soft: 'd', nasal: 'nh', aspirate: 'th' }],
  ['c', { soft: 'g', nasal: 'ngh', aspirate: 'ch' }],
  ['b', { soft: 'f', nasal: 'm' }],
  ['d', { soft: 'dd', nasal: 'n' }],
  ['g', { soft: '', nasal: 'ng' }],
  ['m', { soft: 'f' }],
];

/** Words after which a name or place takes the mutation (folded: "â" is "a"). */
const TRIGGERS: Record<Mutation, Set<string>> = {
  // Prepositions, "annwyl" (dear) at the head of a letter, and "dy"/"ei" (your; his).
  soft: new Set([
    'i',
    'o',
    'at',
    'am',
    'ar',
    'dan',
    'tan',
    'dros',
    'drwy',
    'trwy',
    'gan',
    'heb',
    'hyd',
    'wrth',
    'annwyl',
    'dy',
    'ei',
  ]),
  // "in" (yn, yng, ym) and "my" (fy).
  nasal: new Set(['yn', 'yng', 'ym', 'fy']),
  // "and"/"with" (a, â, gyda, efo, tua) and "her" (ei).
  aspirate: new Set(['a', 'gyda', 'efo', 'tua', 'ei']),
};

/** The mutated forms of a folded word, each with the mutation that makes it. */
function mutationsOf(key: string): [form: string, mutation: Mutation][] {
  // "ch", "ph", "th", "dd", "ng" are letters of their own in Welsh and do not mutate.
  if (/^(ch|ph|th|dd|ng)/.test(key)) return [];
  const rule = MUTATIONS.find(([radical]) => key.startsWith(radical));
  if (!rule) return [];
  const [radical, forms] = rule;
  const rest = key.slice(radical.length);
  return (Object.entries(forms) as [Mutation, string][])
    .map(([mutation, start]): [string, Mutation] => [start + rest, mutation])
    .filter(([form]) => form.length > 1);
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

const keysOf = (text: string) => wordsOf(text).map((w) => w.key);

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
// Patterns that need no list.

/** A UK number with its digits as dialled at home (0…), for checking its length and range. */
function nationalDigits(raw: string): string {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = digits.slice(2);
  if (digits.startsWith('44')) digits = digits.slice(2).replace(/^0?/, '0');
  return digits;
}

/** Mobiles (07…), geographic (01, 02), non-geographic (03, 084, 087) and freephone (0800, 0808) numbers. */
const UK_NUMBER = /^0(?:7\d{9}|[123]\d{9}|1\d{8}|80[08]\d{6,7}|8[47]\d{8})$/;

/** Candidates for phone numbers: a leading 0 or +44, then digits in groups with spaces, dashes or brackets. */
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d(?:[\s\-)]{0,2}\d){8,10}(?!\p{N})/gu;

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

const SOCIAL_HOSTS =
  /^(?:[\w-]+\.)*(?:facebook\.com|fb\.com|fb\.me|instagram\.com|tiktok\.com|x\.com|twitter\.com|snapchat\.com|youtube\.com|youtu\.be|threads\.net|linkedin\.com|pinterest\.com|twitch\.tv|reddit\.com)$/i;

/** Top-level domains that a bare domain ("ourfamily.co.uk") must end in, so "e.g." and "a.m." are not links. */
const TLD = String.raw`(?:com|co\.uk|org\.uk|me\.uk|ltd\.uk|net|org|uk|cymru|wales|io|me|info|blog|tv|be|app|gov\.uk|ac\.uk|sch\.uk)`;
const LINK = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:https?://[^\s<>"]+|www\.[^\s<>"]+|(?:[\p{L}\p{N}-]+\.)+${TLD}(?![\p{L}\p{N}-])(?:/[^\s<>"]*)?)`,
  'giu',
);

/** A handle: "@" not inside an e-mail address, then 2–30 letters, digits, dots or underscores. */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_.]{2,30}/gu;

/** The 124 UK postcode areas, so "to 2am" or "B12 3rd" shapes need a real area to count. */
const POSTCODE_AREAS = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N ' +
    'NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF ' +
    'TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);
/** Outward code (area, district, optional sub-district) and inward code (sector digit, two unit letters). */
const POSTCODE = /(?<![\p{L}\p{N}])([a-z]{1,2})(\d[a-z\d]?)[ \t\u00a0]*(\d[abd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/giu;

/** Street words that follow the name in English ("Oak Road"). */
const STREET_AFTER =
  'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Place|Pl|Terrace|Tce|Court|Ct|Gardens|Gdns|Square|Sq|Grove|Row|Walk|Mews|Rise|Parade|View|Hill|Park';
/** Welsh street words, which come before the name ("Heol y Bont"). */
const STREET_BEFORE =
  'Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Cilgant|Teras|Maes|Clos|Cwrt|Parc|Llwyn|Rhes|Ystad|Stad|Sgwâr|Bryn|Pant|Allt';
/** The street words themselves, folded, so a street's name can be told from them. */
const STREET_KEYS = new Set([...STREET_AFTER.split('|'), ...STREET_BEFORE.split('|')].map(fold));
/** A word with a capital, whole: "AB" in "AB12" is not one. */
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}\p{N}])`;
const HOUSE = String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-zA-Z]?,?\s+`;
const WELSH_NAME = String.raw`(?:(?:y|yr|'r)\s+)?${CAPITALISED}(?:\s+${CAPITALISED}){0,2}`;
/**
 * A house number then a street, in English or Welsh order; a street without a number only with an
 * unmistakable street word (and, in English, after a word that places it: see AT_A_PLACE).
 */
const STREET = new RegExp(
  [
    String.raw`${HOUSE}(?:${CAPITALISED}\s+){1,3}(?:${STREET_AFTER})(?![\p{L}\p{N}])`,
    String.raw`${HOUSE}(?:${STREET_BEFORE})\s+${WELSH_NAME}`,
    String.raw`(?<![\p{L}\p{N}])(?:${CAPITALISED}\s+){1,2}(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:Heol|Stryd|Lôn|Rhodfa|Cilgant|Teras)\s+${WELSH_NAME}`,
  ].join('|'),
  'gu',
);

/**
 * Words a capitalised run may start with that are not part of a place's name: "In Oak Road",
 * "Visiting St Mary's School" (a sentence's first word has a capital too).
 */
const LEADING = new Set(
  (
    'the a an our my your his her their this that in at on to from by near and but when then also we i you ' +
    'they he she it go went visit visited visiting mum dad mam nain taid'
  ).split(' '),
);

/**
 * Words that, with only a street or school word, name no particular place: "the High Street",
 * "Main Road", "Sunday School", "Forest School", "Ysgol Sul" (Sunday school), "Ysgol Gynradd"
 * (primary school).
 */
const GENERIC = new Set([
  ...LEADING,
  ...(
    'new old big little local main high primary secondary infant infants junior nursery middle sunday forest ' +
    'summer holiday dance drama swim swimming football music art night home welsh english sixth form special ' +
    'free boarding prep preparatory grammar comprehensive community church catholic public private village ' +
    'town city next same other gynradd uwchradd gymraeg gyfun feithrin babanod iau sul haf arbennig eglwys ' +
    'newydd y yr'
  ).split(' '),
]);

const SCHOOL_WORD = String.raw`(?:${CAPITALISED}|of|the|and|&|de|la|y|yr)`;
const SCHOOL = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:${CAPITALISED}\s+)(?:${SCHOOL_WORD}\s+){0,6}(?:School|Academy|College)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])Ysgol(?:\s+(?:y|yr|'r|${CAPITALISED})){1,6}`,
  ].join('|'),
  'gu',
);

/**
 * Current registrations (AB12 CDE: two area letters, the age 02–29 or 51–79, three letters; no I or Q),
 * in capitals only. The older prefix (A123 BCD) and suffix (ABC 123D) shapes are left out: they also
 * fit "Y6 SAT" or "A4 PDF", and cars that old are rare enough not to be worth those false alarms.
 */
const CAR = /(?<![\p{L}\p{N}])[A-HJ-PR-Y][A-HJ-PR-Z](?:0[2-9]|[12]\d|5[1-9]|[67]\d) ?[A-HJ-PR-Z]{3}(?![\p{L}\p{N}])/gu;

const TRAILING = /[.,;:!?)\]'’"”]+$/;

function* matches(re: RegExp, text: string): Generator<{ text: string; start: number }> {
  for (const m of text.matchAll(re)) {
    const found = m[0].replace(TRAILING, '');
    if (found) yield { text: found, start: m.index };
  }
}

const candidate = (type: FindingType, m: { text: string; start: number }): Candidate => ({
  type,
  text: m.text,
  start: m.start,
  end: m.start + m.text.length,
  rank: 2,
});

/** Drops leading words of a match that belong to the sentence, not to the place's name. */
function withoutLeading(m: { text: string; start: number }): { text: string; start: number } {
  const words = wordsOf(m.text);
  let i = 0;
  while (i < words.length - 2 && LEADING.has(words[i].key)) i++;
  const cut = words[i].start;
  return { text: m.text.slice(cut), start: m.start + cut };
}

/** Words that make "2 … Park" a count of outings rather than a house on a street. */
const OUTINGS = new Set(
  'theme play water skate trampoline safari adventure amusement holiday car retail national country'.split(' '),
);

/**
 * Words that put someone at a street ("we live on Oak Road", "walk down Oak Road"). An English street
 * without a number counts only after one of them, so that "Nain watches Coronation Street" does not.
 */
const AT_A_PLACE = new Set(
  'on in along down up off near at to from into onto past by round around opposite behind'.split(' '),
);

/** Whether the word before `start` places what follows. */
function placed(text: string, start: number): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && AT_A_PLACE.has(before[1].toLowerCase());
}

/** Whether a street or school has a name of its own, beyond its street or school word ("Main Road" does not). */
const hasOwnName = (match: string, ownWords: Set<string>) =>
  keysOf(match).some((k) => !/^\d/.test(k) && !ownWords.has(k) && !GENERIC.has(k));

const SCHOOL_KEYS = new Set(['school', 'academy', 'college', 'ysgol']);

function findPatterns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matches(PHONE, text)) {
    if (UK_NUMBER.test(nationalDigits(m.text))) found.push(candidate('phone', m));
  }
  // Most letters have no "@"; looking for one first skips the costliest pattern.
  const at = text.includes('@');
  if (at) for (const m of matches(EMAIL, text)) found.push(candidate('email', m));
  for (const m of matches(LINK, text)) {
    const host = m.text.replace(/^https?:\/\//i, '').split(/[/?#]/)[0];
    found.push(candidate(SOCIAL_HOSTS.test(host) ? 'social-media' : 'link', m));
  }
  if (at) for (const m of matches(HANDLE, text)) found.push(candidate('social-media', m));
  for (const m of text.matchAll(POSTCODE)) {
    // "the M4 2nd" is a road and an ordinal, not a postcode.
    const ordinal = /^\d(?:st|nd|rd|th)$/.test(m[3]);
    if (POSTCODE_AREAS.has(m[1].toUpperCase()) && !ordinal)
      found.push(candidate('postcode', { text: m[0], start: m.index }));
  }
  for (const m of matches(STREET, text)) {
    // A numbered street is an address even with a plain name ("7 The Avenue", "2 High Street"), but
    // not a count of things ("1 Theme Park"); without a number, "the High Street" alone is not one.
    if (/^\d/.test(m.text)) {
      if (!keysOf(m.text).some((k) => OUTINGS.has(k))) found.push(candidate('address', m));
      continue;
    }
    const street = withoutLeading(m);
    const english = !/^(?:Heol|Stryd|Lôn|Rhodfa|Cilgant|Teras)\s/u.test(street.text);
    if (hasOwnName(street.text, STREET_KEYS) && (!english || placed(text, street.start))) {
      found.push(candidate('address', street));
    }
  }
  for (const m of matches(SCHOOL, text)) {
    // A school's name never ends with the article: "Ysgol y" is followed by the name, or is no name.
    const school = withoutLeading({ text: m.text.replace(/\s+(?:y|yr|'r)$/u, ''), start: m.start });
    if (hasOwnName(school.text, SCHOOL_KEYS)) found.push(candidate('school', school));
  }
  for (const m of matches(CAR, text)) found.push(candidate('car-registration', m));
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
  const patterns = findPatterns(text);
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
