/**
 * One reading of the plan: every answer as a keyed, labelled row, section by section in the
 * schema's order, in the translator's language. Check your answers, each section's summary cards,
 * the PDF, the version diff and the blank template all render these rows and list no fields of
 * their own, so a field added here (with its words in the catalogue) reaches all of them.
 *
 * Pure: no React, no DOM.
 */
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';
import { ALL_QUESTIONS, questionsFor } from '../schema/arrangementQuestions';
import { exchangesOf, exchangeTally, writtenArrangements } from '../state/exchangeLog';
import { nameProtectedFrom, type Reader } from '../state/protectedDetails';
import {
  CONTINGENCY_TRIGGERS,
  DOCUMENT_LANGUAGES,
  EARLY_REVIEW_TRIGGERS,
  EXCHANGE_STEPS,
  FAMILY_SIDES,
  ALSO_FORMS,
  AGREEMENTS,
  FORMS,
  HEARING_METHODS,
  KNOWN_TO_CHILD,
  ORGANISERS,
  PERSON_SAFETY_FLAGS,
  PHOTOS,
  PRIORITIES,
  PROFESSIONAL_ROLES,
  PURPOSES,
  ROLE_RELATIONSHIPS,
  SECTION_IDS,
  NO_PROTECTED_DETAILS,
  SUPPORT_KINDS,
  SUPPORT_SPANS,
  SUPPORT_WHEN,
  VENUES,
  type Party,
  type SectionId,
} from '../schema/planVocabulary';
import type { Exchange, Person, PlanContent } from '../schema/planSchema';
import { SECTION_META } from '../schema/sections';

/** One answer. */
export interface AnswerRow {
  /** Stable across versions: `child.name`, `people.<id>.name`. The diff matches rows by it. */
  key: string;
  /** The schema fields this row shows, without item ids: `child.name`, `people.*.name`. */
  fields: string[];
  label: string;
  hint?: string;
  /** The answer as text; empty when not given. */
  value: string;
  /** For a several-answers choice: each chosen option, so changes show option by option. */
  chosen?: { id: string; text: string }[];
  /** Every option of a choice, for the blank template. */
  choices?: string[];
  /** Free text that keeps its line breaks. */
  multiline?: boolean;
}

/** One item of a list (a person, an arrangement, ...). */
export interface AnswerItem {
  /** Stable across versions: `people.<id>`. */
  key: string;
  id: string;
  /** What kind of item it is, for "Added: Person Nana Jean". */
  noun: string;
  /** Names this item on its own: a card's heading, the diff's "Person Nana Jean". */
  heading: string;
  rows: AnswerRow[];
}

export type AnswerPart =
  | { kind: 'rows'; heading?: string; rows: AnswerRow[] }
  | { kind: 'items'; heading?: string; list: string; items: AnswerItem[]; empty: string };

export interface SectionAnswers {
  section: SectionId;
  title: string;
  /** The planning template's step, for the six template steps. */
  step?: number;
  parts: AnswerPart[];
}

export interface AnswersOptions {
  /** Every question of every arrangement, whatever its form: the blank template's reading. */
  allQuestions?: boolean;
  /**
   * Whose copy this reading is for: a birth relative's (no adoptive family names) or the adoptive
   * family's (no birth relatives' names). The other family's people are named by their part, or by
   * their first name where the plan says both families know it; the agency record has no reader.
   */
  reader?: Reader;
}

/** A field's label and hint from the catalogue (`plan.<group>.<field>.label|hint`), for forms and rows alike. */
export function fieldWords(t: Translator['t'], group: string, field: string): { label: string; hint?: string } {
  const label = t(`plan.${group}.${field}.label` as MessageKey);
  const hintKey = `plan.${group}.${field}.hint` as MessageKey;
  const hint = t(hintKey);
  return hint === hintKey ? { label } : { label, hint };
}

/** A choice's options as [value, label] pairs, for radios, checkboxes and selects. */
export function optionList<T extends string>(
  t: Translator['t'],
  choice: string,
  values: readonly T[],
): [value: T, label: string][] {
  return values.map((value) => [value, t(`plan.option.${choice}.${value}` as MessageKey)]);
}

/** The first word of a name. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

/** Reads one plan for one language. */
class PlanReader {
  constructor(
    readonly plan: PlanContent,
    readonly i18n: Translator,
    readonly options: AnswersOptions,
  ) {}

  get t() {
    return this.i18n.t;
  }

  /** A field's label and hint from the catalogue: `plan.<group>.<field>.label|hint`. */
  words(group: string, field: string): { label: string; hint?: string } {
    return fieldWords(this.i18n.t, group, field);
  }

  row(
    key: string,
    fields: string | string[],
    words: { label: string; hint?: string },
    value: string | number | null | undefined,
    extra: Partial<AnswerRow> = {},
  ): AnswerRow {
    const text = value === null || value === undefined ? '' : String(value).trim();
    return { key, fields: typeof fields === 'string' ? [fields] : fields, ...words, value: text, ...extra };
  }

  option(choice: string, value: string | undefined): string {
    return value ? this.t(`plan.option.${choice}.${value}` as MessageKey) : '';
  }

  allOptions(choice: string, values: readonly string[]): string[] {
    return values.map((v) => this.option(choice, v));
  }

  /** A single choice: its label, and every option for the blank template. */
  choiceRow<T extends readonly string[]>(
    key: string,
    field: string,
    words: { label: string; hint?: string },
    choice: string,
    values: T,
    value: T[number] | undefined,
  ): AnswerRow {
    return this.row(key, field, words, this.option(choice, value), { choices: this.allOptions(choice, values) });
  }

