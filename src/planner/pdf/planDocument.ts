/**
 * The plan as document blocks: page one, then every section in the schema's order, then the
 * sign-off page. Wording comes from the planner's labels, so the PDF says what the builder says.
 *
 * Pure: no pdf-lib. `renderPlanPdf` lays these blocks out and draws them.
 */
import { messageText } from '../../i18n/keyedMessage';
import type { Translator } from '../../i18n/translator';
import { copySections, itemForRelative, relativeNameInCopy } from '../answers/copyFindings';
import {
  planAnswers,
  personInCopy,
  personPartLabel,
  sectionAnswers,
  signatoryRoleLabel,
  type AnswerPart,
  type AnswerRow,
  type SectionAnswers,
} from '../answers/planAnswers';
import type { PlanContent } from '../schema/planSchema';
import type { Reader } from '../state/protectedDetails';
import { signedOffDate, type SignOffReadiness } from '../signoff/signOffRules';
import type { Block, DrawOp } from './pageLayout';
import type { Wording } from '../answers/readerEditions';
import { COLOURS } from './pageLayout';
import { readSignaturePath, signatureBounds, signaturePathData } from '../schema/signaturePath';

export type NameStyle = 'full' | 'first' | 'initials';

/**
 * A family's copy: whose it is (a birth relative's leaves out the adoptive family's details, the
 * adoptive family's the birth relatives') and, for a birth relative's, who it is for. What each
 * copy holds is answers/copyFindings.ts's `copySections` and `itemForRelative`, which the findings
 * use too.
 */
export interface FamilyCopy {
  reader: Reader;
  /** The birth relative the copy is for (a person id in the register). */
  forId?: string;
  /**
   * Written for its reader instead of as the plan's answers: the child's own plan (reader
   * "adoptive": the family keeps it) or easy read (reader "birth", for `forId`).
   */
  wording?: Wording;
}

