/**
 * Every resource of every type, normalised for listings, facets and related links.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords } from './wordCount';
import { TYPES, type Audience, type ResourceType, type Section, type Topic } from './taxonomy';

export type ResourceCollection = 'briefings' | 'guides' | 'voices' | 'examples' | 'sessions';
export type ResourceEntry = CollectionEntry<ResourceCollection>;

export interface Resource {
  entry: ResourceEntry;
  type: Exclude<ResourceType, 'glossary'>;
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

export const resourceUrl = (type: Resource['type'], id: string) => `/${TYPES[type].path}/${id}/`;

let cache: Promise<Resource[]> | undefined;

/** All resources, newest first, then by title. */
export function getResources(): Promise<Resource[]> {
  cache ??= Promise.all(COLLECTIONS.map((c) => getCollection(c))).then((lists) =>
    lists
      .flat()
      .map((entry): Resource => ({
        entry,
        type: entry.data.type,
        url: resourceUrl(entry.data.type, entry.id),
        title: entry.data.title,
        summary: entry.data.summary,
        section: entry.data.section,
        audiences: entry.data.audiences,
        topics: entry.data.topics,
        updated: entry.data.updated,
        readingMinutes: Math.max(1, Math.round(countWords(entry.body ?? '') / 200)),
        fictional: entry.data.fictional,
      }))
      .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title)),
  );
  return cache;
}

/** Up to `limit` other resources, ranked by shared topics, then same section, then newest. */
export function relatedTo(resource: Resource, all: Resource[], limit = 3): Resource[] {
  const score = (r: Resource) =>
    r.topics.filter((t) => resource.topics.includes(t)).length * 2 + (r.section === resource.section ? 1 : 0);
  return all
    .filter((r) => r.url !== resource.url && score(r) > 1)
    .map((r) => ({ r, s: score(r) }))
    .sort((a, b) => b.s - a.s || b.r.updated.getTime() - a.r.updated.getTime())
    .slice(0, limit)
    .map(({ r }) => r);
}

/** A resource's `updated` date as YYYY-MM-DD: for `<time datetime>` and the translator's `date`. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