  /** A several-answers choice: the options chosen, one by one. */
  choicesRow<T extends readonly string[]>(
    key: string,
    field: string | string[],
    words: { label: string; hint?: string },
    choice: string,
    values: T,
    chosen: readonly T[number][] | undefined,
    extra: Partial<AnswerRow> = {},
  ): AnswerRow {
    const list = (chosen ?? []).map((id) => ({ id, text: this.option(choice, id) }));
    return this.row(key, field, words, this.i18n.list(list.map((c) => c.text)), {
      chosen: list,
      choices: this.allOptions(choice, values),
      ...extra,
    });
  }

  date(iso: string | undefined): string {
    return this.i18n.date(iso);
  }

  /**
   * The name a person goes by in this reading: as written, or in the other family's copy only their
   * first name where both families know it, else nothing (they are named by their part).
   */
  nameOf(person: Person): string {
    const reader = this.options.reader;
    if (!reader || !nameProtectedFrom(person, reader)) return person.name;
    return this.plan.protectedDetails?.sharedFirstNameIds.includes(person.id) ? firstName(person.name) : '';
  }

  /** The child's name in this reading: in a birth relative's copy, only a first name they know. */
  childName(): string {
    const name = this.plan.child.name;
    if (this.options.reader !== 'birth') return name;
    return this.plan.protectedDetails?.childFirstNameShared ? firstName(name) : '';
  }

  relationship(person: Person): string {
    return person.relationship === 'other' && person.relationshipOther
      ? person.relationshipOther
      : this.option('relationship', person.relationship);
  }

  /** "Sarah (birth mother)", or a plain statement when the person has been removed. */
  personName(id: string | undefined): string {
    const person = this.plan.people.find((p) => p.id === id);
    if (!person) return this.t('plan.person.unknown');
    const name = this.nameOf(person);
    if (!name) return this.relationship(person);
    return this.t('plan.person.withRelationship', {
      name,
      relationship: this.relationship(person).toLocaleLowerCase(this.i18n.locale),
    });
  }

  /**
   * What part someone plays, in words: "Foster carer of Dafydd" for the carer of a brother or sister,
   * "Adoption support worker, Cardiff Council" for a professional, else their relationship.
   */
  partTheyPlay(person: Person): string {
    const role = person.role?.trim();
    if (person.relationship === 'sibling_carer') {
      const cared = this.plan.people.find((p) => p.id === person.caresForId);
      const caredName = cared && (this.nameOf(cared) || this.relationship(cared).toLocaleLowerCase(this.i18n.locale));
      if (caredName)
        return role
          ? this.t('plan.person.roleOf', { role, name: caredName })
          : this.t('plan.person.carerOf', { name: caredName });
    }
    if (role) {
      const agency = person.agency?.trim();
      return agency ? this.t('plan.person.roleAtAgency', { role, agency }) : role;
    }
    return this.relationship(person);
  }

  /**
   * Someone the plan names for a task: a person in the register ("Jo Bloggs (adoption support
   * worker)") and, or, a name or service as written; empty when neither is given.
   */
  named(personId: string | undefined, written: string | undefined): string {
    const text = written?.trim() ?? '';
    const who = personId ? this.personWithPart(personId) : '';
    return who && text ? this.i18n.list([who, text]) : who || text;
  }

  /** "Gwen (Foster carer of Dafydd)", "Jo (Social worker, Cardiff Council)", else "Sarah (birth mother)". */
  personWithPart(id: string): string {
    const person = this.plan.people.find((p) => p.id === id);
    if (!person) return this.t('plan.person.unknown');
    const part = this.partTheyPlay(person);
    const name = this.nameOf(person);
    return part === this.relationship(person) || !name
      ? this.personName(id)
      : this.t('plan.person.withRelationship', { name, relationship: part });
  }

  /** A choice and who exactly: "The agency's letterbox service: Jo Bloggs (letterbox coordinator)". */
  choiceNamed(choice: string, value: string | undefined, personId?: string, written?: string): string {
    const option = this.option(choice, value);
    const who = this.named(personId, written);
    return option && who ? this.t('plan.choiceNamed', { choice: option, who }) : option || who;
  }

  /** The role a signatory signed as: their part in the register when they are in it. */
  signatoryRole(s: PlanContent['signOff'][number]): string {
    const person = s.personId ? this.plan.people.find((p) => p.id === s.personId) : undefined;
    if (person && s.role !== 'social_worker' && s.role !== 'manager') return this.partTheyPlay(person);
    return s.role === 'other' && s.roleOther ? s.roleOther : this.option('signatoryRole', s.role);
  }

  /** Whose strength, support or view: "The adoptive parents", or a person's name. */
  partyName(party: Party, personId?: string): string {
    return party === 'person' ? this.personName(personId) : this.option('party', party);
  }

  /** The same, as it reads inside a sentence: "the adoptive parents". */
  partyInSentence(party: Party, personId?: string): string {
    return party === 'person' ? this.personName(personId) : this.option('partyInSentence', party);
  }
}

function frequencyText(r: PlanReader, f: { count: number; per: string } | undefined): string {
  return f ? r.t(`plan.frequency.${f.per}` as MessageKey, { count: f.count }) : '';
}

/** A length of time in words: "2 hours 30 minutes"; empty when not given. */
export function durationWords(i18n: Translator, minutes: number | undefined): string {
  if (!minutes) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours ? i18n.t('plan.duration.hours', { count: hours }) : '';
  const m = rest ? i18n.t('plan.duration.minutes', { count: rest }) : '';
  return h && m ? i18n.t('plan.duration.hoursAndMinutes', { hours: h, minutes: m }) : h || m;
}

const durationText = (r: PlanReader, minutes: number | undefined): string => durationWords(r.i18n, minutes);

