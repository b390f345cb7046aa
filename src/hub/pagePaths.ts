/**
 * The pages of each dynamic route, shared by its English file and its Welsh twin under src/pages/cy/
 * (Astro asks each page file for its own `getStaticPaths`). The same paths in both languages: the
 * props name what a page shows, and the page reads the words in its own language.
 */
import { getCollection } from 'astro:content';
import { getResources, type Resource } from './resources';
import { AUDIENCE_IDS, SECTION_IDS, TOPIC_IDS, TYPES } from './taxonomy';
import { ACTIVITY_SHEETS } from '../trainer/activitySheets';

const LISTED_TYPES: Resource['type'][] = ['briefing', 'guide', 'voice', 'example', 'session'];

/** /<type>/: a listing per resource type. */
export const typeListingPaths = () =>
  LISTED_TYPES.map((type) => ({ params: { type: TYPES[type].path }, props: { type } }));

/** /<type>/<id>/: every resource's page. */
export async function resourcePaths() {
  return (await getResources()).map((r) => ({
    params: { type: TYPES[r.type].path, id: r.entry.id },
    props: { type: r.type, id: r.entry.id },
  }));
}

export const sectionPaths = () => SECTION_IDS.map((section) => ({ params: { section }, props: { section } }));
export const audiencePaths = () => AUDIENCE_IDS.map((audience) => ({ params: { audience }, props: { audience } }));
export const topicPaths = () => TOPIC_IDS.map((topic) => ({ params: { topic }, props: { topic } }));

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
