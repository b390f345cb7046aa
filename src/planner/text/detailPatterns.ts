/**
 * The identifying details that need no list, in English and Welsh text: UK phone numbers, e-mail
 * addresses, links and social-media handles and profiles, postcodes, street addresses (English and
 * Welsh word order), school names and current car registrations. Each pattern leans towards few
 * false alarms (the rules are in ./identifyingDetails.ts). Pure; one regular-expression pass each.
 */
import type { FindingType } from './identifyingDetails';
import { fold, keysOf, wordsOf } from './foldedWords';

/** A detail a pattern found. */
export interface PatternFinding {
  type: FindingType;
  text: string;
  start: number;
  end: number;
}

/** A UK number with its digits as dialled at home (0…), for checking its length and range. */
export function nationalDigits(raw: string): string {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = digits.slice(2);
  if (digits.startsWith('44')) digits = digits.slice(2).replace(/^0?/, '0');
  return digits;
}

/** Mobiles (07…), geographic (01, 02), non-geographic (03, 084, 087) and freephone (0800, 0808) numbers. */
const UK_NUMBER = /^0(?:7\d{9}|[123]\d{9}|1\d{8}|80[08]\d{6,7}|8[47]\d{8})$/;

/** Candidates for UK phone numbers: a leading 0 or +44, then digits in groups with spaces, dashes, dots or brackets. */
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d(?:[\s\-.)]{0,2}\d){8,10}(?!\p{N})/gu;

/**
 * A number abroad, for a relative who lives there: "+" and a country code other than the UK's, then
 * 8 to 15 digits in all (the international limit), in groups.
 */
const PHONE_ABROAD = /(?<![\p{L}\p{N}+])\+(?!44)[1-9][\d \-.()]{6,20}\d(?!\p{N})/gu;

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

/** The 124 postcode areas (the UK's, Guernsey's, Jersey's and the Isle of Man's): a postcode's shape alone is not enough. */
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
/** A word of a street's or school's name: capitalised, or "St." (a full stop elsewhere ends a sentence). */
const NAME_WORD = String.raw`(?:St\.|${CAPITALISED})`;
const HOUSE = String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-zA-Z]?,?\s+`;
const WELSH_NAME = String.raw`(?:(?:y|yr|'r)\s+)?${CAPITALISED}(?:\s+${CAPITALISED}){0,2}`;
/**
 * A house number then a street, in English or Welsh order; a street without a number only with an
 * unmistakable street word (and, in English, after a word that places it: see AT_A_PLACE).
 */
const STREET = new RegExp(
  [
    String.raw`${HOUSE}(?:${NAME_WORD}\s+){1,3}(?:${STREET_AFTER})(?![\p{L}\p{N}])`,
    String.raw`${HOUSE}(?:${STREET_BEFORE})\s+${WELSH_NAME}`,
    String.raw`(?<![\p{L}\p{N}])(?:${NAME_WORD}\s+){1,2}(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens)(?![\p{L}\p{N}])`,
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

const SCHOOL_WORD = String.raw`(?:${NAME_WORD}|of|the|and|&|de|la|y|yr)`;
const SCHOOL = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:${NAME_WORD}\s+)(?:${SCHOOL_WORD}\s+){0,6}(?:School|Academy|College)(?![\p{L}\p{N}])`,
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

const candidate = (type: FindingType, m: { text: string; start: number }): PatternFinding => ({
  type,
  text: m.text,
  start: m.start,
  end: m.start + m.text.length,
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

/** The details in `text` that need no list, possibly overlapping, in no particular order. */
export function findPatterns(text: string): PatternFinding[] {
  const found: PatternFinding[] = [];
  for (const m of matches(PHONE, text)) {
    if (UK_NUMBER.test(nationalDigits(m.text))) found.push(candidate('phone', m));
  }
  for (const m of matches(PHONE_ABROAD, text)) {
    const digits = m.text.replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15) found.push(candidate('phone', m));
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
