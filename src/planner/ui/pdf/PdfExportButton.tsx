import { useId, useRef, useState } from 'react';
import { documentLanguages } from '../../schema/documentLanguages';
import type { Plan, PlanContent } from '../../schema/planSchema';
import { exportPlanPdf, PdfExportError, type PdfExportStep } from './exportPlanPdf';
import type { FamilyCopy, NameStyle } from '../../pdf/planDocument';
import type { MessageKey } from '../../../i18n/catalogue';
import { useToolTranslator } from '../useToolTranslator';

type ExportState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; step: PdfExportStep };

/** What each failed step tells the user: what happened, that nothing was downloaded or changed, and what to do. */
const FAILED = {
  load: 'signoff.pdf.failed.load',
  fonts: 'signoff.pdf.failed.fonts',
  render: 'signoff.pdf.failed.render',
  download: 'signoff.pdf.failed.download',
} as const satisfies Record<PdfExportStep, MessageKey>;

/**
 * Offline, the PDF code and its font load only if this device kept them (the offline copy keeps them
 * once a PDF has been made with a connection): that is the likeliest reason those steps failed.
 */
const failedMessage = (step: PdfExportStep): MessageKey =>
  (step === 'load' || step === 'fonts') && !navigator.onLine ? 'signoff.pdf.failedOffline' : FAILED[step];

interface Props {
  plan: Plan | PlanContent;
  nameStyle: NameStyle;
  /** Button text, saying what happens: "Export signed plan as PDF". */
  children: React.ReactNode;
  secondary?: boolean;
  /** A family's copy instead of the agency record. */
  copy?: FamilyCopy;
}

/** A button that makes the PDF and downloads it, with a progress message read out as it changes. */
export function PdfExportButton({ plan, nameStyle, children, secondary, copy }: Props) {
  const { t, lang } = useToolTranslator();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const busy = useRef(false);
  const statusId = useId();
  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'working' });
    try {
      setState({ kind: 'done', fileName: await exportPlanPdf(plan, nameStyle, documentLanguages(plan, lang), copy) });
    } catch (error) {
      // exportPlanPdf names the step of everything it throws; anything else happened while drawing.
      setState({ kind: 'failed', step: error instanceof PdfExportError ? error.step : 'render' });
    } finally {
      busy.current = false;
    }
  };
  return (
    <div className="pdf-export">
      <button
        type="button"
        className={secondary ? 'button button--secondary' : 'button'}
        aria-describedby={state.kind === 'idle' ? undefined : statusId}
        onClick={() => void run()}
      >
        {children}
      </button>
      <p
        className={state.kind === 'failed' ? 'pdf-export__status error-message' : 'pdf-export__status'}
        role="status"
        id={statusId}
      >
        {state.kind === 'working' && t('signoff.pdf.preparing')}
        {state.kind === 'done' && t('signoff.pdf.downloaded', { fileName: state.fileName })}
        {state.kind === 'failed' && t(failedMessage(state.step))}
      </p>
    </div>
  );
}