function interpreterText(r: PlanReader, person: Person): string {
  if (person.interpreterNeeded === undefined) return '';
  if (!person.interpreterNeeded) return r.t('plan.person.interpreter.no');
  const language = person.interpreterLanguage?.trim();
  return language ? r.t('plan.person.interpreter.yesIn', { language }) : r.t('plan.person.interpreter.yes');
}

const rows = (list: AnswerRow[], heading?: string): AnswerPart => ({
  kind: 'rows',
  rows: list,
  ...(heading ? { heading } : {}),
});

/**
 * What each family's copies leave out (format 2): shown once the plan has any, and in the blank
 * template. Kept findings are one row each: the detail, and why it may stay.
 */
function protectedDetailsPart(r: PlanReader): AnswerPart[] {
  const pd = r.plan.protectedDetails;
  if (!pd && !r.options.allQuestions) return [];
  const d = pd ?? NO_PROTECTED_DETAILS;
  const w = (f: string) => r.words('protectedDetails', f);
  const field = (f: keyof typeof d, multiline = false) =>
    r.row(`protectedDetails.${f}`, `protectedDetails.${f}`, w(f), d[f] as string, multiline ? { multiline } : {});
  const sharedNames = r.plan.people.filter((p) => d.sharedFirstNameIds.includes(p.id)).map((p) => p.name);
  const kept = d.kept.map((k, i) =>
    r.row(
      `protectedDetails.kept.${i}`,
      ['protectedDetails.kept.*.text', 'protectedDetails.kept.*.reason', 'protectedDetails.kept.*.where'],
      { label: r.t('plan.protectedDetails.kept.label', { detail: k.text }) },
      k.reason,
    ),
  );
  return [
    rows(
      [
        field('surnames', true),
        field('childNewName'),
        field('address', true),
        field('town'),
        field('school'),
        field('otherAdoptive', true),
        field('otherBirth', true),
        r.row(
          'protectedDetails.childFirstNameShared',
          'protectedDetails.childFirstNameShared',
          w('childFirstNameShared'),
          pd ? r.t(d.childFirstNameShared ? 'plan.protectedDetails.yes' : 'plan.protectedDetails.no') : '',
        ),
        r.row(
          'protectedDetails.sharedFirstNameIds',
          'protectedDetails.sharedFirstNameIds',
          w('sharedFirstNameIds'),
          r.i18n.list(sharedNames),
        ),
        ...(kept.length || !r.options.allQuestions
          ? kept
          : [
              r.row(
                'protectedDetails.kept',
                ['protectedDetails.kept.*.text', 'protectedDetails.kept.*.reason', 'protectedDetails.kept.*.where'],
                { label: r.t('plan.protectedDetails.kept.templateLabel') },
                '',
              ),
            ]),
      ],
      r.t('plan.protectedDetails.heading'),
    ),
  ];
}

/** "March 2027" for `2027-03`. */
function monthOfYear(r: PlanReader, month: string): string {
  const [year, m] = month.split('-');
  return year && m ? r.t('plan.exchange.month', { month: r.i18n.month(Number(m)), year }) : '';
}

/** One logged exchange: the month it was due, the date of each step ("Not yet" until taken), notes. */
function exchangeItem(r: PlanReader, e: Exchange | undefined): AnswerItem {
  const key = `exchangeLog.${e?.id ?? 'template'}`;
  const w = (f: string) => r.words('exchange', f);
  const month = e ? monthOfYear(r, e.due) : '';
  return {
    key,
    id: e?.id ?? 'template',
    noun: r.t('plan.noun.exchange'),
    heading: month ? r.t('plan.exchange.heading', { month }) : r.t('plan.noun.exchange'),
    rows: [
      r.row(`${key}.due`, ['exchangeLog.*.due', 'exchangeLog.*.arrangementId'], w('due'), month),
      ...EXCHANGE_STEPS.map((step) =>
        r.row(
          `${key}.${step}`,
          `exchangeLog.*.${step}`,
          w(step),
          e && (r.date(e[step]) || r.t('plan.exchange.notYet')),
        ),
      ),
      r.row(`${key}.notes`, 'exchangeLog.*.notes', w('notes'), e?.notes, { multiline: true }),
    ],
  };
}

/** One arrangement's exchange log as the agency record reads it. */
export interface ArrangementLog {
  arrangementId: string;
  /** "Arrangement 2: Sarah (birth mother)", or one no longer in the plan. */
  title: string;
  /** How many were due, and how many reached each step, as a row. */
  tally: AnswerRow;
  items: AnswerItem[];
}

/** Each written arrangement's log, then that of any other arrangement the log names (ended, or no longer written). */
function arrangementLogs(r: PlanReader): ArrangementLog[] {
  const log = r.plan.exchangeLog ?? [];
  const ids = [...new Set([...writtenArrangements(r.plan).map((a) => a.id), ...log.map((e) => e.arrangementId)])];
  return ids.map((id) => {
    const index = r.plan.arrangements.findIndex((a) => a.id === id);
    const title =
      index === -1
        ? r.t('plan.exchangeLog.endedArrangement')
        : r.t('plan.arrangement.heading', {
            number: index + 1,
            names: r.i18n.list(r.plan.arrangements[index].personIds.map((pid) => r.personName(pid))),
          });
    const exchanges = exchangesOf(r.plan, id);
    const tally = exchangeTally(exchanges);
    const steps = EXCHANGE_STEPS.map((step) => r.t(`plan.exchangeLog.tally.${step}`, { count: tally[step] }));
    const value = tally.due
      ? r.t('plan.exchangeLog.tally', {
          due: r.t('plan.exchangeLog.tally.due', { count: tally.due }),
          steps: r.i18n.list(steps),
        })
      : r.t('plan.exchangeLog.none');
    return {
      arrangementId: id,
      title,
      tally: r.row(`exchangeLog.${id}.tally`, 'exchangeLog.*.arrangementId', { label: title }, value),
      items: exchanges.map((e) => exchangeItem(r, e)),
    };
  });
}

