import { useId, useRef, useState } from 'react';
import type { Plan, PlanContent } from '../../schema/planSchema';
import { exportPlanPdf } from './exportPlanPdf';
import type { NameStyle } from '../../pdf/planDocument';
import type { MessageKey } from '../../../i18n/catalogue';
import { useTranslator } from '../useTranslator';

type ExportState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; reason: MessageKey };

/**
 * Why the PDF could not be made, for people: with no connection, the PDF code or its font was not on
 * this device yet (the offline copy keeps them once a PDF has been made; a failed script import or
 * font fetch); the font could not be fetched (loadFonts.ts throws an error whose message starts
 * "The font"); or anything else.
 */
function reasonOf(error: unknown): MessageKey {
  const font = error instanceof Error && /^The font/.test(error.message);
  const code = error instanceof TypeError && /module/i.test(error.message);
  if ((font || code) && !navigator.onLine) return 'signoff.pdf.failedOffline';
  return font ? 'signoff.pdf.failedFont' : 'signoff.pdf.failedOther';
}

interface Props {
  plan: Plan | PlanContent;
  nameStyle: NameStyle;
  /** Button text, saying what happens: "Export signed plan as PDF". */
  children: React.ReactNode;
  secondary?: boolean;
}

/** A button that makes the PDF and downloads it, with a progress message read out as it changes. */
export function PdfExportButton({ plan, nameStyle, children, secondary }: Props) {
  const { t } = useTranslator();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const busy = useRef(false);
  const statusId = useId();
  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'working' });
    try {
      setState({ kind: 'done', fileName: await exportPlanPdf(plan, nameStyle) });
    } catch (error) {
      setState({ kind: 'failed', reason: reasonOf(error) });
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
        {state.kind === 'failed' && t('signoff.pdf.failed', { reason: t(state.reason) })}
      </p>
    </div>
  );
}
