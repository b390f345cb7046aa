/**
 * The plan retold for two readers who need their own words: the child (in words for their age) and
 * a birth relative who needs easy read. Each is a list of points, a picture beside each, with key
 * words marked strong, built from the same plan as every other reading: names as the copy for that
 * family shows them (planAnswers' `reader`), only the arrangements and support that concern the
 * reader, and nothing written freely that the families' copies do not already hold (so the copy
 * findings of answers/copyFindings.ts cover them).
 *
 * Pure: no pdf-lib and no DOM; pdf/editionDocument.ts draws these points.
 */
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';
import type { PictureId } from '../pictures/pictures';
import type { ArrangementForm } from '../schema/planVocabulary';
import type { Arrangement, Person, PlanContent } from '../schema/planSchema';
import { durationWords, firstName, nameInCopy, personInCopy } from './planAnswers';
import { copyFindings, itemForRelative, relativeNameInCopy, type CopyFinding } from './copyFindings';

/** A stretch of words; strong ones are the key words, drawn bold. */
export interface Run {
  text: string;
  strong?: boolean;
}
/** One sentence: one idea. */
export type Sentence = Run[];

export interface Point {
  picture: PictureId;
  sentences: Sentence[];
  /**
   * The answers whose words the point prints as written (their keys in planAnswers), so the copy
   * findings in them are the edition's to settle.
   */
  answers?: string[];
}

export interface EditionSection {
  heading: string;
  points: Point[];
}

export interface EditionReading {
  /** The title on page one. */
  title: string;
  sections: EditionSection[];
}

/** The child's age band: the words and type size of the child's plan. */
export const AGE_BANDS = ['under8', '8to12', 'teen'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The age band for a child born on `dateOfBirth` (YYYY-MM-DD), on the day `on` (YYYY-MM-DD):
 * under 8, 8 to 12, 13 and over. Undefined without a date of birth: the person making the plan says.
 */
export function ageBandOn(dateOfBirth: string, on: string): AgeBand | undefined {
  const born = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  if (!born || !day) return undefined;
  const [by, bm, bd] = born.slice(1).map(Number);
  const [y, m, d] = day.slice(1).map(Number);
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 0) return undefined;
  return age < 8 ? 'under8' : age <= 12 ? '8to12' : 'teen';
}

/**
 * A message with key words between double asterisks ("You will **meet** {names}.") as runs. The
 * values put into it are the plan's words: asterisks in them are dropped so they cannot mark words.
 */
export function sentence(i18n: Translator, key: MessageKey, params: Record<string, string | number> = {}): Sentence {
  const clean = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\*/g, '') : v]),
  );
  return i18n
    .t(key, clean)
    .split('**')
    .map((text, i) => ({ text, ...(i % 2 === 1 ? { strong: true } : {}) }))
    .filter((run) => run.text !== '');
}

/** "March 2027" for a YYYY-MM-DD date; empty when there is none. */
function monthAndYear(i18n: Translator, iso: string | undefined): string {
  const match = /^(\d{4})-(\d{2})/.exec(iso ?? '');
  return match ? i18n.t('plan.edition.monthYear', { month: i18n.month(Number(match[2])), year: match[1] }) : '';
}

/** The picture for an arrangement's main way of keeping in touch. */
const FORM_PICTURE: Record<ArrangementForm, PictureId> = {
  meet_up: 'meet_up',
  postal_exchange: 'postal_exchange',
  digital_exchange: 'digital_exchange',
  phone_video: 'phone_video',
  social_media: 'social_media',
  news_via_agency: 'news_via_agency',
  none_now: 'none_now',
};

