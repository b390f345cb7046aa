/**
 * What changed between two versions of a plan, section by section in the schema's order, in words a
 * reader of the plan uses: "Added: Nana Jean", "Why are they important to the child? changed from …
 * to …". Labels come from the planner's labels, so the comparison says what the builder says.
 *
 * How: each section is read into a flat list of entries (a label and a readable value, under a
 * stable key). List items (people, arrangements, …) are matched by their id, so a changed person is
 * reported as changes to that person, and a person only in one version as added or removed. Choices
 * that allow several answers are compared option by option.
 *
 * Pure: no React, no DOM.
 */
import {
  CONTINGENCY_TRIGGER_LABELS,
  EARLY_REVIEW_TRIGGER_LABELS,
  FACTOR_KIND_LABELS,
  FIELD_LABELS,
  FORM_LABELS,
  GROUPING_LABELS,
  HEARING_METHOD_LABELS,
  JURISDICTION_LABELS,
  KNOWN_TO_CHILD_LABELS,
  MONTH_NAMES,
  ORGANISER_LABELS,
  PARTY_LABELS,
  PHOTO_LABELS,
  PLAN_STATUS_LABELS,
  PRIORITY_LABELS,
  PROFESSIONAL_ROLE_LABELS,
  PURPOSE_LABELS,
  RELATIONSHIP_LABELS,
  SECTION_LABELS,
  SHARE_DETAILS_LABELS,
  SIGNATORY_ROLE_LABELS,
  STANCE_LABELS,
  SUPPORT_KIND_LABELS,
  SUPPORT_SPAN_LABELS,
  SUPPORT_WHEN_LABELS,
  TIMING_LABELS,
  VENUE_LABELS,
} from '../schema/labels';
import { SECTION_IDS, type Party, type PlanContent, type SectionId } from '../schema/planSchema';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  kind: ChangeKind;
  /** What changed, e.g. "Nana Jean: Where they live" or "Person". */
  label: string;
  /** The value in the older version (absent when added). */
  before?: string;
  /** The value in the newer version (absent when removed). */
  after?: string;
}

export interface SectionChanges {
  section: SectionId;
  title: string;
  changes: FieldChange[];
}

/** One readable answer. Entries with an `item` belong to one item of a list. */
interface Entry {
  key: string;
  label: string;
  value: string;
  item?: { key: string; noun: string; name: string };
}

// ---------------------------------------------------------------------------------------------
// Reading a plan into entries

/** "2027-01-15" → "15 January 2027", as the PDF writes dates. */
function formatDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : (iso ?? '');
}

function frequencyText(f: { count: number; per: string } | undefined): string {
  if (!f) return '';
  const times = f.count === 1 ? 'Once' : f.count === 2 ? 'Twice' : `${f.count} times`;
  return `${times} a ${f.per}`;
}

const label = <K extends string>(labels: Record<K, string>, key: K | undefined) => (key ? (labels[key] ?? key) : '');

class Reader {
  readonly entries: Entry[] = [];
  constructor(private readonly plan: PlanContent) {}

  field(key: string, fieldLabel: string, value: string | number | null | undefined, item?: Entry['item']) {
    this.entries.push({
      key,
      label: fieldLabel,
      value: value === null || value === undefined ? '' : String(value).trim(),
      ...(item ? { item } : {}),
    });
  }

  /** A several-answers choice, one entry per chosen option, so each addition or removal shows. */
  options<K extends string>(
    key: string,
    fieldLabel: string,
    keys: readonly K[] | undefined,
    labels: Record<K, string>,
    item?: Entry['item'],
  ) {
    for (const k of keys ?? []) {
      this.entries.push({ key: `${key}=${k}`, label: fieldLabel, value: labels[k] ?? k, ...(item ? { item } : {}) });
    }
  }

  personName(id: string | undefined): string {
    const person = (this.plan.people ?? []).find((p) => p.id === id);
    if (!person) return 'Someone no longer in the plan';
    const relationship =
      person.relationship === 'other' && person.relationshipOther
        ? person.relationshipOther
        : label(RELATIONSHIP_LABELS, person.relationship);
    return `${person.name} (${relationship.toLowerCase()})`;
  }

  partyName(party: Party, personId?: string): string {
    return party === 'person' ? this.personName(personId) : label(PARTY_LABELS, party);
  }
}

