/**
 * The plan's PDF and calendar actions, shown beside "Save plan to file": export the plan as a PDF
 * for the child's record (with a choice of how the child's name appears), and download the plan's
 * dates (the repeating review, the months letters are due) as a calendar file. Everything that makes
 * the PDF loads only when the button is pressed.
 */
import { useState } from 'react';
import type { Plan } from '../../schema/planSchema';
import { copiesHash, printHash, sectionHash } from '../../state/hashRoute';
import type { MessageKey } from '../../../i18n/catalogue';
import { calendarContents, calendarDateProblem, planCalendar, planCalendarFileName } from '../../signoff/planCalendar';
import { useToolTranslator } from '../useToolTranslator';
import { ExchangeLogLink } from '../exchanges/ExchangeLogLink';
import { downloadFile } from './downloadFile';
import { NameStyleChoice } from './NameStyleChoice';
import { PdfExportButton } from './PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';

/** The button's words: exactly what the file would hold. */
function calendarLabel(plan: Plan): MessageKey {
  const { review, letterMonths } = calendarContents(plan);
  if (letterMonths.length === 0) return 'signoff.calendarButton.label.review';
  return review ? 'signoff.calendarButton.label.reviewAndLetters' : 'signoff.calendarButton.label.letters';
}

function CalendarButton({ plan }: { plan: Plan }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const [message, setMessage] = useState<React.ReactNode>();
  const add = () => {
    const { review, letterMonths } = calendarContents(plan);
    if (plan.review.nextDate !== '' && !review) {
      setMessage(t(calendarDateProblem(plan.review.nextDate) ?? 'signoff.calendarButton.failed'));
      return;
    }
    if (!review && letterMonths.length === 0) {
      setMessage(
        <>
          {t('signoff.calendarButton.noDate')}{' '}
          <a href={sectionHash(plan.id, 'review')}>{t('signoff.calendarButton.noDateLink')}</a>{' '}
          {t('signoff.calendarButton.noDateAfterLink')}
        </>,
      );
      return;
    }
    try {
      const fileName = planCalendarFileName(plan);
      downloadFile(planCalendar(i18n, plan, { now: new Date() }), 'text/calendar;charset=utf-8', fileName);
      setMessage(
        [
          t('signoff.calendarButton.downloaded', { fileName }),
          review ? t('signoff.calendarButton.holdsReview', { count: plan.review.intervalMonths ?? 0 }) : '',
          letterMonths.length ? t('signoff.calendarButton.holdsLetters', { count: letterMonths.length }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch {
      setMessage(t('signoff.calendarButton.failed'));
    }
  };
  return (
    <div className="pdf-export">
      <button type="button" className="button button--secondary" onClick={add}>
        {t(calendarLabel(plan))}
      </button>
      <p className="pdf-export__status" role="status">
        {message}
      </p>
    </div>
  );
}

export default function PdfActions({ plan }: { plan: Plan }) {
  const { t } = useToolTranslator();
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
      <p className="pdf-actions__print">
        <a href={printHash(plan.id, 'record', nameStyle === 'full' ? {} : { name: nameStyle })}>
          {t('planner.print.link.record')}
        </a>
      </p>
      <p className="pdf-actions__copies">
        {t('planner.copies.linkIntro')} <a href={copiesHash(plan.id)}>{t('planner.copies.title')}</a>
      </p>
      <ExchangeLogLink plan={plan} />
    </section>
  );
}
