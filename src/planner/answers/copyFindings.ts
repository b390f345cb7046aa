/**
 * What a family's copy of the plan would print that it must not: the identifying-details checker
 * run over that copy's reading of the plan (planAnswers with the reader's names), answer by
 * answer. The other family's names in the register are already left out by the reading; what is
 * found here is in what people wrote. Each finding is reworded in its answer, or kept with a reason
 * (`protectedDetails.kept`), and the copies are made once none is left open.
 */
import type { Translator } from '../../i18n/translator';
import { NO_PROTECTED_DETAILS, SECTION_IDS, type SectionId } from '../schema/planVocabulary';
import type { KeptFinding, PlanContent } from '../schema/planSchema';
import { protectedDetailsOfPlan, type Reader } from '../state/protectedDetails';
import { fold } from '../text/foldedWords';
import { findIdentifyingDetails, type Finding } from '../text/identifyingDetails';
import { personInCopy, planAnswers, type AnswerRow } from './planAnswers';
import type { Person } from '../schema/planSchema';

/** Sections a family's copy can hold: the sign-off page (with the signatories' names) is the record's. */
export const COPY_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((section) => section !== 'signoff');

/**
 * The sections a birth relative's copy holds: the child, the purposes, their arrangements and the
 * support offered to them, change and review; never the register, the strengths and challenges or
 * others' views.
 */
export const BIRTH_COPY_SECTIONS: readonly SectionId[] = [
  'child',
  'purposes',
  'arrangements',
  'support',
  'change',
  'review',
];

/** The sections `reader`'s copy holds. */
export const copySections = (reader: Reader): readonly SectionId[] =>
  reader === 'birth' ? BIRTH_COPY_SECTIONS : COPY_SECTIONS;

/** Whether a list item is in the copy for the birth relative `forId`: their arrangements and their support. */
export function itemForRelative(plan: PlanContent, list: string, itemId: string, forId: string): boolean {
  if (list === 'arrangements') return !!plan.arrangements.find((a) => a.id === itemId)?.personIds.includes(forId);
  if (list === 'support') {
    const s = plan.support.find((x) => x.id === itemId);
    return s?.party === 'person' && s.personId === forId;
  }
  return true;
}

export interface CopyFinding {
  section: SectionId;
  sectionTitle: string;
  /** The list item the answer belongs to, when it is in one: its id, heading and place in the list. */
  item?: { id: string; heading: string; index: number };
  row: AnswerRow;
  finding: Finding;
  /** Set when the social worker kept this detail here, with their reason. */
  kept?: KeptFinding;
}

const sameDetail = (a: string, b: string) => fold(a.trim()) === fold(b.trim());

/** The kept finding that covers `text` in the answer `where`, if any. */
export function keptFinding(plan: PlanContent, where: string, text: string): KeptFinding | undefined {
  return plan.protectedDetails?.kept.find((k) => k.where === where && sameDetail(k.text, text));
}

/**
 * Every finding in `reader`'s copy, in the plan's order; kept ones carry their reason. With
 * `forId`, only what the copy for that birth relative holds.
 */
export function copyFindings(plan: PlanContent, reader: Reader, i18n: Translator, forId?: string): CopyFinding[] {
  const details = protectedDetailsOfPlan(plan, reader);
  const found: CopyFinding[] = [];
  const check = (section: SectionId, sectionTitle: string, row: AnswerRow, item?: CopyFinding['item']) => {
    // The protected details themselves are the record's, never a copy's.
    if (row.key.startsWith('protectedDetails.') || !row.value) return;
    for (const finding of findIdentifyingDetails(row.value, details)) {
      const kept = keptFinding(plan, row.key, finding.text);
      found.push({ section, sectionTitle, row, finding, ...(item ? { item } : {}), ...(kept ? { kept } : {}) });
    }
  };
  const sections = copySections(reader);
  for (const answers of planAnswers(plan, i18n, { reader })) {
    if (!sections.includes(answers.section)) continue;
    for (const part of answers.parts) {
      if (part.kind === 'rows') for (const row of part.rows) check(answers.section, answers.title, row);
      else
        part.items.forEach((item, index) => {
          if (forId && !itemForRelative(plan, part.list, item.id, forId)) return;
          for (const row of item.rows)
            check(answers.section, answers.title, row, { id: item.id, heading: item.heading, index });
        });
    }
  }
  return found;
}

/** The plan with `text` in the answer `where` kept in the copies, for `reason`. */
export function keepFinding<P extends PlanContent>(plan: P, where: string, text: string, reason: string): P {
  const pd = plan.protectedDetails ?? NO_PROTECTED_DETAILS;
  const others = pd.kept.filter((k) => !(k.where === where && sameDetail(k.text, text)));
  return { ...plan, protectedDetails: { ...pd, kept: [...others, { where, text, reason: reason.trim() }] } };
}

/** The plan without the kept finding for `text` in `where`: it is open again. */
export function stopKeeping<P extends PlanContent>(plan: P, where: string, text: string): P {
  const pd = plan.protectedDetails;
  if (!pd) return plan;
  return {
    ...plan,
    protectedDetails: { ...pd, kept: pd.kept.filter((k) => !(k.where === where && sameDetail(k.text, text))) },
  };
}

/**
 * How a birth relative's own copy names them (its title and every page's footer): by their name,
 * unless the register's entry holds something the birth family must not have ("Amber's birth
 * father" where the child's name is not shared), then by their part.
 */
export function relativeNameInCopy(plan: PlanContent, person: Person, i18n: Translator): string {
  const [name, part] = personInCopy(plan, person, i18n, 'birth');
  return findIdentifyingDetails(name, protectedDetailsOfPlan(plan, 'birth')).length ? part : name;
}
