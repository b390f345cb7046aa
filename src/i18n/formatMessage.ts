/**
 * Formats one catalogue message: `{name}` placeholders, and plural forms chosen by
 * `Intl.PluralRules`. A small helper of our own rather than a message-format library: the
 * catalogue needs only placeholders and plurals, and this is ~1 KB where intl-messageformat adds
 * ~15 KB gzip to the builder's first load (see README, "Words and languages").
 *
 * A plural message is an object of forms keyed by CLDR category (`zero`, `one`, `two`, `few`,
 * `many`, `other`) or by an exact count (`=0`, `=1`, `=2`, ...); the `count` parameter picks the
 * form: an exact match first, then the language's category, then `other`. Welsh's six categories
 * need only forms in its catalogue, and its one rule below (`pluralCategory`).
 */

export type PluralForms = { other: string } & Partial<
  Record<'zero' | 'one' | 'two' | 'few' | 'many' | `=${number}`, string>
>;
export type Message = string | PluralForms;
export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

/**
 * Welsh's cardinal plural rule, CLDR's (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html#cy),
 * written out because browsers need not know Welsh: Chromium has none and would choose English's
 * categories on a Welsh page, while the build (Node, full ICU) chooses Welsh's. With this rule the
 * page's script and the build word a count the same.
 */
const WELSH_PLURALS: Partial<Record<number, Intl.LDMLPluralRule>> = {
  0: 'zero',
  1: 'one',
  2: 'two',
  3: 'few',
  6: 'many',
};
const welshPlural = (count: number): Intl.LDMLPluralRule => WELSH_PLURALS[Math.abs(count)] ?? 'other';

/** The CLDR plural category of `count` in `locale`: Welsh by its rule above, other languages by Intl. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  if (locale.split('-')[0].toLowerCase() === 'cy') return welshPlural(count);
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
}

/** The form of a plural message for `count` in `locale`. */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  const exact = forms[`=${count}`];
  if (exact !== undefined) return exact;
  return forms[pluralCategory(count, locale) as keyof PluralForms] ?? forms.other;
}

/**
 * Fills a message's placeholders. Numbers are written the locale's way (1,440 in English). A
 * placeholder with no parameter is left as it is, so a missing parameter shows rather than vanishes.
 */
export function formatMessage(message: Message, params: MessageParams | undefined, locale: string): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = params?.count;
    if (typeof count !== 'number') throw new Error('A plural message needs a numeric "count" parameter');
    text = pluralForm(message, count, locale);
  }
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number'
      ? cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value)
      : value;
  });
}

/** The placeholder names a message uses, in any of its forms. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(PLACEHOLDER)].map((m) => m[1])));
}
