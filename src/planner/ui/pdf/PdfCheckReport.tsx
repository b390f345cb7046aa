/** What the checks of an opened PDF found, under the notice that its plan was opened. */
import type { PdfVerificationReport } from '../../pdf/openPlanPdf';
import { verificationReportText } from '../../pdf/verificationReportText';
import { useToolTranslator } from '../useToolTranslator';

export function PdfCheckReport({ verification }: { verification: PdfVerificationReport }) {
  const { t } = useToolTranslator();
  const report = verificationReportText(t, verification);
  return (
    <div className="pdf-check-report">
      <h2 className="notification-banner__title">{t('signoff.verify.heading')}</h2>
      <ul>
        {report.checks.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {report.fingerprint && <p className="plan-fingerprint__value">{report.fingerprint}</p>}
      {report.summary.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