export interface PlanDocumentContext {
  i18n: Translator;
  nameStyle: NameStyle;
  fingerprint: string;
  readiness: SignOffReadiness;
  /** Extra figure for the people section (the eco-map), when one can be drawn. */
  ecomap?: Block;
  /** A family's copy instead of the agency record. */
  copy?: FamilyCopy;
  /** The agency record printed from the browser: no plan file is attached, so page one does not say so. */
  unattached?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** The child's name as the exporter chose to show it: in full, first name only, or initials. */
export function styledChildName(name: string, style: NameStyle, notGiven = ''): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return notGiven;
  if (style === 'full') return words.join(' ');
  if (style === 'first') return words[0];
  // Initials keep hyphenated parts: "Anna-Maria Nowak" → "A.-M. N."
  return words
    .map((w) =>
      w
        .split('-')
        .filter(Boolean)
        // Locale-free upper case: initials must read the same whatever the page's language.
        .map((part) => `${Array.from(part)[0].toUpperCase()}.`)
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

/** The plan's display title, with the child's name shown as the exporter chose. */
export function planTitle(plan: PlanContent, style: NameStyle, i18n: Translator): string {
  if (plan.title && plan.title.trim() !== '') return hideChildName(plan.title.trim(), plan.child?.name ?? '', style);
  const name = plan.child?.name?.trim();
  return name ? i18n.t('plan.pdf.titleFor', { name: styledChildName(name, style) }) : i18n.t('plan.pdf.title');
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

/** A row's value as printed: "Not provided" when empty; the child's name as the exporter chose. */
function printed(row: AnswerRow, plan: PlanContent, ctx: PlanDocumentContext): string {
  // In a family's copy the reading already shows the child's name as that family may see it.
  if (ctx.copy && row.key === 'child.name') return row.value || ctx.i18n.t('plan.pdf.copy.childNameLeftOut');
  const childName = plan.child?.name ?? '';
  if (row.key === 'child.name') return styledChildName(childName, ctx.nameStyle, ctx.i18n.t('common.notProvided'));
  if (row.key === 'title') return hideChildName(row.value, childName, ctx.nameStyle);
  return row.value || ctx.i18n.t('common.notProvided');
}

const rowFields = (rows: AnswerRow[], plan: PlanContent, ctx: PlanDocumentContext) =>
  fields(rows.map((row) => [row.label, printed(row, plan, ctx)]));

/** One part of a section's answers: its rows as label and value, or each item under its heading. */
function partBlocks(part: AnswerPart, plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const blocks: Block[] = part.heading ? [h3(part.heading)] : [];
  if (part.kind === 'rows') return [...blocks, rowFields(part.rows, plan, ctx)];
  if (part.items.length === 0) return [...blocks, muted(part.empty)];
  for (const item of part.items) {
    blocks.push({ kind: 'keepTogether', blocks: [h3(item.heading), rowFields(item.rows, plan, ctx)] });
  }
  return blocks;
}

function sectionBlocks(answers: SectionAnswers, plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  if (answers.section === 'signoff') return signOffBlocks(plan, answers, ctx);
  const blocks = answers.parts.flatMap((part) => partBlocks(part, plan, ctx));
  if (answers.section === 'people' && ctx.ecomap) blocks.push(h3(ctx.i18n.t('plan.pdf.ecomap')), ctx.ecomap);
  return blocks;
}

/** A section's answers as a family's copy holds them: its sections and items, never the protected details. */
function copyAnswers(answers: SectionAnswers, plan: PlanContent, copy: FamilyCopy): SectionAnswers {
  const parts = answers.parts.flatMap((part): AnswerPart[] => {
    if (part.kind === 'rows') {
      const rows = part.rows.filter((row) => !row.key.startsWith('protectedDetails.'));
      return rows.length ? [{ ...part, rows }] : [];
    }
    const { forId } = copy;
    return [
      { ...part, items: forId ? part.items.filter((i) => itemForRelative(plan, part.list, i.id, forId)) : part.items },
    ];
  });
  return { ...answers, parts };
}

export function planBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const { t } = ctx.i18n;
  const { copy } = ctx;
  const blocks: Block[] = copy ? copyCoverBlocks(plan, ctx, copy) : coverBlocks(plan, ctx);
  const sections = copy ? copySections(copy.reader) : [];
  for (const read of planAnswers(plan, ctx.i18n, copy ? { reader: copy.reader } : {})) {
    if (copy && !sections.includes(read.section)) continue;
    const answers = copy ? copyAnswers(read, plan, copy) : read;
    if (answers.section === 'signoff') blocks.push({ kind: 'pageBreak' });
    blocks.push(
      h2(answers.step ? t('plan.pdf.sectionStep', { title: answers.title, step: answers.step }) : answers.title),
    );
    blocks.push(...sectionBlocks(answers, plan, ctx));
  }
  return blocks;
}

/** "Parties to this plan": each party's name and part, as a table. */
function partiesBlocks(parties: string[][], t: Translator['t']): Block[] {
  return [
    h2(t('plan.pdf.parties.heading')),
    parties.length
      ? table(
          [
            [t('plan.pdf.parties.name'), 1.4],
            [t('plan.pdf.parties.role'), 2],
          ],
          parties,
        )
      : muted(t('plan.pdf.parties.none')),
  ];
}

/** Page one of a family's copy: whose copy it is, what it leaves out, the plan's key facts. */
function copyCoverBlocks(plan: PlanContent, ctx: PlanDocumentContext, copy: FamilyCopy): Block[] {
  const { i18n } = ctx;
  const { t } = i18n;
  const signed = signedOffDate(plan);
  const relative = copy.forId ? plan.people.find((p) => p.id === copy.forId) : undefined;
  const child = sectionAnswers(plan, 'child', i18n, { reader: copy.reader }).parts.flatMap((part) =>
    part.kind === 'rows' ? part.rows.filter((row) => row.key === 'child.name') : [],
  );
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: copyTitle(plan, copy, i18n) }];
  if (plan.practice) blocks.push({ kind: 'paragraph', text: t('plan.practiceMarker'), font: 'bold', style: 'lead' });
  blocks.push(p(t(`plan.pdf.copy.lead.${copy.reader}`)));
  blocks.push(
    fields([
      [t('plan.pdf.cover.child'), child[0] ? printed(child[0], plan, ctx) : t('plan.pdf.copy.childNameLeftOut')],
      ...(relative
        ? ([
            [
              t('plan.pdf.copy.for'),
              [relativeNameInCopy(plan, relative, i18n), personInCopy(plan, relative, i18n, copy.reader)[1]].join(', '),
            ],
          ] as [string, string][])
        : []),
      [t('plan.pdf.cover.version'), i18n.number(plan.version)],
      [t('plan.status.label'), t(`plan.option.planStatus.${plan.status}`)],
      [t('plan.pdf.cover.signedOn'), signed ? i18n.date(signed) : t('plan.pdf.cover.notSignedOff')],
      [t('plan.pdf.cover.nextReview'), i18n.date(plan.review?.nextDate) || t('common.notProvided')],
      [t('plan.pdf.cover.law'), t(`plan.pdf.law.${plan.jurisdiction}`)],
    ]),
  );
  if (copy.reader === 'adoptive') {
    blocks.push(
      ...partiesBlocks(
        plan.people.map((person) => personInCopy(plan, person, i18n, copy.reader)),
        t,
      ),
    );
  }
  blocks.push(h2(t('plan.pdf.status.heading')), ...statusBlocks(plan, ctx));
  return blocks;
}

