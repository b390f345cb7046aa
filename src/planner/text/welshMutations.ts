/**
 * Welsh initial mutations, for finding a listed name or place as a Welsh sentence writes it: "Gwen"
 * as "Wen" after "i", "Caerdydd" as "Nghaerdydd" after "yng", "Tomos" as "Thomos" after "a". Only
 * the mutations of the word's first consonant and the words that cause them; the checker accepts a
 * mutated form only straight after one of those words. Works on folded words (./foldedWords.ts).
 */
export type Mutation = 'soft' | 'nasal' | 'aspirate';

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
export const TRIGGERS: Record<Mutation, Set<string>> = {
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
export function mutationsOf(key: string): [form: string, mutation: Mutation][] {
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
