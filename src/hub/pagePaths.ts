/**
 * The pages of each dynamic route, shared by its English file and its Welsh twin under src/pages/cy/
 * (Astro asks each page file for its own `getStaticPaths`). The same paths in both languages: the
 * props name what a page shows, and the page reads the words in its own language.
 */
import { getCollection } from 'astro:content';
import { getResources, type Resource } from './resources';
import { pageNumbers, pageParam } from './pagination';
import { AUDIENCE_IDS, SECTION_IDS, TOPIC_IDS, TYPES } from './taxonomy';
import { ACTIVITY_SHEETS } from '../trainer/activitySheets';

const LISTED_TYPES: Resource['type'][] = ['briefing', 'guide', 'voice', 'example', 'session'];

/**
 * A listing's pages (src/hub/pagination.ts): for each listing, one path per page of the resources it
 * keeps, the first at the listing's own address and the rest at `page/<n>/` (a `[...page]` parameter).
 * Counted in English: a Welsh listing lists the same resources.
 */
async function listingPages<Key extends Record<string, string>>(
  listings: { key: Key; keeps: (r: Resource) => boolean }[],
) {
  const all = await getResources();
  return listings.flatMap(({ key, keeps }) =>
    pageNumbers(all.filter(keeps).length).map((page) => ({
      params: { ...key, page: pageParam(page) },
      props: { ...key, page },
    })),
  );
}

/** /resources/: every resource. */
export const resourcesListingPaths = () => listingPages([{ key: {}, keeps: () => true }]);

/** /<type>/: a listing per resource type; its first page (the rest are `typeListingLaterPaths`). */
export const typeListingPaths = () =>
  LISTED_TYPES.map((type) => ({ params: { type: TYPES[type].path }, props: { type, page: 1 } }));

/**
 * /<type>/page/<n>/: a type listing's pages after the first, in a route of their own, since
 * `/<type>/[...id]` is every resource's page.
 */
export async function typeListingLaterPaths() {
  const all = await getResources();
  return LISTED_TYPES.flatMap((type) =>
    pageNumbers(all.filter((r) => r.type === type).length)
      .slice(1)
      .map((page) => ({ params: { type: TYPES[type].path, page: String(page) }, props: { type, page } })),
  );
}

/** /<type>/<id>/: every resource's page. */
export async function resourcePaths() {
  return (await getResources()).map((r) => ({
    params: { type: TYPES[r.type].path, id: r.entry.id },
    props: { type: r.type, id: r.entry.id },
  }));
}

export const sectionPaths = () =>
  listingPages(SECTION_IDS.map((section) => ({ key: { section }, keeps: (r) => r.section === section })));
export const audiencePaths = () =>
  listingPages(AUDIENCE_IDS.map((audience) => ({ key: { audience }, keeps: (r) => r.audiences.includes(audience) })));
export const topicPaths = () =>
  listingPages(TOPIC_IDS.map((topic) => ({ key: { topic }, keeps: (r) => r.topics.includes(topic) })));

/** /training/<id>/…: a session's session mode, presenter view and handout. */
export async function sessionPaths() {
  return (await getCollection('sessions')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** /training/sheets/<sheet>/: each printable activity sheet. */
export const sheetPaths = () => ACTIVITY_SHEETS.map((sheet) => ({ params: { sheet: sheet.id }, props: { sheet } }));

/** /training/cases/<plan>/: each worked example's case without answers, by its plan file's name. */
export async function casePaths() {
  return (await getCollection('examples'))
    .filter((entry) => entry.data.plan)
    .map((entry) => ({ params: { plan: entry.data.plan as string }, props: { entry } }));
}
/** /letters/write/ and /letters/check/: the letter pages (issue 15). */
export const letterPagePaths = () =>
  (['write', 'check'] as const).map((page) => ({ params: { page }, props: { page } }));