/**
 * The exchange log (format 2), in the review section so a review sees what actually happened under
 * each written-exchange arrangement: a count of each step, then every exchange. The agency's record
 * only: a family's reading never holds it. Shown once anything is logged, and in the blank template.
 */
function exchangeLogParts(r: PlanReader): AnswerPart[] {
  if (r.options.reader) return [];
  const heading = r.t('plan.exchangeLog.heading');
  if (r.options.allQuestions && !r.plan.exchangeLog?.length)
    return [{ kind: 'items', list: 'exchangeLog', heading, empty: '', items: [exchangeItem(r, undefined)] }];
  if (!r.plan.exchangeLog) return [];
  const logs = arrangementLogs(r);
  return [
    rows(
      logs.map((l) => l.tally),
      heading,
    ),
    ...logs.map((l): AnswerPart => ({
      kind: 'items',
      list: 'exchangeLog',
      heading: r.t('plan.exchangeLog.itemsHeading', { arrangement: l.title }),
      empty: r.t('plan.exchangeLog.empty'),
      items: l.items,
    })),
  ];
}

const SECTIONS: Record<SectionId, (r: PlanReader) => AnswerPart[]> = {
  child: (r) => {
    const { child: c, title, jurisdiction, documentLanguage } = r.plan;
    const w = (f: string) => r.words('child', f);
    return [
      rows([
        ...(title.trim() ? [r.row('title', 'title', { label: r.t('plan.title.label') }, title)] : []),
        r.row('child.name', 'child.name', w('name'), r.childName()),
        r.row('child.dateOfBirth', 'child.dateOfBirth', w('dateOfBirth'), r.date(c.dateOfBirth)),
        r.row('child.age', 'child.age', w('age'), c.age),
        r.row('child.placementDate', 'child.placementDate', w('placementDate'), r.date(c.placementDate)),
        r.row('child.orderDate', 'child.orderDate', w('orderDate'), r.date(c.orderDate)),
        r.row('child.heritage', 'child.heritage', w('heritage'), c.heritage),
        r.row('child.religion', 'child.religion', w('religion'), c.religion),
        r.row('child.languages', 'child.languages', w('languages'), c.languages),
        r.row('child.needs', 'child.needs', w('needs'), c.needs, { multiline: true }),
        r.row('child.communication', 'child.communication', w('communication'), c.communication, { multiline: true }),
        r.row('child.siblings', 'child.siblings', w('siblings'), c.siblings, { multiline: true }),
        r.choiceRow(
          'jurisdiction',
          'jurisdiction',
          w('jurisdiction'),
          'jurisdiction',
          ['england', 'wales'],
          jurisdiction,
        ),
        // Format 2: shown once answered, so a format 1 plan reads as before.
        ...(documentLanguage || r.options.allQuestions
          ? [
              r.choiceRow(
                'documentLanguage',
                'documentLanguage',
                w('documentLanguage'),
                'documentLanguage',
                DOCUMENT_LANGUAGES,
                documentLanguage,
              ),
            ]
          : []),
      ]),
    ];
  },

  purposes: (r) => {
    const p = r.plan.purposes;
    const w = (f: string) => r.words('purposes', f);
    // "Something else" reads as what was written for it.
    const chosen = p.selected.map((id) => ({
      id,
      text: id === 'other' && p.other.trim() ? p.other.trim() : r.option('purpose', id),
    }));
    return [
      rows([
        r.row(
          'purposes.selected',
          ['purposes.selected', 'purposes.other'],
          w('selected'),
          r.i18n.list(chosen.map((c) => c.text)),
          {
            chosen,
            choices: r.allOptions('purpose', PURPOSES),
          },
        ),
        r.row('purposes.summary', 'purposes.summary', w('summary'), p.summary, { multiline: true }),
        r.row('purposes.ifMeetingUnsafe', 'purposes.ifMeetingUnsafe', w('ifMeetingUnsafe'), p.ifMeetingUnsafe, {
          multiline: true,
        }),
      ]),
    ];
  },

  people: (r) => [
    {
      kind: 'items',
      list: 'people',
      empty: r.t('plan.people.empty'),
      items: r.plan.people.map((p) => {
        const key = `people.${p.id}`;
        const w = (f: string) => r.words('person', f);
        // Fields format 2 added are shown when answered (and in the blank template), not as "Not provided".
        const given = (row: AnswerRow): AnswerRow[] => (row.value || r.options.allQuestions ? [row] : []);
        return {
          key,
          id: p.id,
          noun: r.t('plan.noun.person'),
          heading: r.nameOf(p) || r.relationship(p),
          rows: [
            r.row(`${key}.name`, 'people.*.name', w('name'), r.nameOf(p)),
            r.row(
              `${key}.relationship`,
              ['people.*.relationship', 'people.*.relationshipOther'],
              w('relationship'),
              r.relationship(p),
            ),
            ...given(r.choiceRow(`${key}.side`, 'people.*.side', w('side'), 'side', FAMILY_SIDES, p.side)),
            ...given(
              r.row(
                `${key}.caresFor`,
                'people.*.caresForId',
                w('caresForId'),
                p.caresForId && r.personName(p.caresForId),
              ),
            ),
            ...given(
              r.row(
                `${key}.role`,
                'people.*.role',
                w(p.relationship === 'sibling_carer' ? 'carerRole' : 'role'),
                p.role,
              ),
            ),
            ...given(r.row(`${key}.agency`, 'people.*.agency', w('agency'), p.agency)),
            ...given(r.row(`${key}.contactRoute`, 'people.*.contactRoute', w('contactRoute'), p.contactRoute)),
            ...given(r.row(`${key}.nameChildUses`, 'people.*.nameChildUses', w('nameChildUses'), p.nameChildUses)),
            // Adoptive parents, carers and professionals are in the plan for their part, not asked these.
            ...(ROLE_RELATIONSHIPS.includes(p.relationship) && !r.options.allQuestions
              ? []
              : [
                  r.choiceRow(
                    `${key}.knownToChild`,
                    'people.*.knownToChild',
                    w('knownToChild'),
                    'knownToChild',
                    KNOWN_TO_CHILD,
                    p.knownToChild,
                  ),
                  r.choiceRow(
                    `${key}.priority`,
                    'people.*.priority',
                    w('priority'),
                    'priority',
                    PRIORITIES,
                    p.priority,
                  ),
                  r.row(`${key}.whyImportant`, 'people.*.whyImportant', w('whyImportant'), p.whyImportant, {
                    multiline: true,
                  }),
                ]),
            r.row(`${key}.livesWhere`, 'people.*.livesWhere', w('livesWhere'), p.livesWhere),
            ...given(r.row(`${key}.country`, 'people.*.country', w('country'), p.country)),
            ...given(r.row(`${key}.timeZone`, 'people.*.timeZone', w('timeZone'), p.timeZone)),
            ...given(
              r.row(
                `${key}.whereaboutsUnknown`,
                'people.*.whereaboutsUnknown',
                w('whereaboutsUnknown'),
                p.whereaboutsUnknown ? r.t('plan.person.whereaboutsUnknown.yes') : '',
              ),
            ),
            ...given(r.row(`${key}.languages`, 'people.*.languages', w('languages'), p.languages)),
            r.row(
              `${key}.interpreter`,
              ['people.*.interpreterNeeded', 'people.*.interpreterLanguage'],
              w('interpreterNeeded'),
              interpreterText(r, p),
            ),
            ...given(
              r.choicesRow(
                `${key}.safety`,
                ['people.*.safety.noDirectContact', 'people.*.safety.doNotShareDetails'],
                w('safety'),
                'safety',
                PERSON_SAFETY_FLAGS,
                PERSON_SAFETY_FLAGS.filter((flag) => p.safety?.[flag]),
              ),
            ),
            ...given(
              r.row(`${key}.safetyConcerns`, 'people.*.safety.concerns', w('safety.concerns'), p.safety?.concerns, {
                multiline: true,
              }),
            ),
          ],
        };
      }),
    },
    ...protectedDetailsPart(r),
  ],

  factors: (r) => [
    {
      kind: 'items',
      list: 'factors',
      empty: r.t('plan.factors.empty'),
      items: r.plan.factors.map((f) => {
        const key = `factors.${f.id}`;
        const w = (field: string) => r.words('factor', field);
        const kind = r.option('factorKind', f.kind);
        const who = r.partyName(f.party, f.personId);
        return {
          key,
          id: f.id,
          noun: kind,
          heading: r.t('plan.factor.heading', { kind, who }),
          rows: [
            r.row(`${key}.who`, ['factors.*.party', 'factors.*.personId'], w('party'), who),
            r.choiceRow(`${key}.kind`, 'factors.*.kind', w('kind'), 'factorKind', ['strength', 'challenge'], f.kind),
            r.row(`${key}.description`, 'factors.*.description', w('description'), f.description, { multiline: true }),
            ...(f.kind === 'challenge' || r.options.allQuestions
              ? [r.row(`${key}.howManaged`, 'factors.*.howManaged', w('howManaged'), f.howManaged, { multiline: true })]
              : []),
          ],
        };
      }),
    },
  ],

  arrangements: (r) => [
    {
      kind: 'items',
      list: 'arrangements',
      empty: r.t('plan.arrangements.empty'),
      items: r.plan.arrangements.map((a, index) => {
        const key = `arrangements.${a.id}`;
        const w = (f: string) => r.words('arrangement', f);
        const q = r.options.allQuestions ? ALL_QUESTIONS : questionsFor(a.form, a.alsoForms);
        const names = r.i18n.list(a.personIds.map((id) => r.personName(id)));
        const written = a.writtenExchange;
        const list: AnswerRow[] = [
          r.row(`${key}.personIds`, 'arrangements.*.personIds', w('personIds'), names),
          r.choicesRow(`${key}.purposes`, 'arrangements.*.purposes', w('purposes'), 'purpose', PURPOSES, a.purposes),
          r.choiceRow(`${key}.form`, 'arrangements.*.form', w('form'), 'form', FORMS, a.form),
        ];
        // What format 2 added shows when it is answered (and in the blank template), so that a plan
        // which does not use it reads, and prints, as it always has.
        const all = r.options.allQuestions;
        if (q.active && (all || a.alsoForms?.length))
          list.push(
            r.choicesRow(
              `${key}.alsoForms`,
              'arrangements.*.alsoForms',
              w('alsoForms'),
              'form',
              ALSO_FORMS,
              a.alsoForms,
            ),
          );
        if (q.noneForNow && (all || a.noneReason))
          list.push(
            r.row(`${key}.noneReason`, 'arrangements.*.noneReason', w('noneReason'), a.noneReason, { multiline: true }),
          );
        if (all || a.agreement)
          list.push(
            r.choiceRow(
              `${key}.agreement`,
              'arrangements.*.agreement',
              w('agreement'),
              'agreement',
              AGREEMENTS,
              a.agreement,
            ),
          );
        if (all || a.agreement === 'asked_for')
          list.push(
            r.row(
              `${key}.askedBy`,
              ['arrangements.*.askedById', 'arrangements.*.askedByName'],
              w('askedBy'),
              r.named(a.askedById, a.askedByName),
            ),
          );
        if (q.active) {
          list.push(
            r.row(
              `${key}.frequency`,
              ['arrangements.*.frequency.count', 'arrangements.*.frequency.per'],
              w('frequency'),
              frequencyText(r, a.frequency),
            ),
            r.choiceRow(
              `${key}.timing`,
              'arrangements.*.timing',
              w('timing'),
              'timing',
              ['fixed_dates', 'school_holidays', 'term_time', 'flexible'],
              a.timing,
            ),
          );
        }
        if (q.length && (all || a.months || a.monthsNotKnown))
          list.push(
            r.row(
              `${key}.months`,
              ['arrangements.*.months', 'arrangements.*.monthsNotKnown'],
              w('months'),
              a.monthsNotKnown ? r.t('plan.notKnownYet') : r.i18n.list((a.months ?? []).map((m) => r.i18n.month(m))),
            ),
          );
        if (q.length)
          list.push(
            r.row(
              `${key}.duration`,
              ['arrangements.*.durationMinutes', 'arrangements.*.lengthNotKnown'],
              w('durationMinutes'),
              a.lengthNotKnown ? r.t('plan.notKnownYet') : durationText(r, a.durationMinutes),
            ),
          );
        if (q.meetUp) {
          list.push(
            r.choiceRow(
              `${key}.grouping`,
              'arrangements.*.grouping',
              w('grouping'),
              'grouping',
              ['individual', 'group'],
              a.grouping,
            ),
            r.choiceRow(`${key}.venue`, 'arrangements.*.venue', w('venue'), 'venue', VENUES, a.venue),
          );
        }
        if (q.active) {
          list.push(
            r.row(
              `${key}.organiser`,
              ['arrangements.*.organiser', 'arrangements.*.organiserId', 'arrangements.*.organiserName'],
              w('organiser'),
              r.choiceNamed('organiser', a.organiser, a.organiserId, a.organiserName),
              { choices: r.allOptions('organiser', ORGANISERS) },
            ),
            r.choiceRow(
              `${key}.share`,
              'arrangements.*.adultsShareDetails',
              w('adultsShareDetails'),
              'shareDetails',
              ['yes', 'no', 'later'],
              a.adultsShareDetails,
            ),
            r.row(
              `${key}.professional`,
              ['arrangements.*.professionalRole', 'arrangements.*.professionalId', 'arrangements.*.professionalName'],
              w('professionalRole'),
              r.choiceNamed('professionalRole', a.professionalRole, a.professionalId, a.professionalName),
              { choices: r.allOptions('professionalRole', PROFESSIONAL_ROLES) },
            ),
          );
        }
        if (q.written) {
          const field = (f: string) => `arrangements.*.writtenExchange.${f}`;
          list.push(
            r.row(`${key}.route`, field('route'), w('route'), written?.route),
            r.row(
              `${key}.dueMonths`,
              field('dueMonths'),
              w('dueMonths'),
              r.i18n.list((written?.dueMonths ?? []).map((m) => r.i18n.month(m))),
            ),
            r.choiceRow(`${key}.photos`, field('photos'), w('photos'), 'photos', PHOTOS, written?.photos),
            r.row(`${key}.signOffAs`, field('signOffAs'), w('signOffAs'), written?.signOffAs),
            r.row(`${key}.avoid`, field('avoid'), w('avoid'), written?.avoid),
          );
        }
        list.push(r.row(`${key}.notes`, 'arrangements.*.notes', w('notes'), a.notes, { multiline: true }));
        if (all || a.childWords)
          list.push(r.row(`${key}.childWords`, 'arrangements.*.childWords', w('childWords'), a.childWords));
        return {
          key,
          id: a.id,
          noun: r.t('plan.noun.arrangement'),
          heading: r.t('plan.arrangement.heading', { number: index + 1, names }),
          rows: list,
        };
      }),
    },
  ],

  support: (r) => [
    {
      kind: 'items',
      list: 'support',
      empty: r.t('plan.support.empty'),
      items: r.plan.support.map((s) => {
        const key = `support.${s.id}`;
        const w = (f: string) => r.words('support', f);
        return {
          key,
          id: s.id,
          noun: r.t('plan.noun.support'),
          heading: r.t('plan.support.heading', { who: r.partyInSentence(s.party, s.personId) }),
          rows: [
            r.row(
              `${key}.who`,
              ['support.*.party', 'support.*.personId'],
              w('party'),
              r.partyName(s.party, s.personId),
            ),
            r.choicesRow(`${key}.kinds`, 'support.*.kinds', w('kinds'), 'supportKind', SUPPORT_KINDS, s.kinds),
            r.row(`${key}.description`, 'support.*.description', w('description'), s.description, { multiline: true }),
            r.choicesRow(`${key}.when`, 'support.*.when', w('when'), 'supportWhen', SUPPORT_WHEN, s.when),
            r.row(
              `${key}.provider`,
              ['support.*.provider', 'support.*.providerId'],
              w('provider'),
              r.named(s.providerId, s.provider),
            ),
            r.choiceRow(`${key}.span`, 'support.*.span', w('span'), 'supportSpan', SUPPORT_SPANS, s.span),
          ],
        };
      }),
    },
  ],

  voices: (r) => {
    const c = r.plan.voices.child;
    const w = (f: string) => r.words('childVoice', f);
    return [
      rows(
        [
          r.row('voices.child.wishes', 'voices.child.wishes', w('wishes'), c.wishes, { multiline: true }),
          r.row('voices.child.ownWords', 'voices.child.ownWords', w('ownWords'), c.ownWords, { multiline: true }),
          r.choicesRow(
            'voices.child.methods',
            'voices.child.methods',
            w('methods'),
            'hearingMethod',
            HEARING_METHODS,
            c.methods,
          ),
          r.row('voices.child.date', 'voices.child.date', w('date'), r.date(c.date)),
          r.row('voices.child.notGivenReason', 'voices.child.notGivenReason', w('notGivenReason'), c.notGivenReason, {
            multiline: true,
          }),
        ],
        r.t('plan.voices.childHeading'),
      ),
      {
        kind: 'items',
        list: 'voices',
        heading: r.t('plan.voices.adultsHeading'),
        empty: r.t('plan.views.empty'),
        items: r.plan.voices.others.map((v) => {
          const key = `voices.${v.id}`;
          const wv = (f: string) => r.words('view', f);
          const who = r.partyName(v.party, v.personId);
          return {
            key,
            id: v.id,
            noun: r.t('plan.noun.view'),
            heading: who,
            rows: [
              r.row(`${key}.who`, ['voices.others.*.party', 'voices.others.*.personId'], wv('party'), who),
              r.row(`${key}.summary`, 'voices.others.*.summary', wv('summary'), v.summary, { multiline: true }),
              r.row(`${key}.date`, 'voices.others.*.date', wv('date'), r.date(v.date)),
            ],
          };
        }),
      },
    ];
  },

  change: (r) => {
    const { stages, contingencies } = r.plan.change;
    return [
      {
        kind: 'items',
        list: 'stages',
        heading: r.t('plan.change.stagesHeading'),
        empty: r.t('plan.stages.empty'),
        items: stages.map((s, index) => {
          const key = `stages.${s.id}`;
          const w = (f: string) => r.words('stage', f);
          return {
            key,
            id: s.id,
            noun: r.t('plan.noun.stage'),
            heading: s.when.trim() || r.t('plan.stage.heading', { number: index + 1 }),
            rows: [
              r.row(`${key}.when`, 'change.stages.*.when', w('when'), s.when),
              r.row(`${key}.changes`, 'change.stages.*.changes', w('changes'), s.changes, { multiline: true }),
            ],
          };
        }),
      },
      {
        kind: 'items',
        list: 'contingencies',
        heading: r.t('plan.change.contingenciesHeading'),
        empty: r.t('plan.contingencies.empty'),
        items: contingencies.map((c) => {
          const key = `contingencies.${c.id}`;
          const w = (f: string) => r.words('contingency', f);
          const trigger =
            c.trigger === 'other' && c.triggerOther.trim()
              ? c.triggerOther.trim()
              : r.option('contingencyTrigger', c.trigger);
          return {
            key,
            id: c.id,
            noun: r.t('plan.noun.contingency'),
            heading: trigger,
            rows: [
              r.row(
                `${key}.trigger`,
                ['change.contingencies.*.trigger', 'change.contingencies.*.triggerOther'],
                w('trigger'),
                trigger,
                {
                  choices: r.allOptions('contingencyTrigger', CONTINGENCY_TRIGGERS),
                },
              ),
              r.row(`${key}.response`, 'change.contingencies.*.response', w('response'), c.response, {
                multiline: true,
              }),
            ],
          };
        }),
      },
    ];
  },

  review: (r) => {
    const review = r.plan.review;
    const w = (f: string) => r.words('review', f);
    const triggers = r.choicesRow(
      'review.earlyTriggers',
      ['review.earlyTriggers', 'review.earlyTriggersOther'],
      w('earlyTriggers'),
      'earlyReviewTrigger',
      EARLY_REVIEW_TRIGGERS,
      review.earlyTriggers,
    );
    const other = review.earlyTriggersOther.trim();
    if (other) {
      triggers.chosen = [...(triggers.chosen ?? []), { id: 'other', text: other }];
      triggers.value = r.i18n.list(triggers.chosen.map((c) => c.text));
    }
    return [
      rows([
        r.row('review.nextDate', 'review.nextDate', w('nextDate'), r.date(review.nextDate)),
        r.row(
          'review.intervalMonths',
          'review.intervalMonths',
          w('intervalMonths'),
          review.intervalMonths ? r.t('plan.review.intervalMonths.value', { count: review.intervalMonths }) : '',
        ),
        r.row('review.convenor', 'review.convenor', w('convenor'), review.convenor),
        triggers,
        r.row('review.howObserved', 'review.howObserved', w('howObserved'), review.howObserved, { multiline: true }),
      ]),
      {
        kind: 'items',
        list: 'tasks',
        heading: r.t('plan.review.tasks.label'),
        empty: r.t('plan.tasks.empty'),
        items: review.tasks.map((task) => {
          const key = `tasks.${task.id}`;
          return {
            key,
            id: task.id,
            noun: r.t('plan.noun.task'),
            heading: task.task.trim() || r.t('plan.task.untitled'),
            rows: [
              r.row(`${key}.task`, 'review.tasks.*.task', w('task'), task.task),
              r.row(
                `${key}.owner`,
                ['review.tasks.*.owner', 'review.tasks.*.ownerId'],
                w('owner'),
                r.named(task.ownerId, task.owner),
              ),
              r.row(`${key}.due`, 'review.tasks.*.due', w('due'), r.date(task.due)),
            ],
          };
        }),
      },
      // Earlier reviews have no ids; they are only ever added to, so their position identifies them.
      {
        kind: 'items',
        list: 'history',
        heading: r.t('plan.history.heading'),
        empty: r.t('plan.history.empty'),
        items: review.history.map((h, index) => {
          const key = `history.${index}`;
          return {
            key,
            id: String(index),
            noun: r.t('plan.noun.history'),
            heading: r.date(h.date) || r.t('plan.history.untitled', { number: index + 1 }),
            rows: [
              r.row(`${key}.date`, 'review.history.*.date', r.words('history', 'date'), r.date(h.date)),
              r.row(`${key}.outcome`, 'review.history.*.outcome', r.words('history', 'outcome'), h.outcome, {
                multiline: true,
              }),
            ],
          };
        }),
      },
      ...exchangeLogParts(r),
    ];
  },

  signoff: (r) => [
    rows([r.row('status', 'status', { label: r.t('plan.status.label') }, r.option('planStatus', r.plan.status))]),
    {
      kind: 'items',
      list: 'signOff',
      empty: r.t('plan.signatories.empty'),
      items: r.plan.signOff.map((s) => {
        const key = `signOff.${s.id}`;
        const w = (f: string) => r.words('signatory', f);
        const reservationsLabel =
          s.stance === 'does_not_agree'
            ? w('disagreement')
            : s.stance === 'views_recorded'
              ? w('views')
              : w('reservations');
        return {
          key,
          id: s.id,
          noun: r.t('plan.noun.signatory'),
          heading: s.name,
          rows: [
            r.row(`${key}.name`, ['signOff.*.name', 'signOff.*.personId'], w('name'), s.name),
            r.row(`${key}.role`, ['signOff.*.role', 'signOff.*.roleOther'], w('role'), r.signatoryRole(s)),
            r.row(`${key}.stance`, 'signOff.*.stance', w('stance'), r.option('stance', s.stance)),
            r.row(`${key}.reservations`, 'signOff.*.reservations', reservationsLabel, s.reservations, {
              multiline: true,
            }),
            r.row(`${key}.date`, 'signOff.*.date', w('date'), r.date(s.date)),
            r.row(
              `${key}.signature`,
              'signOff.*.signature',
              { label: r.t('plan.signatory.drawnSignature.label') },
              s.signature ? r.t('plan.signatory.drawnSignature.drawn') : '',
            ),
          ],
        };
      }),
    },
  ],
};

