/**
 * The plan's PDF and calendar actions, shown beside "Save plan to file": export the plan as a PDF
 * for the child's record (with a choice of how the child's name appears), and download the next
 * review as a calendar file. Everything that makes the PDF loads only when the button is pressed.
 */
import { useState } from 'react';
import type { Plan } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
import { reviewCalendarFileName, reviewCalendarForPlan } from '../../signoff/reviewCalendar';
import { downloadFile } from './downloadFile';
import { NameStyleChoice } from './NameStyleChoice';
import { PdfExportButton } from './PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';

function CalendarButton({ plan }: { plan: Plan }) {
  const [message, setMessage] = useState<React.ReactNode>();
  const add = () => {
    if (plan.review.nextDate === '') {
      setMessage(
        <>
          There is no review date yet. <a href={sectionHash(plan.id, 'review')}>Enter the date of the next review</a>{' '}
          first.
        </>,
      );
      return;
    }
    try {
      const fileName = reviewCalendarFileName(plan.review.nextDate);
      downloadFile(reviewCalendarForPlan(plan, { now: new Date() }), 'text/calendar;charset=utf-8', fileName);
      setMessage(
        `The review date has been downloaded: ${fileName}. Open it to add the review, with a reminder two weeks before, to your calendar.`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The calendar file could not be made.');
    }
  };
  return (
    <div className="pdf-export">
      <button type="button" className="button button--secondary" onClick={add}>
        Add review dates to calendar
      </button>
      <p className="pdf-export__status" role="status">
        {message}
      </p>
    </div>
  );
}

export default function PdfActions({ plan }: { plan: Plan }) {
  const [nameStyle, setNameStyle] = useState<NameStyle>('full');
  const signed = plan.status === 'signed';
  return (
    <section className="pdf-actions" aria-labelledby="pdf-actions-heading">
      <h3 id="pdf-actions-heading">PDF for the child’s record</h3>
      <p>
        {signed
          ? 'The PDF shows the signed plan with its fingerprint, and carries the plan file inside it so it can be opened here again.'
          : 'This plan is not signed off, so every page of its PDF is marked as not signed off.'}
      </p>
      <NameStyleChoice id="pdf-name-style" value={nameStyle} onChange={setNameStyle} />
      <div className="button-group">
        <PdfExportButton plan={plan} nameStyle={nameStyle}>
          {signed ? 'Export signed plan as PDF' : 'Export draft as PDF'}
        </PdfExportButton>
        <CalendarButton plan={plan} />
      </div>
    </section>
  );
}