/** The copy's title on page one (`title`), or its name in every page's footer: whose copy it is. */
export function copyTitle(
  plan: PlanContent,
  copy: FamilyCopy,
  i18n: Translator,
  form: 'title' | 'name' = 'title',
): string {
  const relative = copy.forId ? plan.people.find((p) => p.id === copy.forId) : undefined;
  const { wording } = copy;
  if (wording?.kind === 'child')
    return i18n.t('plan.edition.name.child', { band: i18n.t(`plan.edition.band.${wording.ageBand}`) });
  if (wording?.kind === 'easyRead')
    return relative
      ? i18n.t('plan.edition.name.easyReadFor', { name: relativeNameInCopy(plan, relative, i18n) })
      : i18n.t('plan.edition.name.easyRead');
  if (copy.reader === 'adoptive') return i18n.t(`plan.pdf.copy.${form}.adoptive`);
  return relative
    ? i18n.t(`plan.pdf.copy.${form}.birthFor`, { name: relativeNameInCopy(plan, relative, i18n) })
    : i18n.t(`plan.pdf.copy.${form}.birth`);
}

function coverBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const { i18n } = ctx;
  const { t } = i18n;
  const signed = signedOffDate(plan);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: planTitle(plan, ctx.nameStyle, i18n) }];
  if (plan.practice) blocks.push({ kind: 'paragraph', text: t('plan.practiceMarker'), font: 'bold', style: 'lead' });
  blocks.push(
    fields([
      [t('plan.pdf.cover.child'), styledChildName(plan.child?.name ?? '', ctx.nameStyle, t('common.notProvided'))],
      [t('plan.pdf.cover.version'), i18n.number(plan.version)],
      [t('plan.status.label'), t(`plan.option.planStatus.${plan.status}`)],
      [t('plan.pdf.cover.signedOn'), signed ? i18n.date(signed) : t('plan.pdf.cover.notSignedOff')],
      [t('plan.pdf.cover.nextReview'), i18n.date(plan.review?.nextDate) || t('common.notProvided')],
      [t('plan.pdf.cover.law'), t(`plan.pdf.law.${plan.jurisdiction}`)],
      [t('plan.pdf.cover.planId'), plan.id],
    ]),
  );

  // Parties: the important people, then signatories who are not among them.
  const parties: string[][] = (plan.people ?? []).map((person) => [person.name, personPartLabel(plan, person, i18n)]);
  const listed = new Set((plan.people ?? []).map((person) => person.name.trim().toLowerCase()));
  for (const s of plan.signOff ?? []) {
    if (s.personId || listed.has(s.name.trim().toLowerCase())) continue;
    listed.add(s.name.trim().toLowerCase());
    parties.push([s.name, signatoryRoleLabel(plan, s, i18n)]);
  }
  blocks.push(...partiesBlocks(parties, t));

  blocks.push(h2(t('plan.pdf.status.heading')), ...statusBlocks(plan, ctx));
  if (!ctx.unattached) blocks.push(muted(t('plan.pdf.attachmentNote')));
  return blocks;
}