/** The answers of one section. */
export function sectionAnswers(
  plan: PlanContent,
  section: SectionId,
  i18n: Translator,
  options: AnswersOptions = {},
): SectionAnswers {
  const reader = new PlanReader(plan, i18n, options);
  const step = SECTION_META[section].step;
  return {
    section,
    title: i18n.t(`plan.section.${section}.title`),
    ...(step ? { step } : {}),
    parts: SECTIONS[section](reader),
  };
}

/** Every section's answers, in the schema's order. */
export function planAnswers(plan: PlanContent, i18n: Translator, options: AnswersOptions = {}): SectionAnswers[] {
  return SECTION_IDS.map((section) => sectionAnswers(plan, section, i18n, options));
}

/** The items of one list in a section, e.g. the people. */
export function listItems(answers: SectionAnswers, list: string): AnswerItem[] {
  for (const part of answers.parts) if (part.kind === 'items' && part.list === list) return part.items;
  return [];
}

/** "Sarah (birth mother)" for a person in the plan; used by forms that pick people. */
export function personLabel(plan: Pick<PlanContent, 'people'>, personId: string, i18n: Translator): string {
  return new PlanReader(plan as PlanContent, i18n, {}).personName(personId);
}

/** A person with the part they play: "Gwen (Foster carer of Dafydd)"; used by forms that pick people. */
export function personWithPartLabel(plan: Pick<PlanContent, 'people'>, personId: string, i18n: Translator): string {
  return new PlanReader(plan as PlanContent, i18n, {}).personWithPart(personId);
}

