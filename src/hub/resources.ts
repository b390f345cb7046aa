/**
 * Every resource of every type, normalised for listings, facets and related links, in a language:
 * in Welsh, a resource with a Welsh entry (src/content/cy/) takes its title, summary and body from
 * it; one without keeps its English words, and says so (`lang`), so a page can mark them as English.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords } from './wordCount';
import { TYPES, type Audience, type ResourceType, type Section, type Topic } from './taxonomy';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { localPath } from '../i18n/localPath';

export type ResourceCollection = 'briefings' | 'guides' | 'voices' | 'examples' | 'sessions';
export type ResourceEntry = CollectionEntry<ResourceCollection>;
/** The collections of Welsh pages: each entry has its English page's id. Sessions have none (their handouts do). */
type TranslationCollection = 'briefingsCy' | 'guidesCy' | 'voicesCy' | 'examplesCy';
export type TranslationEntry = CollectionEntry<TranslationCollection>;

export interface Resource {
  /** The English entry: taxonomy, dates and sources come from it. */
  entry: ResourceEntry;
  /** The entry in the page's language when that is not English and it has been translated. */
  translation?: TranslationEntry;
  /** The language of `title`, `summary` and the body a page shows: the page's, or English when untranslated. */
  lang: Language;
  type: Exclude<ResourceType, 'glossary'>;
  /** Its page in the language asked for. */
  url: string;
  title: string;
  summary: string;
  section: Section;
  audiences: Audience[];
  topics: Topic[];
  updated: Date;
  readingMinutes: number;
  fictional: boolean;
}

const COLLECTIONS: ResourceCollection[] = ['briefings', 'guides', 'voices', 'examples', 'sessions'];
const WELSH: Partial<Record<ResourceCollection, TranslationCollection>> = {
  briefings: 'briefingsCy',
  guides: 'guidesCy',
  voices: 'voicesCy',
  examples: 'examplesCy',
};

/** A resource's page path in English. */
export const resourceUrl = (type: Resource['type'], id: string) => `/${TYPES[type].path}/${id}/`;

const cache = new Map<Language, Promise<Resource[]>>();

async function translations(lang: Language): Promise<Map<string, TranslationEntry>> {
  if (lang === DEFAULT_LANGUAGE) return new Map();
  const lists = await Promise.all(Object.values(WELSH).map((c) => getCollection(c)));
  return new Map(lists.flat().map((e) => [`${e.collection}/${e.id}`, e]));
}

async function load(lang: Language): Promise<Resource[]> {
  const [lists, translated] = await Promise.all([
    Promise.all(COLLECTIONS.map((c) => getCollection(c))),
    translations(lang),
  ]);
  return lists
    .flat()
    .map((entry): Resource => {
      const welsh = WELSH[entry.collection];
      const translation = welsh ? translated.get(`${welsh}/${entry.id}`) : undefined;
      const words = translation ?? entry;
      return {
        entry,
        translation,
        lang: translation ? lang : DEFAULT_LANGUAGE,
        type: entry.data.type,
        url: localPath(resourceUrl(entry.data.type, entry.id), lang),
        title: words.data.title,
        summary: words.data.summary,
        section: entry.data.section,
        audiences: entry.data.audiences,
        topics: entry.data.topics,
        updated: entry.data.updated,
        readingMinutes: Math.max(1, Math.round(countWords(words.body ?? '') / 200)),
        fictional: entry.data.fictional,
      };
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
}

/** All resources in `lang` (English by default), newest first, then by title. */
export function getResources(lang: Language = DEFAULT_LANGUAGE): Promise<Resource[]> {
  let found = cache.get(lang);
  if (!found) cache.set(lang, (found = load(lang)));
  return found;
}

/** A resource's `updated` date as YYYY-MM-DD: for `<time datetime>` and the translator's `date`. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
