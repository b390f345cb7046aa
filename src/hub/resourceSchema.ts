/**
 * Frontmatter schemas for every resource type. One base schema, extended per type, so shared
 * fields cannot drift apart. Plain zod: used by `src/content.config.ts` and by the content tests.
 */
import { z } from 'zod';
import { SECTION_IDS as PLANNER_SECTION_IDS } from '../planner/schema/planVocabulary';
import { AUDIENCE_IDS, SECTION_IDS, TOPIC_IDS } from './taxonomy';

/**
 * Sites that re-publish other people's work: press-release reposts, document-upload sites,
 * bookshops and aggregators. A practitioner should reach the original (publisher, DOI,
 * legislation.gov.uk), so a source linking here fails the schema. The only list of them.
 */
export const REHOSTING_HOSTS = [
  'politics.co.uk',
  'vulnerability360.org.uk',
  'therapeuticfostering.co.uk',
  'scribd.com',
  'pdfslide.net',
  'docplayer.net',
  'docslib.org',
  'dokumen.tips',
  'fdocuments.net',
  'vdocuments.net',
  'vdocuments.site',
  'vdocuments.mx',
  'vdocuments.us',
  'cupdf.com',
  'pdf4pro.com',
  'docsbay.net',
  '1library.net',
  'readkong.com',
  'slideplayer.com',
  'paperexplained.cn',
  'kriso.lv',
  'amazon.co.uk',
  'amazon.com',
] as const;

/** True when the link points at one of the re-hosting sites or a subdomain of one. */
export function isRehosted(url: string): boolean {
  // zod runs refinements even on a malformed link; the format check reports that one.
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.replace(/^www\./, '');
  return REHOSTING_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** A calendar day written YYYY-MM-DD. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `day` is written YYYY-MM-DD and exists on the calendar (not 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  const m = ISO_DAY.exec(day);
  if (!m) return false;
  const [year, month, date] = m.slice(1).map(Number);
  const d = new Date(Date.UTC(year, month - 1, date));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date;
}

/**
 * Today's date where it is latest on Earth (UTC+14), YYYY-MM-DD: a page read today counts as read
 * today whatever the author's time zone, and a day that has not begun anywhere counts as the future.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The day an undated web page was read: a real date, not in the future. */
const accessedDay = z.preprocess(
  // Astro's YAML reads an unquoted 2026-12-02 as a Date (midnight UTC); the content tests read text.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().superRefine((day, ctx) => {
    if (!isCalendarDay(day))
      ctx.addIssue({ code: 'custom', message: 'Write the day the page was read as a real date, YYYY-MM-DD' });
    else if (day > latestToday())
      ctx.addIssue({ code: 'custom', message: 'The day a page was read cannot be in the future' });
  }),
);

/** Refinements on year and accessed also run when another field (say the link) is wrong. */
const whenObject = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/**
 * A work a page cites. Either dated (`year`) or, for a web page that shows no date, undated with the
 * day it was read (`accessed`): exactly one of the two, so no year is ever guessed.
 */
export const sourceSchema = z
  .object({
    /** Title of the report, page, article or provision, spelled the same on every page that cites it. */
    title: z.string().min(3),
    /** Organisation or authors that published it, spelled the same on every page that cites it. */
    publisher: z.string().min(2),
    /** Year of publication (for legislation, the year it was made or enacted), as shown by the source. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** For a web page that shows no date only: the day it was read, YYYY-MM-DD. */
    accessed: accessedDay.optional(),
    /** Where to read the original over https: the publisher, a DOI or legislation.gov.uk. */
    url: z
      .url({ protocol: /^https$/, error: 'Link the source with an https address' })
      .refine((url) => !isRehosted(url), 'Link the original, not a re-hosted copy'),
  })
  .refine((s) => s.year !== undefined || s.accessed !== undefined, {
    ...whenObject,
    path: ['year'],
    message:
      'Give the year the source was published or, for a web page that shows no date, the day it was read (accessed: YYYY-MM-DD)',
  })
  .refine((s) => s.year === undefined || s.accessed === undefined, {
    ...whenObject,
    path: ['accessed'],
    message: 'A source is dated (year) or an undated page (accessed), not both',
  });
export type Source = z.infer<typeof sourceSchema>;

export const baseResourceSchema = z.object({
  /** Page title and `h1`. */
  title: z.string().min(3).max(120),
  /** One or two sentences shown in listings and search results. */
  summary: z.string().min(20).max(200),
  /** Which of the hub's three sections the resource belongs to. */
  section: z.enum(SECTION_IDS),
  /** Who it is written for; at least one. */
  audiences: z.array(z.enum(AUDIENCE_IDS)).min(1),
  /** What it is about; at least one. */
  topics: z.array(z.enum(TOPIC_IDS)).min(1),
  /** Date the content was last reviewed or changed (YYYY-MM-DD). */
  updated: z.coerce.date(),
  /** Works the page draws on, listed and numbered at its foot; every resource lists at least one. */
  sources: z.array(sourceSchema).min(1, 'List at least one source'),
  /** Shown before the content when it covers distressing material. */
  contentNote: z.string().min(10).optional(),
  /** True for composite voices and worked examples: people and events are invented. */
  fictional: z.boolean().default(false),
});