/** The part someone plays: "Birth mother", "Foster carer of Dafydd", "Social worker, Cardiff Council". */
export function personPartLabel(plan: Pick<PlanContent, 'people'>, person: Person, i18n: Translator): string {
  return new PlanReader(plan as PlanContent, i18n, {}).partTheyPlay(person);
}

/** A person's name as `reader`'s copy shows it (their part when the copy leaves their name out), and their part. */
/** A person's name as `reader`'s copy shows it: as written, a first name both families know, or empty. */
export function nameInCopy(plan: PlanContent, person: Person, i18n: Translator, reader: Reader): string {
  return new PlanReader(plan, i18n, { reader }).nameOf(person);
}

export function personInCopy(plan: PlanContent, person: Person, i18n: Translator, reader: Reader): [string, string] {
  const r = new PlanReader(plan, i18n, { reader });
  return [r.nameOf(person) || r.relationship(person), r.partTheyPlay(person)];
}

/** The role a signatory signed as: "Social worker", or their part in the register ("Foster carer of Dafydd"). */
export function signatoryRoleLabel(
  plan: Pick<PlanContent, 'people'>,
  signatory: PlanContent['signOff'][number],
  i18n: Translator,
): string {
  return new PlanReader(plan as PlanContent, i18n, {}).signatoryRole(signatory);
}

/** Whose it is, as it reads inside a sentence: "the adoptive parents", or "Sarah (birth mother)". */
export function partyInSentenceLabel(
  plan: Pick<PlanContent, 'people'>,
  party: Party,
  personId: string | undefined,
  i18n: Translator,
): string {
  return new PlanReader(plan as PlanContent, i18n, {}).partyInSentence(party, personId);
}

/** "The adoptive parents", or a person as "Sarah (birth mother)". */
export function partyLabel(
  plan: Pick<PlanContent, 'people'>,
  party: Party,
  personId: string | undefined,
  i18n: Translator,
): string {
  return new PlanReader(plan as PlanContent, i18n, {}).partyName(party, personId);
}

/** Each written arrangement's exchange log, as the agency record reads it: the builder's log view. */
export function exchangeLogAnswers(plan: PlanContent, i18n: Translator): ArrangementLog[] {
  return arrangementLogs(new PlanReader(plan, i18n, {}));
}
