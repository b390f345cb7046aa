/**
 * The plan as document blocks: page one, then every section in the schema's order, then the
 * sign-off page. Wording comes from the planner's labels, so the PDF says what the builder says.
 *
 * Pure: no pdf-lib. `renderPlanPdf` lays these blocks out and draws them.
 */
import { SECTION_IDS, type Person, type PlanContent, type SectionId, type SignOff } from '../schema/planSchema';
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
  NOT_PROVIDED,
  ORGANISER_LABELS,
  PARTY_LABELS,
  PHOTO_LABELS,
  PLAN_STATUS_LABELS,
  PRACTICE_MARKER,
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
import { signedOffDate, type SignOffReadiness } from '../signoff/signOffRules';
import type { Block, DrawOp } from './pageLayout';
import { COLOURS } from './pageLayout';
import { svgPathBounds } from './svgPathBounds';

export type NameStyle = 'full' | 'first' | 'initials';

export interface PlanDocumentContext {
  nameStyle: NameStyle;
  fingerprint: string;
  readiness: SignOffReadiness;
  /** Extra figure for the people section (the eco-map), when one can be drawn. */
  ecomap?: Block;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** "2027-01-15" → "15 January 2027"; anything else is returned unchanged. */
export function formatDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const month = MONTH_NAMES[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : (iso ?? '');
}

/** The child's name as the exporter chose to show it: in full, first name only, or initials. */
export function styledChildName(name: string, style: NameStyle): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return NOT_PROVIDED;
  if (style === 'full') return words.join(' ');
  if (style === 'first') return words[0];
  // Initials keep hyphenated parts: "Anna-Maria Nowak" → "A.-M. N."
  return words
    .map((w) =>
      w
        .split('-')
        .filter(Boolean)
        .map((part) => `${Array.from(part)[0].toLocaleUpperCase('en-GB')}.`)
        .join('-'),
    )
    .join(' ');
}

/**
 * Replaces the child's name inside free text (such as the plan's title) when the exporter asked
 * for less than the full name: first the full name, then, for initials, each part of it.
 */
function hideChildName(text: string, name: string, style: NameStyle): string {
  const full = name.trim();
  if (style === 'full' || full === '') return text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let out = text.replace(new RegExp(escape(full), 'giu'), styledChildName(full, style));
  if (style === 'initials') {
    for (const word of full.split(/\s+/)) {
      if (Array.from(word).length < 2) continue;
      out = out.replace(
        new RegExp(`(?<![\\p{L}\\p{M}])${escape(word)}(?![\\p{L}\\p{M}])`, 'giu'),
        styledChildName(word, 'initials'),
      );
    }
  }
  return out;
}

const or = (v: string | undefined | null, fallback = NOT_PROVIDED) => (v && v.trim() !== '' ? v.trim() : fallback);
const joinLabels = <K extends string>(keys: readonly K[] | undefined, labels: Record<K, string>) =>
  (keys ?? []).map((k) => labels[k] ?? k).join(', ');

function frequencyText(f: { count: number; per: string } | undefined): string {
  if (!f) return '';
  const per = f.per;
  if (f.count === 1) return `Once a ${per}`;
  if (f.count === 2) return `Twice a ${per}`;
  return `${f.count} times a ${per}`;
}