const readers: Record<SectionId, (r: Reader, plan: PlanContent) => void> = {
  child: (r, { child: c, title, jurisdiction }) => {
    const L = FIELD_LABELS.child;
    r.field('title', 'The plan’s name', title);
    r.field('child.name', L.name.label, c.name);
    r.field('child.dateOfBirth', L.dateOfBirth.label, formatDate(c.dateOfBirth));
    r.field('child.age', L.age.label, c.age);
    r.field('child.placementDate', L.placementDate.label, formatDate(c.placementDate));
    r.field('child.orderDate', L.orderDate.label, formatDate(c.orderDate));
    r.field('child.heritage', L.heritage.label, c.heritage);
    r.field('child.religion', L.religion.label, c.religion);
    r.field('child.languages', L.languages.label, c.languages);
    r.field('child.needs', L.needs.label, c.needs);
    r.field('child.communication', L.communication.label, c.communication);
    r.field('child.siblings', L.siblings.label, c.siblings);
    r.field('jurisdiction', L.jurisdiction.label, label(JURISDICTION_LABELS, jurisdiction));
  },
  purposes: (r, { purposes: p }) => {
    const L = FIELD_LABELS.purposes;
    r.options(
      'purposes.selected',
      L.selected.label,
      p.selected.filter((k) => k !== 'other'),
      PURPOSE_LABELS,
    );
    r.field('purposes.other', L.other.label, p.selected.includes('other') ? p.other : '');
    r.field('purposes.summary', L.summary.label, p.summary);
    r.field('purposes.ifMeetingUnsafe', L.ifMeetingUnsafe.label, p.ifMeetingUnsafe);
  },
  people: (r, { people }) => {
    const L = FIELD_LABELS.person;
    for (const p of people) {
      const item = { key: `people.${p.id}`, noun: 'Person', name: p.name };
      const k = (f: string) => `${item.key}.${f}`;
      r.field(k('name'), L.name.label, p.name, item);
      r.field(
        k('relationship'),
        L.relationship.label,
        p.relationship === 'other' && p.relationshipOther
          ? p.relationshipOther
          : label(RELATIONSHIP_LABELS, p.relationship),
        item,
      );
      r.field(k('knownToChild'), L.knownToChild.label, label(KNOWN_TO_CHILD_LABELS, p.knownToChild), item);
      r.field(k('priority'), L.priority.label, label(PRIORITY_LABELS, p.priority), item);
      r.field(k('whyImportant'), L.whyImportant.label, p.whyImportant, item);
      r.field(k('livesWhere'), L.livesWhere.label, p.livesWhere, item);
    }
  },
  factors: (r, { factors }) => {
    const L = FIELD_LABELS.factor;
    for (const f of factors) {
      const item = {
        key: `factors.${f.id}`,
        noun: label(FACTOR_KIND_LABELS, f.kind),
        name: r.partyName(f.party, f.personId),
      };
      r.field(`${item.key}.who`, L.party.label, item.name, item);
      r.field(`${item.key}.kind`, L.kind.label, label(FACTOR_KIND_LABELS, f.kind), item);
      r.field(`${item.key}.description`, L.description.label, f.description, item);
      r.field(`${item.key}.howManaged`, L.howManaged.label, f.howManaged, item);
    }
  },
  arrangements: (r, { arrangements }) => {
    const L = FIELD_LABELS.arrangement;
    for (const a of arrangements) {
      const withWhom = a.personIds.map((id) => r.personName(id)).join(', ');
      const item = {
        key: `arrangements.${a.id}`,
        noun: 'Arrangement',
        name: `${label(FORM_LABELS, a.form)} with ${withWhom}`,
      };
      const k = (f: string) => `${item.key}.${f}`;
      const w = a.writtenExchange;
      r.field(k('personIds'), L.personIds.label, withWhom, item);
      r.options(k('purposes'), L.purposes.label, a.purposes, PURPOSE_LABELS, item);
      r.field(k('form'), L.form.label, label(FORM_LABELS, a.form), item);
      r.field(k('frequency'), 'How often', frequencyText(a.frequency), item);
      r.field(k('timing'), L.timing.label, label(TIMING_LABELS, a.timing), item);
      r.field(k('duration'), L.durationMinutes.label, a.durationMinutes ? `${a.durationMinutes} minutes` : '', item);
      r.field(k('grouping'), L.grouping.label, label(GROUPING_LABELS, a.grouping), item);
      r.field(k('venue'), L.venue.label, label(VENUE_LABELS, a.venue), item);
      r.field(k('organiser'), L.organiser.label, label(ORGANISER_LABELS, a.organiser), item);
      r.field(k('share'), L.adultsShareDetails.label, label(SHARE_DETAILS_LABELS, a.adultsShareDetails), item);
      r.field(k('professional'), L.professionalRole.label, label(PROFESSIONAL_ROLE_LABELS, a.professionalRole), item);
      r.field(k('route'), L.route.label, w?.route, item);
      r.field(k('dueMonths'), L.dueMonths.label, (w?.dueMonths ?? []).map((m) => MONTH_NAMES[m - 1]).join(', '), item);
      r.field(k('photos'), L.photos.label, label(PHOTO_LABELS, w?.photos), item);
      r.field(k('signOffAs'), L.signOffAs.label, w?.signOffAs, item);
      r.field(k('avoid'), L.avoid.label, w?.avoid, item);
      r.field(k('notes'), L.notes.label, a.notes, item);
    }
  },
  support: (r, { support }) => {
    const L = FIELD_LABELS.support;
    for (const s of support) {
      const item = { key: `support.${s.id}`, noun: 'Support', name: `for ${r.partyName(s.party, s.personId)}` };
      const k = (f: string) => `${item.key}.${f}`;
      r.field(k('who'), L.party.label, r.partyName(s.party, s.personId), item);
      r.options(k('kinds'), L.kinds.label, s.kinds, SUPPORT_KIND_LABELS, item);
      r.field(k('description'), L.description.label, s.description, item);
      r.options(k('when'), L.when.label, s.when, SUPPORT_WHEN_LABELS, item);
      r.field(k('provider'), L.provider.label, s.provider, item);
      r.field(k('span'), L.span.label, label(SUPPORT_SPAN_LABELS, s.span), item);
    }
  },
  voices: (r, { voices }) => {
    const C = FIELD_LABELS.childVoice;
    const c = voices.child;
    r.field('voices.child.wishes', C.wishes.label, c.wishes);
    r.field('voices.child.ownWords', C.ownWords.label, c.ownWords);
    r.options('voices.child.methods', C.methods.label, c.methods, HEARING_METHOD_LABELS);
    r.field('voices.child.date', C.date.label, formatDate(c.date));
    r.field('voices.child.notGivenReason', C.notGivenReason.label, c.notGivenReason);
    const V = FIELD_LABELS.view;
    for (const v of voices.others) {
      const item = { key: `voices.${v.id}`, noun: 'View', name: `of ${r.partyName(v.party, v.personId)}` };
      r.field(`${item.key}.who`, V.party.label, r.partyName(v.party, v.personId), item);
      r.field(`${item.key}.summary`, V.summary.label, v.summary, item);
      r.field(`${item.key}.date`, V.date.label, formatDate(v.date), item);
    }
  },
  change: (r, { change }) => {
    const S = FIELD_LABELS.stage;
    for (const s of change.stages) {
      const item = { key: `stages.${s.id}`, noun: 'Stage', name: s.when || 'without a “when”' };
      r.field(`${item.key}.when`, S.when.label, s.when, item);
      r.field(`${item.key}.changes`, S.changes.label, s.changes, item);
    }
    const C = FIELD_LABELS.contingency;
    for (const c of change.contingencies) {
      const trigger =
        c.trigger === 'other' && c.triggerOther ? c.triggerOther : label(CONTINGENCY_TRIGGER_LABELS, c.trigger);
      const item = { key: `contingencies.${c.id}`, noun: 'If things go wrong', name: trigger };
      r.field(`${item.key}.trigger`, C.trigger.label, trigger, item);
      r.field(`${item.key}.response`, C.response.label, c.response, item);
    }
  },
  review: (r, { review }) => {
    const L = FIELD_LABELS.review;
    r.field('review.nextDate', L.nextDate.label, formatDate(review.nextDate));
    r.field(
      'review.intervalMonths',
      L.intervalMonths.label,
      review.intervalMonths ? `${review.intervalMonths} months` : '',
    );
    r.field('review.convenor', L.convenor.label, review.convenor);
    r.options('review.earlyTriggers', L.earlyTriggers.label, review.earlyTriggers, EARLY_REVIEW_TRIGGER_LABELS);
    r.field('review.earlyTriggersOther', L.earlyTriggersOther.label, review.earlyTriggersOther);
    r.field('review.howObserved', L.howObserved.label, review.howObserved);
    for (const t of review.tasks) {
      const item = { key: `tasks.${t.id}`, noun: 'Task', name: t.task || 'without a description' };
      r.field(`${item.key}.task`, L.task.label, t.task, item);
      r.field(`${item.key}.owner`, L.owner.label, t.owner, item);
      r.field(`${item.key}.due`, L.due.label, formatDate(t.due), item);
    }
    // Earlier reviews have no ids; they are only ever added to, so their position identifies them.
    review.history.forEach((h, i) => {
      const item = { key: `history.${i}`, noun: 'Earlier review', name: formatDate(h.date) || `number ${i + 1}` };
      r.field(`${item.key}.date`, 'Date', formatDate(h.date), item);
      r.field(`${item.key}.outcome`, 'What the review decided', h.outcome, item);
    });
  },
  signoff: (r, { signOff, status }) => {
    const L = FIELD_LABELS.signatory;
    r.field('status', 'Status', label(PLAN_STATUS_LABELS, status));
    for (const s of signOff) {
      const item = { key: `signOff.${s.id}`, noun: 'Signatory', name: s.name };
      const k = (f: string) => `${item.key}.${f}`;
      r.field(k('name'), L.name.label, s.name, item);
      r.field(
        k('role'),
        L.role.label,
        s.role === 'other' && s.roleOther ? s.roleOther : label(SIGNATORY_ROLE_LABELS, s.role),
        item,
      );
      r.field(k('stance'), L.stance.label, label(STANCE_LABELS, s.stance), item);
      r.field(k('reservations'), L.reservations.label, s.reservations, item);
      r.field(k('date'), L.date.label, formatDate(s.date), item);
      r.field(k('signature'), 'Drawn signature', s.signature ? 'Drawn' : '', item);
    }
  },
};