/** How often and when, in both editions' words; how long, in each edition's own. */
function whenSentences(i18n: Translator, a: Arrangement, prefix: 'child' | 'easyRead'): Sentence[] {
  const out: Sentence[] = [];
  if (a.frequency) out.push(sentence(i18n, `plan.edition.often.${a.frequency.per}`, { count: a.frequency.count }));
  const months = a.months?.length ? a.months : (a.writtenExchange?.dueMonths ?? []);
  if (months.length)
    out.push(sentence(i18n, 'plan.edition.months', { months: i18n.andList(months.map((m) => i18n.month(m))) }));
  const length = durationWords(i18n, a.durationMinutes);
  if (length) out.push(sentence(i18n, `plan.edition.${prefix}.length`, { length }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The child's plan

/** What the child calls someone: the name they use, else their name as the adoptive family's copy shows it. */
const childsNameFor = (plan: PlanContent, person: Person, i18n: Translator): string =>
  person.nameChildUses?.trim() || nameInCopy(plan, person, i18n, 'adoptive');

/** Someone in a sentence: by name, or where the copy leaves their name out, by their part ("the birth mother"). */
function inSentence(
  name: string,
  plan: PlanContent,
  person: Person,
  i18n: Translator,
  reader: 'adoptive' | 'birth',
): string {
  const part = personInCopy(plan, person, i18n, reader)[1].toLocaleLowerCase(i18n.locale);
  const key = reader === 'adoptive' ? 'plan.edition.child.yourPart' : 'plan.edition.easyRead.thePart';
  return name || i18n.t(key, { part });
}

/** The people in the plan as the child knows them, for the eco-map of the child's plan (unnamed: by their part). */
export function peopleAsChildKnowsThem(plan: PlanContent, i18n: Translator): PlanContent {
  return { ...plan, people: plan.people.map((p) => ({ ...p, name: childsNameFor(plan, p, i18n) })) };
}

function childArrangementPoint(plan: PlanContent, a: Arrangement, band: AgeBand, i18n: Translator): Point {
  const k = (key: string) => `plan.edition.child.${key}` as MessageKey;
  const people = a.personIds.flatMap((id) => plan.people.filter((p) => p.id === id));
  const names = i18n.andList(people.map((p) => inSentence(childsNameFor(plan, p, i18n), plan, p, i18n, 'adoptive')));
  // The names the child uses are printed as written.
  const answers = people.filter((p) => p.nameChildUses?.trim()).map((p) => `people.${p.id}.nameChildUses`);
  const sentences: Sentence[] = [sentence(i18n, k(`form.${a.form}`), { names })];
  if (a.agreement === 'asked_for') sentences.push(sentence(i18n, k('askedFor')));
  else if (a.form === 'none_now') {
    if (band !== 'under8') sentences.push(sentence(i18n, k('noneNow.ask')));
  } else {
    sentences.push(...whenSentences(i18n, a, 'child'));
    if (band !== 'under8' && a.organiser) sentences.push(sentence(i18n, k(`organiser.${a.organiser}`)));
    for (const also of a.alsoForms ?? []) sentences.push(sentence(i18n, k(`also.${also}`)));
  }
  if (a.childWords?.trim()) {
    sentences.push(sentence(i18n, k('inYourWords'), { words: a.childWords.trim() }));
    answers.push(`arrangements.${a.id}.childWords`);
  }
  return { picture: FORM_PICTURE[a.form], sentences, answers };
}

/** The child's own plan, in the words of their age band. */
export function childPlanReading(plan: PlanContent, band: AgeBand, i18n: Translator): EditionReading {
  const k = (key: string) => `plan.edition.child.${key}` as MessageKey;
  const b = (key: string) => k(`${band}.${key}`);
  const name = firstName(plan.child.name);
  const sections: EditionSection[] = [
    {
      heading: i18n.t(b('about.heading')),
      points: [
        { picture: 'plan', sentences: [sentence(i18n, b('about.plan')), sentence(i18n, b('about.how'))] },
        { picture: 'feelings', sentences: [sentence(i18n, b('about.people'))] },
      ],
    },
    {
      heading: i18n.t(b('arrangements.heading')),
      points: plan.arrangements.map((a) => childArrangementPoint(plan, a, band, i18n)),
    },
  ];
  const help = plan.support.filter((s) => s.party === 'child');
  if (band !== 'under8' && help.length)
    sections.push({
      heading: i18n.t(b('support.heading')),
      points: help.map((s) => ({
        picture: 'support',
        sentences: [sentence(i18n, k('support.item'), { help: s.description.trim() })],
        answers: [`support.${s.id}.description`],
      })),
    });
  const review = monthAndYear(i18n, plan.review.nextDate);
  sections.push({
    heading: i18n.t(b('review.heading')),
    points: [
      ...(review
        ? [{ picture: 'review' as const, sentences: [sentence(i18n, b('review.when'), { when: review })] }]
        : []),
      { picture: 'talk', sentences: [sentence(i18n, b('talk.worries')), sentence(i18n, b('talk.change'))] },
    ],
  });
  return {
    title: name ? i18n.t(b('title'), { name }) : i18n.t(b('titleNoName')),
    sections,
  };
}

// ---------------------------------------------------------------------------------------------
// Easy read, for a birth relative

function easyReadArrangementPoint(
  plan: PlanContent,
  a: Arrangement,
  forId: string,
  child: string,
  i18n: Translator,
): Point {
  const k = (key: string) => `plan.edition.easyRead.${key}` as MessageKey;
  const key = `arrangements.${a.id}`;
  const others = a.personIds.flatMap((id) => {
    if (id === forId) return [];
    const person = plan.people.find((p) => p.id === id);
    return person ? [inSentence(nameInCopy(plan, person, i18n, 'birth'), plan, person, i18n, 'birth')] : [];
  });
  const point: Point = { picture: FORM_PICTURE[a.form], sentences: [sentence(i18n, k(`form.${a.form}`), { child })] };
  const { sentences } = point;
  const answers: string[] = [];
  /** A sentence that prints an answer as written. */
  const asWritten = (field: string, message: string, params: Record<string, string>) => {
    sentences.push(sentence(i18n, k(message), params));
    answers.push(`${key}.${field}`);
  };
  if (others.length) sentences.push(sentence(i18n, k('withOthers'), { names: i18n.andList(others) }));
  if (a.agreement === 'asked_for') sentences.push(sentence(i18n, k('askedFor')));
  else if (a.form === 'none_now') {
    if (a.noneReason?.trim()) asWritten('noneReason', 'noneNow.why', { why: a.noneReason.trim() });
  } else {
    sentences.push(...whenSentences(i18n, a, 'easyRead'));
    for (const also of a.alsoForms ?? []) sentences.push(sentence(i18n, k(`also.${also}`)));
    const written = a.writtenExchange;
    if (written?.route.trim()) asWritten('route', 'route', { route: written.route.trim() });
    if (written?.photos) sentences.push(sentence(i18n, k(`photos.${written.photos}`)));
    if (written?.signOffAs.trim()) asWritten('signOffAs', 'signOffAs', { signOffAs: written.signOffAs.trim() });
  }
  return { ...point, answers };
}

/** The plan in easy read for the birth relative `forId`: what concerns them, one idea a sentence. */
export function easyReadReading(plan: PlanContent, forId: string, i18n: Translator): EditionReading {
  const k = (key: string) => `plan.edition.easyRead.${key}` as MessageKey;
  const relative = plan.people.find((p) => p.id === forId);
  const reader = relative ? relativeNameInCopy(plan, relative, i18n) : '';
  const shared = plan.protectedDetails?.childFirstNameShared ? firstName(plan.child.name) : '';
  const child = shared || i18n.t(k('theChild'));
  const arrangements = plan.arrangements.filter((a) => itemForRelative(plan, 'arrangements', a.id, forId));
  const help = plan.support.filter((s) => itemForRelative(plan, 'support', s.id, forId));
  const review = monthAndYear(i18n, plan.review.nextDate);
  const sections: EditionSection[] = [
    {
      heading: i18n.t(k('about.heading')),
      points: [
        {
          picture: 'plan',
          sentences: [sentence(i18n, k('about.plan')), sentence(i18n, k('about.for'), { name: reader })],
        },
        { picture: 'child', sentences: [sentence(i18n, k('about.child'), { child }), sentence(i18n, k('about.says'))] },
      ],
    },
    {
      heading: i18n.t(k('arrangements.heading')),
      points: arrangements.length
        ? arrangements.map((a) => easyReadArrangementPoint(plan, a, forId, child, i18n))
        : [{ picture: 'none_now', sentences: [sentence(i18n, k('arrangements.none'))] }],
    },
  ];
  if (help.length)
    sections.push({
      heading: i18n.t(k('support.heading')),
      points: help.map((s) => ({
        picture: 'support' as const,
        sentences: [
          sentence(i18n, k('support.item')),
          sentence(i18n, k('support.what'), { help: s.description.trim() }),
        ],
        answers: [`support.${s.id}.description`],
      })),
    });
  sections.push({
    heading: i18n.t(k('review.heading')),
    points: [
      ...(review
        ? [
            {
              picture: 'review' as const,
              sentences: [sentence(i18n, k('review.when'), { when: review }), sentence(i18n, k('review.say'))],
            },
          ]
        : []),
      { picture: 'worker', sentences: [sentence(i18n, k('talk.questions')), sentence(i18n, k('talk.change'))] },
    ],
  });
  return { title: shared ? i18n.t(k('title'), { child: shared }) : i18n.t(k('titleNoName')), sections };
}

// ---------------------------------------------------------------------------------------------
// Either edition

/**
 * How the child's plan and easy read are worded: for the child in their age band (a copy the
 * adoptive family keeps), or in easy read for a birth relative.
 */
export type Wording = { kind: 'child'; ageBand: AgeBand } | { kind: 'easyRead' };

/** The edition `wording` makes of the plan; easy read is for the birth relative `forId`. */
export function editionReading(plan: PlanContent, wording: Wording, i18n: Translator, forId = ''): EditionReading {
  return wording.kind === 'child' ? childPlanReading(plan, wording.ageBand, i18n) : easyReadReading(plan, forId, i18n);
}

/**
 * What the edition would print that its reader's family must not have: the copy findings (as for
 * that family's copy) in the answers it prints as written. The names it prints are already as that
 * family's copy shows them.
 */
export function editionFindings(plan: PlanContent, wording: Wording, i18n: Translator, forId?: string): CopyFinding[] {
  const printed = new Set(
    editionReading(plan, wording, i18n, forId).sections.flatMap((s) => s.points.flatMap((p) => p.answers ?? [])),
  );
  const reader = wording.kind === 'child' ? 'adoptive' : 'birth';
  return copyFindings(plan, reader, i18n, forId).filter((f) => printed.has(f.row.key));
}
