/**
 * Which copy an edition of the plan is, and whether it may be made: the one answer the print view
 * (ui/copies/PrintEditionPage.tsx), the copies page and `npm run plan:pdf` give. A birth relative's
 * copy and easy read are one birth relative's (without a choice, the plan's only one); the child's
 * plan is in the words of an age band (without a choice, the child's on `today`); and a copy is made
 * only once nothing it prints is left to reword or keep (`openFindings`).
 */
import type { Translator } from '../../i18n/translator';
import { copyFindings } from '../answers/copyFindings';
import { AGE_BANDS, ageBandOn, editionFindings } from '../answers/readerEditions';
import type { PlanContent } from '../schema/planSchema';
import type { Edition } from '../state/hashRoute';
import { nameProtectedFrom } from '../state/protectedDetails';
import type { FamilyCopy } from './planDocument';

export type EditionCopy =
  /** `copy` is undefined for the agency record. */
  | { ok: true; copy: FamilyCopy | undefined }
  /** The child's plan, with no age band chosen and no date of birth to find one from. */
  | { ok: false; problem: 'noAgeBand' }
  /** A birth relative's copy or easy read, for no one or someone who is not a birth relative in the plan. */
  | { ok: false; problem: 'notBirthRelative'; forId?: string; birthRelatives: string[] };

export interface EditionChoice {
  /** The birth relative, by person id. */
  forId?: string;
  /** The child's plan's age band, as written in an address or on the command line; ignored if not one. */
  band?: string;
  /** Today, YYYY-MM-DD: the child's age band is found from the date of birth on it. */
  today: string;
}

export function editionCopy(plan: PlanContent, edition: Edition, choice: EditionChoice): EditionCopy {
  switch (edition) {
    case 'record':
      return { ok: true, copy: undefined };
    case 'adoptive-family':
      return { ok: true, copy: { reader: 'adoptive' } };
    case 'child': {
      const ageBand = AGE_BANDS.find((b) => b === choice.band) ?? ageBandOn(plan.child.dateOfBirth, choice.today);
      return ageBand
        ? { ok: true, copy: { reader: 'adoptive', wording: { kind: 'child', ageBand } } }
        : { ok: false, problem: 'noAgeBand' };
    }
  }
  const birthRelatives = plan.people.filter((p) => nameProtectedFrom(p, 'adoptive')).map((p) => p.id);
  const forId = choice.forId ?? (birthRelatives.length === 1 ? birthRelatives[0] : undefined);
  if (forId === undefined || !birthRelatives.includes(forId))
    return { ok: false, problem: 'notBirthRelative', ...(choice.forId ? { forId: choice.forId } : {}), birthRelatives };
  return {
    ok: true,
    copy: { reader: 'birth', forId, ...(edition === 'easy-read' ? { wording: { kind: 'easyRead' } } : {}) },
  };
}

/** The findings in what `copy` prints that are neither reworded nor kept. */
export function openFindings(plan: PlanContent, copy: FamilyCopy, i18n: Translator) {
  const found = copy.wording
    ? editionFindings(plan, copy.wording, i18n, copy.forId)
    : copyFindings(plan, copy.reader, i18n, copy.forId);
  return found.filter((f) => !f.kept);
}