export const briefingSchema = baseResourceSchema.extend({
  type: z.literal('briefing').default('briefing'),
});

export const guideSchema = baseResourceSchema.extend({
  type: z.literal('guide').default('guide'),
  /** The plan builder section this guide explains, if any (the builder links back to the guide). */
  plannerSection: z.enum(PLANNER_SECTION_IDS).optional(),
});

export const voiceSchema = baseResourceSchema.extend({
  type: z.literal('voice').default('voice'),
  fictional: z.literal(true, 'Voices on this hub are composites: set fictional: true'),
  contentNote: z.string().min(10, 'Composite voices need a content note'),
  /** Who is speaking, e.g. "An adopted young person, 16". */
  speaker: z.string().min(3),
});

export const exampleSchema = baseResourceSchema.extend({
  type: z.literal('example').default('example'),
  fictional: z.literal(true, 'Worked examples are fictional: set fictional: true'),
  /** Id of the example plan in `src/planner/examples/` that opens in the builder. */
  plan: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
});

export const activitySchema = z.object({
  title: z.string().min(3),
  minutes: z.number().int().min(1).max(240),
  /** What the trainer and group do, in a sentence or two. */
  summary: z.string().min(10),
  /**
   * What an input puts on screen in session mode, one point at a time: a finding, a quote or an idea,
   * each with `source`, the title of one of the session's `sources`. Default none.
   */
  points: z.array(z.object({ text: z.string().min(10).max(280), source: z.string().min(3) })).default([]),
  /** Discussion prompts shown one at a time in session mode. */
  prompts: z.array(z.string().min(5)).default([]),
});

export const sessionSchema = baseResourceSchema.extend({
  type: z.literal('session').default('session'),
  /** What participants will be able to do afterwards. */
  aims: z.array(z.string().min(5)).min(1),
  /** The session's activities, in order; their minutes add up to the session length. */
  activities: z.array(activitySchema).min(2),
  /** The one-page handout printed for participants. */
  handout: z.object({
    title: z.string().min(3),
    intro: z.string().min(10),
    points: z.array(z.string().min(5)).min(3).max(10),
    questions: z.array(z.string().min(5)).default([]),
  }),
});

/**
 * How a Welsh page or handout came to be, in its front matter: machine-made until a qualified
 * Welsh translator has reviewed it (never claim a review that has not happened), and which
 * English version it translates, so a later change to the English shows the Welsh is behind.
 */
export const translationSchema = z.object({
  by: z.enum(['machine', 'translator']),
  /** The qualified translator who reviewed it, or null while nobody has. */
  reviewedBy: z.string().min(3).nullable(),
  /** The English page's `updated` date that this translates. */
  fromEnglishUpdated: z.coerce.date(),
});

/** Each Welsh page is its English page's front matter, in Welsh, with how it was translated. */
export const withTranslation = <Shape extends z.core.$ZodShape>(schema: z.ZodObject<Shape>) =>
  schema.extend({ translation: translationSchema });

/** A session's handout in Welsh (the session plan itself may stay in English). */
export const handoutTranslationSchema = z.object({
  title: z.string().min(3),
  intro: z.string().min(10),
  points: z.array(z.string().min(5)).min(3).max(10),
  questions: z.array(z.string().min(5)).default([]),
  translation: translationSchema,
});

/** One card of a printable activity material: what or who it is, and a few short lines. */
const materialCardSchema = z.object({
  /** A small label above the title, such as a role ("Child") or a group. */
  label: z.string().min(2).optional(),
  /** The card's main words: a purpose, or a made-up name and age. */
  title: z.string().min(2),
  /** Short paragraphs under the title. */
  lines: z.array(z.string().min(3)).max(6).default([]),
});

/**
 * The words of a printable activity material (src/content/materials/<sheet id>.yaml): its cards, in
 * the order they print. The sheet's frame (title, guide, cutting line) is in the message catalogue.
 */
export const materialSchema = z.object({
  /** When the words last changed: a Welsh version names the date it translates. */
  updated: z.coerce.date(),
  cards: z.array(materialCardSchema).min(1),
});

/** A material's words in Welsh (src/content/cy/materials/<sheet id>.yaml): the same cards, in order. */
export const materialTranslationSchema = materialSchema.omit({ updated: true }).extend({
  translation: translationSchema,
});

export const glossaryTermSchema = z.object({
  /** The term as it should appear in the glossary. */
  term: z.string().min(2),
  /** Plain-English definition. */
  definition: z.string().min(20),
  /** Ids of related terms. */
  seeAlso: z.array(z.string()).default([]),
});

export type BriefingData = z.infer<typeof briefingSchema>;
export type ResourceData =
  | z.infer<typeof briefingSchema>
  | z.infer<typeof guideSchema>
  | z.infer<typeof voiceSchema>
  | z.infer<typeof exampleSchema>
  | z.infer<typeof sessionSchema>;
