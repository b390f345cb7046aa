import { useId, useRef, useState } from 'react';
import type { Plan, PlanContent } from '../../schema/planSchema';
import { exportPlanPdf } from './exportPlanPdf';
import type { NameStyle } from '../../pdf/planDocument';

type ExportState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; reason: string };

/** Our own errors (the font could not be fetched, ...) are worded for people; anything else is not. */
const reasonOf = (error: unknown) =>
  error instanceof Error && /^The font/.test(error.message)
    ? error.message
    : 'Something went wrong while making it. Check your connection, then try again.';

interface Props {
  plan: Plan | PlanContent;
  nameStyle: NameStyle;
  /** Button text, saying what happens: "Export signed plan as PDF". */
  children: React.ReactNode;
  secondary?: boolean;
}

/** A button that makes the PDF and downloads it, with a progress message read out as it changes. */
export function PdfExportButton({ plan, nameStyle, children, secondary }: Props) {
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
        {state.kind === 'working' && 'Preparing the PDF…'}
        {state.kind === 'done' && `The PDF has been downloaded: ${state.fileName}`}
        {state.kind === 'failed' && `The PDF could not be made. ${state.reason}`}
      </p>
    </div>
  );
}
