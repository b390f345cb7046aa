/**
 * After a PDF is opened: the fingerprint recorded on the case record at sign-off, typed or pasted in
 * and compared with the attached plan's, which is the one check that ties the PDF to what was signed.
 * The answer is read out (a status), in the same words as `npm run plan:verify --fingerprint`.
 */
import { useState, type FormEvent } from 'react';
import { messageText } from '../../../i18n/keyedMessage';
import {
  compareRecordedFingerprint,
  FINGERPRINT_PATTERN,
  normaliseFingerprint,
  type RecordedComparison,
} from '../../pdf/recordedFingerprint';
import { FormGroup } from '../fields/FormGroup';
import { fieldId } from '../fields/fieldId';
import { useToolTranslator } from '../useToolTranslator';

const FIELD = 'case-record-fingerprint';

export function FingerprintCompare({ fingerprint }: { fingerprint: string }) {
  const { t } = useToolTranslator();
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
  return (
    <form className="fingerprint-compare" onSubmit={submit} noValidate>
      <h2>{t('signoff.verify.compare.heading')}</h2>
      <FormGroup
        name={FIELD}
        label={t('signoff.verify.compare.label')}
        hint={t('signoff.verify.compare.hint')}
        error={error}
      >
        {(describedBy) => (
          <input
            id={fieldId(FIELD)}
            className="input input--full"
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            value={given}
            onChange={(e) => setGiven(e.target.value)}
          />
        )}
      </FormGroup>
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
