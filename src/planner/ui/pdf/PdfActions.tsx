/**
 * The plan's PDF and calendar actions, shown beside "Save plan to file": export the plan as a PDF
 * for the child's record (with a choice of how the child's name appears), and download the next
 * review as a calendar file. Everything that makes the PDF loads only when the button is pressed.
 */
import { useState } from 'react';
import type { Plan } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
import { reviewCalendarFileName, reviewCalendarForPlan, reviewDateProblem } from '../../signoff/reviewCalendar';
import { useTranslator } from '../useTranslator';
import { downloadFile } from './downloadFile';
import { NameStyleChoice } from './NameStyleChoice';
import { PdfExportButton } from './PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';

function CalendarButton({ plan }: { plan: Plan }) {
  const i18n = useTranslator();
  const { t } = i18n;
  const [message, setMessage] = useState<React.ReactNode>();
  const add = () => {
    if (plan.review.nextDate === '') {
      setMessage(
        <>
          {t('signoff.calendarButton.noDate')}{' '}
          <a href={sectionHash(plan.id, 'review')}>{t('signoff.calendarButton.noDateLink')}</a>{' '}
          {t('signoff.calendarButton.noDateAfterLink')}
        </>,
      );
      return;
    }
    const problem = reviewDateProblem(plan.review.nextDate);
    if (problem) {
      setMessage(t(problem));
      return;
    }
    try {
      const fileName = reviewCalendarFileName(plan.review.nextDate);
      downloadFile(reviewCalendarForPlan(i18n, plan, { now: new Date() }), 'text/calendar;charset=utf-8', fileName);
      setMessage(t('signoff.calendarButton.downloaded', { fileName }));
    } catch {
      setMessage(t('signoff.calendarButton.failed'));
    }
  };
  return (
    <div className="pdf-export">
      <button type="button" className="button button--secondary" onClick={add}>
        {t('signoff.calendarButton.label')}
      </button>
      <p className="pdf-export__status" role="status">
        {message}
      </p>
    </div>
  );
}

export default function PdfActions({ plan }: { plan: Plan }) {
  const { t } = useTranslator();
  const [nameStyle, setNameStyle] = useState<NameStyle>('full');
  const signed = plan.status === 'signed';
  return (
    <section className="pdf-actions" aria-labelledby="pdf-actions-heading">
      <h3 id="pdf-actions-heading">{t('signoff.pdf.heading')}</h3>
      <p>{signed ? t('signoff.pdf.signedIntro') : t('signoff.pdf.draftIntro')}</p>
      <NameStyleChoice id="pdf-name-style" value={nameStyle} onChange={setNameStyle} />
      <div className="button-group">
        <PdfExportButton plan={plan} nameStyle={nameStyle}>
          {signed ? t('signoff.pdf.exportSigned') : t('signoff.pdf.exportDraft')}
        </PdfExportButton>
        <CalendarButton plan={plan} />
      </div>
    </section>
  );
}
