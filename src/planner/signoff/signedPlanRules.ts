/**
 * Whether a plan that says it is signed off was signed off as its file format required.
 *
 * A plan file is only text: anyone can write `"status": "signed"` into one. So whenever a plan comes
 * from outside (a plan file, a PDF's attachment), its claim is checked against the sign-off rules
 * of the format it was written in, and a claim the signatories do not bear out is refused rather
 * than opened as signed off.
 *
 * The rules are kept per format so a plan is judged by the rules in force when it was signed, not
 * by later ones: a new format with stricter rules adds an entry here and leaves the older ones as
 * they are. Formats 0, 1 and 2 share one set: a social worker and an adoptive parent each signed, with
 * a typed name and a real date that is not in the future, and reservations or disagreement written
 * down; format 2 added that every adoptive parent in the plan's register signs, a rule no format 1 plan
 * can meet or break because its register holds no adoptive parents. A drawn signature was always
 * optional; the typed name stands.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { SCHEMA_VERSION } from '../schema/planVocabulary';
import type { PlanContent } from '../schema/planSchema';
import { signOffIssues, type SignOffIssue } from './signOffRules';

type SignatureRules = (plan: PlanContent, today: string) => SignOffIssue[];

/** The signature rules of formats 0 and 1: the signatures stage of the builder's sign-off rules. */
const signaturesOfFormat1: SignatureRules = (plan, today) =>
  signOffIssues(plan, today).filter((issue) => issue.stage === 'signatures');

/** SIGNATURE_RULES[n]: the sign-off rules of plan format n, for every format this builder reads. */
export const SIGNATURE_RULES: Record<number, SignatureRules> = {
  0: signaturesOfFormat1,
  1: signaturesOfFormat1,
  // Format 2's one addition (every adoptive parent in the register) applies only to format 2 plans.
  2: signaturesOfFormat1,
};

/** A rule a signed plan does not meet: where (`signOff`, or an earlier version's) and which. */
export interface UnmetSignatureRule {
  path: string;
  message: KeyedMessage;
}

/**
 * The sign-off rules that a plan claiming to be signed off does not meet, in the format it was
 * written in (`format`: the file's `schemaVersion` before migration), for the plan and each of its
 * earlier versions that says it is signed. Empty when every claim holds or nothing claims to be signed.
 * `today` (YYYY-MM-DD) is the day it is judged: no one can have signed after it.
 */
export function unmetSignatureRules(
  plan: PlanContent & { previousVersions?: PlanContent[] },
  format: number,
  today: string,
): UnmetSignatureRule[] {
  const rules = SIGNATURE_RULES[format] ?? SIGNATURE_RULES[SCHEMA_VERSION];
  const versions: [prefix: string, content: PlanContent][] = [
    ['', plan],
    ...(plan.previousVersions ?? []).map((v, i): [string, PlanContent] => [`previousVersions.${i}.`, v]),
  ];
  return versions.flatMap(([prefix, content]) =>
    content.status !== 'signed'
      ? []
      : rules(content, today).map((issue) => ({
          path: `${prefix}signOff${issue.index === undefined ? '' : `.${issue.index}`}`,
          message: { key: issue.key, ...(issue.params ? { params: issue.params } : {}) },
        })),
  );
}