function durationText(minutes: number | undefined): string {
  if (!minutes) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [];
  if (h) parts.push(`${h} ${h === 1 ? 'hour' : 'hours'}`);
  if (m) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** The plan's display title, with the child's name shown as the exporter chose. */
export function planTitle(plan: PlanContent, style: NameStyle): string {
  if (plan.title && plan.title.trim() !== '') return hideChildName(plan.title.trim(), plan.child?.name ?? '', style);
  const name = plan.child?.name?.trim();
  return name ? `Staying-in-touch plan for ${styledChildName(name, style)}` : 'Staying-in-touch plan';
}

// ---------------------------------------------------------------------------------------------
// Blocks

const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const muted = (text: string): Block => ({ kind: 'paragraph', text, style: 'muted' });
const fields = (rows: [string, string][]): Block => ({
  kind: 'fields',
  rows: rows.map(([label, value]) => ({ label, value })),
});
const table = (columns: [string, number][], rows: string[][]): Block => ({
  kind: 'table',
  columns: columns.map(([header, weight]) => ({ header, weight })),
  rows,
});
const noneRecorded = (what: string) => muted(`No ${what} recorded.`);

export function planBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const people = new Map((plan.people ?? []).map((person) => [person.id, person]));
  const personName = (id: string | undefined) => {
    const person = id ? people.get(id) : undefined;
    return person ? `${person.name} (${relationshipText(person).toLowerCase()})` : 'Someone no longer in the plan';
  };
  const partyName = (party: string, personId?: string) =>
    party === 'person' ? personName(personId) : (PARTY_LABELS[party as keyof typeof PARTY_LABELS] ?? party);

  const sections: Record<SectionId, () => Block[]> = {
    child: () => {
      const c = plan.child;
      const L = FIELD_LABELS.child;
      return [
        fields([
          [L.name.label, styledChildName(c?.name ?? '', ctx.nameStyle)],
          [L.dateOfBirth.label, c?.dateOfBirth ? formatDate(c.dateOfBirth) : NOT_PROVIDED],
          [L.age.label, or(c?.age)],
          [L.placementDate.label, c?.placementDate ? formatDate(c.placementDate) : NOT_PROVIDED],
          [L.orderDate.label, c?.orderDate ? formatDate(c.orderDate) : NOT_PROVIDED],
          [L.heritage.label, or(c?.heritage)],
          [L.religion.label, or(c?.religion)],
          [L.languages.label, or(c?.languages)],
          [L.needs.label, or(c?.needs)],
          [L.communication.label, or(c?.communication)],
          [L.siblings.label, or(c?.siblings)],
        ]),
      ];
    },
    purposes: () => {
      const pu = plan.purposes;
      const L = FIELD_LABELS.purposes;
      const selected = (pu?.selected ?? []).map((k) =>
        k === 'other' && pu?.other ? `${PURPOSE_LABELS.other}: ${pu.other}` : PURPOSE_LABELS[k],
      );
      return [
        h3(L.summary.label),
        p(or(pu?.summary)),
        h3(L.selected.label),
        selected.length ? { kind: 'list', items: selected } : noneRecorded('purposes'),
        h3(L.ifMeetingUnsafe.label),
        p(or(pu?.ifMeetingUnsafe)),
      ];
    },
    people: () => {
      const list = plan.people ?? [];
      if (list.length === 0) return [noneRecorded('people')];
      const blocks: Block[] = [
        table(
          [
            ['Name', 1.5],
            ['Relationship', 1.1],
            ['Knows them?', 0.7],
            ['When important', 0.9],
            ['Why important', 2],
            ['Lives', 0.8],
          ],
          list.map((person) => [
            person.name,
            relationshipText(person),
            KNOWN_TO_CHILD_LABELS[person.knownToChild] ?? '',
            PRIORITY_LABELS[person.priority] ?? '',
            person.whyImportant,
            person.livesWhere ?? '',
          ]),
        ),
      ];
      if (ctx.ecomap) blocks.push(h3('Eco-map'), ctx.ecomap);
      return blocks;
    },
    factors: () => {
      const list = plan.factors ?? [];
      if (list.length === 0) return [noneRecorded('strengths or challenges')];
      return [
        table(
          [
            ['About', 1.2],
            ['Strength or challenge', 0.9],
            ['What', 2.2],
            ['How it will be managed', 2.2],
          ],
          list.map((f) => [
            partyName(f.party, f.personId),
            FACTOR_KIND_LABELS[f.kind] ?? f.kind,
            f.description,
            f.howManaged,
          ]),
        ),
      ];
    },
    arrangements: () => {
      const list = plan.arrangements ?? [];
      if (list.length === 0) return [noneRecorded('arrangements')];
      const L = FIELD_LABELS.arrangement;
      const blocks: Block[] = [
        table(
          [
            ['With', 1.6],
            ['How', 1.4],
            ['How often', 1],
            ['Organised by', 1.2],
          ],
          list.map((a) => [
            (a.personIds ?? []).map(personName).join(', '),
            FORM_LABELS[a.form] ?? a.form,
            frequencyText(a.frequency),
            a.organiser ? ORGANISER_LABELS[a.organiser] : '',
          ]),
        ),
      ];
      list.forEach((a, i) => {
        const rows: [string, string][] = [
          [L.personIds.label, (a.personIds ?? []).map(personName).join(', ') || NOT_PROVIDED],
          [L.purposes.label, joinLabels(a.purposes, PURPOSE_LABELS) || NOT_PROVIDED],
          [L.form.label, FORM_LABELS[a.form] ?? a.form],
        ];
        if (a.frequency) rows.push(['How often', frequencyText(a.frequency)]);
        if (a.timing) rows.push([L.timing.label, TIMING_LABELS[a.timing]]);
        if (a.durationMinutes) rows.push(['Length', durationText(a.durationMinutes)]);
        if (a.grouping) rows.push([L.grouping.label, GROUPING_LABELS[a.grouping]]);
        if (a.venue) rows.push([L.venue.label, VENUE_LABELS[a.venue]]);
        if (a.organiser) rows.push([L.organiser.label, ORGANISER_LABELS[a.organiser]]);
        if (a.adultsShareDetails) rows.push([L.adultsShareDetails.label, SHARE_DETAILS_LABELS[a.adultsShareDetails]]);
        if (a.professionalRole) rows.push([L.professionalRole.label, PROFESSIONAL_ROLE_LABELS[a.professionalRole]]);
        const w = a.writtenExchange;
        if (w) {
          if (w.route) rows.push([L.route.label, w.route]);
          if (w.dueMonths?.length)
            rows.push([L.dueMonths.label, w.dueMonths.map((m) => MONTH_NAMES[m - 1]).join(', ')]);
          if (w.photos) rows.push([L.photos.label, PHOTO_LABELS[w.photos]]);
          if (w.signOffAs) rows.push([L.signOffAs.label, w.signOffAs]);
          if (w.avoid) rows.push([L.avoid.label, w.avoid]);
        }
        if (a.notes) rows.push([L.notes.label, a.notes]);
        blocks.push(h3(`Arrangement ${i + 1}: ${FORM_LABELS[a.form] ?? a.form}`), fields(rows));
      });
      return blocks;
    },
    support: () => {
      const list = plan.support ?? [];
      if (list.length === 0) return [noneRecorded('support')];
      return [
        table(
          [
            ['For', 1.2],
            ['Support', 2.4],
            ['When', 0.8],
            ['Provided by', 1.2],
            ['How long', 0.9],
          ],
          list.map((s) => [
            partyName(s.party, s.personId),
            `${joinLabels(s.kinds, SUPPORT_KIND_LABELS)}: ${s.description}`,
            joinLabels(s.when, SUPPORT_WHEN_LABELS),
            s.provider,
            SUPPORT_SPAN_LABELS[s.span] ?? s.span,
          ]),
        ),
      ];
    },
    voices: () => {
      const c = plan.voices?.child;
      const L = FIELD_LABELS.childVoice;
      const rows: [string, string][] = [
        [L.wishes.label, or(c?.wishes)],
        [L.ownWords.label, c?.ownWords?.trim() ? `“${c.ownWords.trim()}”` : NOT_PROVIDED],
        [L.methods.label, joinLabels(c?.methods, HEARING_METHOD_LABELS) || NOT_PROVIDED],
        [L.date.label, c?.date ? formatDate(c.date) : NOT_PROVIDED],
      ];
      if (c?.notGivenReason?.trim()) rows.push([L.notGivenReason.label, c.notGivenReason.trim()]);
      const others = plan.voices?.others ?? [];
      return [
        h3("The child's wishes and feelings"),
        fields(rows),
        h3('Views of the adults'),
        others.length
          ? table(
              [
                ['Whose view', 1.3],
                ['Their view', 3],
                ['Date', 0.9],
              ],
              others.map((v) => [partyName(v.party, v.personId), v.summary, formatDate(v.date)]),
            )
          : noneRecorded('views'),
      ];
    },
    change: () => {
      const stages = plan.change?.stages ?? [];
      const contingencies = plan.change?.contingencies ?? [];
      return [
        h3('As the child grows'),
        stages.length
          ? table(
              [
                ['When', 1],
                ['What should change', 2.5],
              ],
              stages.map((s) => [s.when, s.changes]),
            )
          : noneRecorded('stages'),
        h3('If things go wrong'),
        contingencies.length
          ? table(
              [
                ['If this happens', 1.3],
                ['What everyone will do', 2.5],
              ],
              contingencies.map((c) => [
                c.trigger === 'other' && c.triggerOther
                  ? c.triggerOther
                  : (CONTINGENCY_TRIGGER_LABELS[c.trigger] ?? c.trigger),
                c.response,
              ]),
            )
          : noneRecorded('contingencies'),
      ];
    },
    review: () => {
      const r = plan.review;
      const L = FIELD_LABELS.review;
      const triggers = [joinLabels(r?.earlyTriggers, EARLY_REVIEW_TRIGGER_LABELS), r?.earlyTriggersOther?.trim() ?? '']
        .filter(Boolean)
        .join('; ');
      const blocks: Block[] = [
        fields([
          [L.nextDate.label, r?.nextDate ? formatDate(r.nextDate) : NOT_PROVIDED],
          [L.intervalMonths.label, r?.intervalMonths ? String(r.intervalMonths) : NOT_PROVIDED],
          [L.convenor.label, or(r?.convenor)],
          [L.earlyTriggers.label, triggers || NOT_PROVIDED],
          [L.howObserved.label, or(r?.howObserved)],
        ]),
        h3(L.tasks.label),
        r?.tasks?.length
          ? table(
              [
                [L.task.label, 2.5],
                [L.owner.label, 1.4],
                [L.due.label, 1],
              ],
              r.tasks.map((t) => [t.task, t.owner, formatDate(t.due)]),
            )
          : noneRecorded('tasks'),
      ];
      if (r?.history?.length) {
        blocks.push(
          h3('Earlier reviews'),
          table(
            [
              ['Date', 1],
              ['What the review decided', 4],
            ],
            r.history.map((h) => [formatDate(h.date), h.outcome]),
          ),
        );
      }
      return blocks;
    },
    signoff: () => signOffBlocks(plan, ctx),
  };

  const blocks: Block[] = coverBlocks(plan, ctx);
  for (const id of SECTION_IDS) {
    if (id === 'signoff') blocks.push({ kind: 'pageBreak' });
    const label = SECTION_LABELS[id];
    blocks.push(h2(label.step ? `${label.title} (step ${label.step})` : label.title));
    blocks.push(...sections[id]());
  }
  return blocks;
}

function coverBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const signed = signedOffDate(plan);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: planTitle(plan, ctx.nameStyle) }];
  if (plan.practice) blocks.push({ kind: 'paragraph', text: PRACTICE_MARKER, font: 'bold', style: 'lead' });
  blocks.push(
    fields([
      ['Child', styledChildName(plan.child?.name ?? '', ctx.nameStyle)],
      ['Version', String(plan.version)],
      ['Status', PLAN_STATUS_LABELS[plan.status] ?? plan.status],
      ['Date signed off', signed ? formatDate(signed) : 'Not signed off yet'],
      ['Next review', plan.review?.nextDate ? formatDate(plan.review.nextDate) : NOT_PROVIDED],
      ['Law that applies', JURISDICTION_LABELS[plan.jurisdiction] ?? plan.jurisdiction],
      ['Plan id', plan.id],
    ]),
  );

  // Parties: the important people, then signatories who are not among them.
  const parties: string[][] = (plan.people ?? []).map((person) => [person.name, relationshipText(person)]);
  const listed = new Set((plan.people ?? []).map((person) => person.name.trim().toLowerCase()));
  for (const s of plan.signOff ?? []) {
    if (listed.has(s.name.trim().toLowerCase())) continue;
    listed.add(s.name.trim().toLowerCase());
    parties.push([s.name, roleText(s)]);
  }
  blocks.push(h2('Parties to this plan'));
  blocks.push(
    parties.length
      ? table(
          [
            ['Name', 1.4],
            ['Relationship or role', 2],
          ],
          parties,
        )
      : noneRecorded('parties'),
  );

  blocks.push(h2('Sign-off status'), ...statusBlocks(plan, ctx));
  blocks.push(
    muted(
      'The complete plan file is attached inside this PDF (plan.json), so the plan can be opened again in Staying in touch. ' +
        'It includes everything in the plan, including names in full.',
    ),
  );
  return blocks;
}

function statusBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const { issues, complete, readyForSignOff } = ctx.readiness;
  if (complete) {
    return [
      p(
        plan.status === 'signed'
          ? 'Signed off: everyone who must sign has done so.'
          : 'Everything needed for sign-off is in place.',
      ),
    ];
  }
  const lead = readyForSignOff
    ? 'The plan is ready for sign-off. Still needed:'
    : 'This plan is not yet ready for sign-off. Still needed:';
  return [p(lead), { kind: 'list', items: issues.map((i) => i.message) }];
}

function relationshipText(person: Person): string {
  return person.relationship === 'other' && person.relationshipOther
    ? person.relationshipOther
    : (RELATIONSHIP_LABELS[person.relationship] ?? person.relationship);
}

function roleText(s: SignOff): string {
  return s.role === 'other' && s.roleOther ? s.roleOther : (SIGNATORY_ROLE_LABELS[s.role] ?? s.role);
}

function signOffBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const list = plan.signOff ?? [];
  const blocks: Block[] = [...statusBlocks(plan, ctx)];
  if (list.length === 0) blocks.push(noneRecorded('signatories'));
  for (const s of list) {
    const rows: [string, string][] = [
      ['Role', roleText(s)],
      ['Stance', STANCE_LABELS[s.stance] ?? s.stance],
    ];
    if (s.reservations?.trim()) {
      const heading =
        s.stance === 'does_not_agree'
          ? 'Why they do not agree'
          : s.stance === 'views_recorded'
            ? 'Their views'
            : 'Reservations';
      rows.push([heading, s.reservations.trim()]);
    }
    rows.push(['Date', s.date ? formatDate(s.date) : NOT_PROVIDED]);
    rows.push(['Typed name', s.name]);
    const group: Block[] = [h3(s.name), fields(rows)];
    const sig = s.signature ? signatureFigure(s.signature, s.name) : undefined;
    group.push(sig ?? muted('No drawn signature: the typed name above stands as the signature.'));
    blocks.push({ kind: 'keepTogether', blocks: group });
  }

  blocks.push(
    h3('Fingerprint'),
    p(
      'This fingerprint (SHA-256) identifies the exact content of this version of the plan. ' +
        'Opening this PDF in Staying in touch checks the attached plan against it; any change shows.',
    ),
    { kind: 'paragraph', text: ctx.fingerprint, font: 'bold' },
  );

  const log = plan.changeLog ?? [];
  if (log.length) {
    blocks.push(
      h3('Change log'),
      table(
        [
          ['Version', 0.6],
          ['Date', 1],
          ['By', 1.2],
          ['What changed', 3],
        ],
        log.map((c) => [String(c.version), formatDate(c.at), c.by, c.summary]),
      ),
    );
  }
  return blocks;
}

