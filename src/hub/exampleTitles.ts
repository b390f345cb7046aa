/**
 * A worked example's title as a page in `lang` shows it: on a Welsh page its Welsh title where it has
 * been translated, else its English one, then marked as English (`lang`). Without the "Worked
 * example:" prefix, for lists of examples.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE, langAttribute, type Language } from '../i18n/languages';

export async function exampleTitles(
  lang: Language,
): Promise<(entry: CollectionEntry<'examples'>) => { title: string; lang?: string }> {
  const translated = new Map<string, string>(
    lang === 'cy' ? (await getCollection('examplesCy')).map((e) => [e.id, e.data.title] as const) : [],
  );
  return (entry) => {
    const welsh = translated.get(entry.id);
    if (welsh) return { title: welsh };
    const title = entry.data.title.replace(/^Worked example: /, '');
    const textLang = langAttribute(DEFAULT_LANGUAGE, lang);
    return textLang ? { title, lang: textLang } : { title };
  };
}
