/**
 * After a PDF is opened: the fingerprint recorded on the case record at sign-off, typed or pasted in
 * and compared with the attached plan's, which is the one check that ties the PDF to what was signed.
 * The answer is read out (a status), in the same words as `npm run plan:verify --fingerprint`.
 */
import { useId, useState, type FormEvent } from 'react';
import { messageText } from '../../../i18n/keyedMessage';
import {
  compareRecordedFingerprint,
  FINGERPRINT_PATTERN,
  normaliseFingerprint,
  type RecordedComparison,
} from '../../pdf/recordedFingerprint';
import { useTranslator } from '../useTranslator';

export function FingerprintCompare({ fingerprint }: { fingerprint: string }) {
  const { t } = useTranslator();
  const id = useId();
  const [given, setGiven] = useState('');
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<RecordedComparison>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!FINGERPRINT_PATTERN.test(normaliseFingerprint(given))) {
      setError(t('signoff.verify.compare.error.format'));
      setResult(undefined);
      return;
    }
    setError(undefined);
    setResult(compareRecordedFingerprint(given, fingerprint));
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form className="fingerprint-compare" onSubmit={submit} noValidate>
      <h2>{t('signoff.verify.compare.heading')}</h2>
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={id}>
          {t('signoff.verify.compare.label')}
        </label>
        <div id={`${id}-hint`} className="hint">
          {t('signoff.verify.compare.hint')}
        </div>
        {error && (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">{t('planner.form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <input
          id={id}
          className="input input--full"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={given}
          onChange={(e) => setGiven(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {t('signoff.verify.compare.button')}
      </button>
      <p className="fingerprint-compare__result" role="status">
        {result &&
          t('signoff.verify.line', {
            outcome: t(`signoff.verify.outcome.${result.outcome}`),
            check: t('signoff.verify.check.recorded'),
            message: messageText(t, result.message),
          })}
      </p>
    </form>
  );
}