/** A drawn signature scaled into a 220 × 64 pt box; undefined when the path cannot be read. */
function signatureFigure(path: string, name: string): Block | undefined {
  const bounds = svgPathBounds(path);
  if (!bounds) return undefined;
  const boxW = 220;
  const boxH = 64;
  const pad = 6;
  const w = Math.max(bounds.maxX - bounds.minX, 1);
  const h = Math.max(bounds.maxY - bounds.minY, 1);
  const scale = Math.min((boxW - 2 * pad) / w, (boxH - 2 * pad) / h);
  return {
    kind: 'figure',
    width: boxW,
    height: boxH,
    label: `Signature of ${name}`,
    draw: (x, yTop): DrawOp[] => [
      { op: 'rect', x, y: yTop - boxH, width: boxW, height: boxH, stroke: COLOURS.rule, lineWidth: 0.5 },
      {
        op: 'svgPath',
        path,
        // drawSvgPath puts the path's origin at (x, y) with y pointing down; shift its box into ours.
        x: x + pad - bounds.minX * scale + (boxW - 2 * pad - w * scale) / 2,
        y: yTop - pad + bounds.minY * scale - (boxH - 2 * pad - h * scale) / 2,
        scale,
        color: [0.05, 0.1, 0.35],
        width: 1.4,
      },
    ],
  };
}