function statusBlocks(plan: PlanContent, ctx: PlanDocumentContext): Block[] {
  const { t } = ctx.i18n;
  const { issues, complete, readyForSignOff } = ctx.readiness;
  if (complete) return [p(plan.status === 'signed' ? t('plan.pdf.status.signed') : t('plan.pdf.status.complete'))];
  // What is still needed names the signatories and sections: the agency's list, not a family's.
  if (ctx.copy) return [p(t(readyForSignOff ? 'plan.pdf.copy.status.ready' : 'plan.pdf.copy.status.notReady'))];
  const lead = readyForSignOff ? t('plan.pdf.status.readyStillNeeded') : t('plan.pdf.status.notReadyStillNeeded');
  return [p(lead), { kind: 'list', items: issues.map((i) => messageText(ctx.i18n.t, i)) }];
}

/** The sign-off page: status, each signatory's answers and drawn signature, fingerprint, change log. */
function signOffBlocks(plan: PlanContent, answers: SectionAnswers, ctx: PlanDocumentContext): Block[] {
  const { i18n } = ctx;
  const { t } = i18n;
  const blocks: Block[] = [...statusBlocks(plan, ctx)];
  const signatories = answers.parts.find((part) => part.kind === 'items');
  if (!signatories || signatories.items.length === 0) blocks.push(muted(t('plan.signatories.empty')));
  for (const item of signatories?.items ?? []) {
    const s = plan.signOff.find((signatory) => signatory.id === item.id);
    // The drawn signature is shown as a figure, not as a row saying "Drawn".
    const rows = item.rows.filter(
      (row) => !row.key.endsWith('.signature') && (row.value || !row.key.endsWith('.reservations')),
    );
    const group: Block[] = [h3(item.heading), rowFields(rows, plan, ctx)];
    const sig = s?.signature ? signatureFigure(s.signature, t('plan.pdf.signatureOf', { name: s.name })) : undefined;
    group.push(sig ?? muted(t('plan.pdf.noDrawnSignature')));
    blocks.push({ kind: 'keepTogether', blocks: group });
  }

  // A copy printed from the browser carries no plan file, so it cannot be checked as a PDF can.
  const explained = ctx.unattached ? 'plan.pdf.fingerprint.explainedPrinted' : 'plan.pdf.fingerprint.explained';
  blocks.push(h3(t('plan.pdf.fingerprint.heading')), p(t(explained)), {
    kind: 'paragraph',
    text: ctx.fingerprint,
    font: 'bold',
  });

  const log = plan.changeLog ?? [];
  if (log.length) {
    blocks.push(
      h3(t('plan.pdf.changeLog.heading')),
      table(
        [
          [t('plan.pdf.changeLog.version'), 0.6],
          [t('plan.pdf.changeLog.date'), 1],
          [t('plan.pdf.changeLog.by'), 1.2],
          [t('plan.pdf.changeLog.summary'), 3],
        ],
        log.map((c) => [i18n.number(c.version), i18n.date(c.at.slice(0, 10)), c.by, c.summary]),
      ),
    );
  }
  return blocks;
}

/**
 * A drawn signature scaled into a 220 × 64 pt box. Only the points read by `readSignaturePath` are
 * drawn, written out again, so path data from a file never reaches pdf-lib as it was; a path that
 * is not one the signature pad draws (the plan schema refuses it on opening) stops the export.
 */
function signatureFigure(path: string, label: string): Block | undefined {
  const reading = readSignaturePath(path);
  if (!reading.ok) throw new Error(`The drawn signature cannot be drawn (${reading.problem}).`);
  const bounds = signatureBounds(reading.strokes);
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
    label,
    draw: (x, yTop): DrawOp[] => [
      { op: 'rect', x, y: yTop - boxH, width: boxW, height: boxH, stroke: COLOURS.rule, lineWidth: 0.5 },
      {
        op: 'svgPath',
        path: signaturePathData(reading.strokes),
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
