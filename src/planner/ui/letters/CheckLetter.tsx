/**
 * "Check a letter": the letter pasted or typed in, checked against the words its writer says must not
 * appear, or, for a coordinator, against the protected details of a plan opened from this device or
 * from a file (state/protectedDetails.ts: the one reading of what a plan protects). The letter, the
 * plan and the decisions are held only in this page's memory: nothing here is saved.
 */
import { useEffect, useState } from 'react';
import type { KeptFinding } from '../../letters/letterDraft';
import { detailsFromWords, reviewLetter, type ReviewedFinding } from '../../letters/letterFindings';
import { messageText } from '../../../i18n/keyedMessage';
import type { Plan } from '../../schema/planSchema';
import { protectedDetailsOfPlan } from '../../state/protectedDetails';
import type { ProtectedDetail } from '../../text/identifyingDetails';
import { PageHeading } from '../PageHeading';
import type { PlannerHost } from '../plannerHost';
import { fieldId } from '../fields/fieldId';
import { ChoiceRadios } from '../privacy/ChoiceRadios';
import { useTranslator } from '../useTranslator';
import { LetterField } from './LetterField';
import { LetterFindings } from './LetterFindings';

type Checker = 'writer' | 'coordinator';

/** Reads a chosen plan PDF in a worker, with a time limit; loaded only when a PDF is opened. */
const openPdf = async (bytes: Uint8Array) => (await import('../../privacy/openPdfInWorker')).openPdfInWorker(bytes);
/** The strict reader of plan files (the builder's), loaded only when a coordinator opens one. */
const readPlanFile = async (bytes: Uint8Array, name: string) =>
  (await import('../../privacy/readPlanFileBytes')).readPlanFileBytes(bytes, name, openPdf);

export default function CheckLetter({ host }: { host: PlannerHost }) {
  const i18n = useTranslator();
  const { t } = i18n;
  // As the builder names a plan (state/planOperations.ts), without loading the builder's words.
  const planName = (p: Plan) => p.title.trim() || p.child.name.trim() || t('letters.check.plan.untitled');
  const [checker, setChecker] = useState<Checker>('writer');
  const [letter, setLetter] = useState('');
  const [words, setWords] = useState('');
  const [plans, setPlans] = useState<Plan[]>([]);
  const [plan, setPlan] = useState<Plan>();
  const [planProblem, setPlanProblem] = useState<string>();
  const [letterMissing, setLetterMissing] = useState(false);
  const [kept, setKept] = useState<KeptFinding[]>([]);
  const [checked, setChecked] = useState<{ letter: string; details: ProtectedDetail[] }>();

  useEffect(() => {
    if (checker !== 'coordinator') return;
    let live = true;
    host.store.list().then(
      (list) => live && setPlans(list),
      () => live && setPlans([]),
    );
    return () => {
      live = false;
    };
  }, [checker, host.store]);

  const details = checker === 'writer' ? detailsFromWords(words) : plan ? protectedDetailsOfPlan(plan) : [];
  const findings: ReviewedFinding[] | undefined = checked && reviewLetter(checked.letter, checked.details, kept);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setPlanProblem(undefined);
    try {
      const result = await readPlanFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (result.ok) return setPlan(result.plan);
      const { translatorFor } = await import('../loadToolTranslator');
      const words = await translatorFor([result.message], i18n);
      setPlanProblem(messageText(words.t, result.message));
    } catch {
      setPlanProblem(t('letters.check.planUnreadable'));
    }
    setPlan(undefined);
  };

  const check = () => {
    if (!letter.trim()) {
      setLetterMissing(true);
      document.getElementById(fieldId('check-letter-text'))?.focus();
      return;
    }
    setLetterMissing(false);
    setChecked({ letter, details });
  };

  return (
    <div className="letters-app">
      <PageHeading>{t('letters.check.title')}</PageHeading>
      <p>{t('letters.privacy')}</p>
      <ChoiceRadios<Checker>
        name="check-who"
        legend={t('letters.check.who')}
        options={(['writer', 'coordinator'] as const).map(
          (who) => [who, t(`letters.check.who.${who}`), t(`letters.check.who.${who}.hint`)] as const,
        )}
        value={checker}
        onChange={setChecker}
      />
      <LetterField
        name="check-letter-text"
        label={t('letters.check.letter')}
        hint={t('letters.check.letter.hint')}
        error={letterMissing ? t('letters.check.empty') : undefined}
        rows={14}
        value={letter}
        onChange={setLetter}
      />
      {checker === 'writer' ? (
        <LetterField
          name="check-avoid"
          label={t('letters.write.avoid')}
          hint={t('letters.write.avoid.hint')}
          rows={4}
          value={words}
          onChange={setWords}
        />
      ) : (
        <>
          <div className="form-group">
            <label className="label" htmlFor="check-plan">
              {t('letters.check.plan')}
            </label>
            {plans.length === 0 && (
              <div className="hint" id="check-plan-hint">
                {t('letters.check.plan.none')}
              </div>
            )}
            <select
              id="check-plan"
              className="select"
              autoComplete="off"
              disabled={plans.length === 0}
              aria-describedby={plans.length === 0 ? 'check-plan-hint' : undefined}
              value={plan && plans.some((p) => p.id === plan.id) ? plan.id : ''}
              onChange={(e) => {
                setPlanProblem(undefined);
                setPlan(plans.find((p) => p.id === e.target.value));
              }}
            >
              <option value="">{t('letters.check.plan.choose')}</option>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {planName(p)}
                </option>
              ))}
            </select>
          </div>
          <div className={planProblem ? 'form-group form-group--error' : 'form-group'}>
            <label className="label" htmlFor="check-plan-file">
              {t('letters.check.planFile')}
            </label>
            <div className="hint" id="check-plan-file-hint">
              {t('letters.check.planFile.hint')}
            </div>
            {planProblem && (
              <p className="error-message" id="check-plan-file-error">
                <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
                {planProblem}
              </p>
            )}
            <input
              id="check-plan-file"
              className="file-upload"
              type="file"
              autoComplete="off"
              accept=".json,.pdf,application/json,application/pdf"
              aria-describedby={planProblem ? 'check-plan-file-hint check-plan-file-error' : 'check-plan-file-hint'}
              onChange={(e) => void openFile(e.target.files?.[0])}
            />
          </div>
          {plan && (
            <p className="inset-text">{t('letters.check.planOpen', { plan: planName(plan), count: details.length })}</p>
          )}
        </>
      )}
      <div className="button-group">
        <button type="button" className="button" onClick={check}>
          {t('letters.check.run')}
        </button>
      </div>
      <LetterFindings letter={checked?.letter ?? ''} findings={findings} kept={kept} onKeptChange={setKept} />
      {host.deviceControls}
    </div>
  );
}