/** The readable entries of one section of a plan. */
function sectionEntries(plan: PlanContent, section: SectionId): Entry[] {
  const reader = new Reader(plan);
  readers[section](reader, plan);
  return reader.entries;
}

// ---------------------------------------------------------------------------------------------
// Comparing

const itemTitle = (item: NonNullable<Entry['item']>) => `${item.noun} ${item.name}`.trim();

function compareEntries(older: Entry[], newer: Entry[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const olderByKey = new Map(older.map((e) => [e.key, e]));
  const newerByKey = new Map(newer.map((e) => [e.key, e]));
  const olderItems = new Set(older.flatMap((e) => (e.item ? [e.item.key] : [])));
  const newerItems = new Set(newer.flatMap((e) => (e.item ? [e.item.key] : [])));
  const reportedItems = new Set<string>();

  // Walk the newer version in order, then what only the older one had, so the list reads like the plan.
  const keys = [...newer.map((e) => e.key), ...older.filter((e) => !newerByKey.has(e.key)).map((e) => e.key)];
  for (const key of keys) {
    const before = olderByKey.get(key);
    const after = newerByKey.get(key);
    const item = after?.item ?? before?.item;
    if (item && (!olderItems.has(item.key) || !newerItems.has(item.key))) {
      // A whole item added or removed: one line for it, not one per field.
      if (reportedItems.has(item.key)) continue;
      reportedItems.add(item.key);
      const added = !olderItems.has(item.key);
      changes.push(
        added
          ? { kind: 'added', label: item.noun, after: item.name }
          : { kind: 'removed', label: item.noun, before: item.name },
      );
      continue;
    }
    const fieldLabel = item ? `${itemTitle(item)}: ${(after ?? before)!.label}` : (after ?? before)!.label;
    const was = before?.value ?? '';
    const now = after?.value ?? '';
    if (was === now) continue;
    if (was === '') changes.push({ kind: 'added', label: fieldLabel, after: now });
    else if (now === '') changes.push({ kind: 'removed', label: fieldLabel, before: was });
    else changes.push({ kind: 'changed', label: fieldLabel, before: was, after: now });
  }
  return changes;
}

/**
 * The differences between two versions of a plan, for each section that has any, in the plan's
 * section order. `older` and `newer` are any two versions; pass them in the order to read them.
 */
export function diffPlanVersions(older: PlanContent, newer: PlanContent): SectionChanges[] {
  return SECTION_IDS.flatMap((section) => {
    const changes = compareEntries(sectionEntries(older, section), sectionEntries(newer, section));
    return changes.length ? [{ section, title: SECTION_LABELS[section].title, changes }] : [];
  });
}
