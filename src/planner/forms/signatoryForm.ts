/**
 * The signatory form's values, the sign-off they make, and what is wrong with them: the schema's
 * problems plus what sign-off itself needs (reservations put into words, a date the sign-off rules
 * accept, in plainer words than the schema's).
 */
import type { Translator } from '../../i18n/translator';
import { signOffSchema, type SignOff } from '../schema/planSchema';
import { signatoryDateProblem } from '../signoff/signOffRules';
import { formIssues, optionalChoice, type FormIssue } from './formValues';

export interface SignatoryValues {
  name: string;
  role: string | null;
  roleOther: string;
  stance: string | null;
  reservations: string;
  date: string;
  signature: string;
}

/** Field order on the page, so the error summary lists problems in the order they appear. */
const ORDER: (keyof SignatoryValues)[] = ['name', 'role', 'roleOther', 'stance', 'reservations', 'date', 'signature'];

/** Stances that come with words: reservations, reasons, or the views themselves. */
const WITH_WORDS = new Set(['agrees_with_reservations', 'does_not_agree', 'views_recorded']);

export const signatoryValues = (s: SignOff | undefined): SignatoryValues => ({
  name: s?.name ?? '',
  role: s?.role ?? null,
  roleOther: s?.roleOther ?? '',
  stance: s?.stance ?? null,
  reservations: s?.reservations ?? '',
  date: s?.date ?? '',
  signature: s?.signature ?? '',
});

/** The sign-off the values describe; words for a stance that takes none are left out. */
export function signatoryFromValues(v: SignatoryValues, id: string): unknown {
  return {
    id,
    name: v.name,
    role: optionalChoice(v.role),
    ...(v.role === 'other' ? { roleOther: v.roleOther } : {}),
    stance: optionalChoice(v.stance),
    ...(v.stance && WITH_WORDS.has(v.stance) && v.reservations.trim() ? { reservations: v.reservations } : {}),
    date: v.date,
    ...(v.signature ? { signature: v.signature } : {}),
  };
}

/** Problems with the answers, in the order of the fields on the page. `today` is an ISO date. */
export function signatoryIssues(i18n: Translator, v: SignatoryValues, id: string, today: string): FormIssue[] {
  const { t } = i18n;
  const own: FormIssue[] = [];
  if (v.role === 'other' && !v.roleOther.trim())
    own.push({ name: 'roleOther', message: t('signoff.signatoryForm.roleOtherMissing') });
  if (v.stance === 'agrees_with_reservations' && !v.reservations.trim())
    own.push({ name: 'reservations', message: t('signoff.signatoryForm.reservationsMissing') });
  if (v.stance === 'does_not_agree' && !v.reservations.trim())
    own.push({ name: 'reservations', message: t('signoff.signatoryForm.disagreementMissing') });
  const dateProblem = signatoryDateProblem(v.date, today);
  if (dateProblem) own.push({ name: 'date', message: t(dateProblem.key, { who: t('signoff.signatoryForm.they') }) });
  const fromSchema = formIssues(t, signOffSchema, signatoryFromValues(v, id)).filter((i) => i.name !== 'date');
  const position = (i: FormIssue) => ORDER.indexOf(i.name.split('.')[0] as keyof SignatoryValues);
  return [...fromSchema, ...own].sort((a, b) => position(a) - position(b));
}
