/**
 * An optional drawn signature, captured as SVG path data with a mouse, pen or finger (pointer
 * events), and shown again the same way. The typed name is the keyboard-accessible equivalent and
 * stands on its own, so the pad itself takes no focus. No inline styles: the CSP forbids them.
 */
import { useRef, useState, type PointerEvent } from 'react';
import {
  readSignaturePath,
  signatureBounds,
  signaturePathData,
  SIGNATURE_BOX,
  SIGNATURE_LIMITS,
} from '../../schema/signaturePath';
import { useTranslator } from '../useTranslator';

const { width: WIDTH, height: HEIGHT } = SIGNATURE_BOX;
/** Path data grows about 12 characters a point; stop well before the file format's limit. */
const MAX_PATH = SIGNATURE_LIMITS.characters - 100;
/** Points closer than this (in pad units) to the last one add nothing visible. */
const MIN_STEP = 1.5;

/** A coordinate kept inside the pad, to one decimal place. */
const clampRound = (n: number, max: number) => Math.round(Math.min(Math.max(n, 0), max) * 10) / 10;

interface Props {
  /** The element id; the error summary links to it. */
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange(path: string): void;
  error?: string;
}

export function SignaturePad({ id, label, hint, value, onChange, error }: Props) {
  const { t } = useTranslator();
  const svgRef = useRef<SVGSVGElement>(null);
  const [path, setPath] = useState(value);
  const pathRef = useRef(value);
  const drawing = useRef(false);
  const last = useRef<[number, number]>([0, 0]);
  /** Points drawn so far (a segment is one point; a new stroke's dot is two), kept under the format's cap. */
  const [pointsAtStart] = useState(() => countPoints(value));
  const points = useRef(pointsAtStart);
  const [full, setFull] = useState(false);

  const point = (e: PointerEvent): [number, number] => {
    const box = svgRef.current!.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * WIDTH;
    const y = ((e.clientY - box.top) / box.height) * HEIGHT;
    return [clampRound(x, WIDTH), clampRound(y, HEIGHT)];
  };
  const append = (segment: string, pointCount: number) => {
    if (pathRef.current.length + segment.length > MAX_PATH || points.current + pointCount > SIGNATURE_LIMITS.points) {
      setFull(true);
      return;
    }
    points.current += pointCount;
    pathRef.current += segment;
    setPath(pathRef.current);
  };
  const finish = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(pathRef.current);
  };
  const clear = () => {
    pathRef.current = '';
    points.current = 0;
    setPath('');
    setFull(false);
    onChange('');
  };

  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div
      className={error ? 'form-group form-group--error' : 'form-group'}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={hintId}
    >
      <p className="label" id={labelId}>
        {label}
      </p>
      <div className="hint" id={hintId}>
        {hint}
      </div>
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <svg
        id={id}
        ref={svgRef}
        className="signature-pad"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={path ? t('signoff.signaturePad.drawn') : t('signoff.signaturePad.empty')}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          const [x, y] = point(e);
          last.current = [x, y];
          // A zero-length line, so a dot (the i's dot, a full stop) shows with round caps.
          append(`${pathRef.current ? ' ' : ''}M${x} ${y}L${x} ${y}`, 2);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const [x, y] = point(e);
          if (Math.hypot(x - last.current[0], y - last.current[1]) < MIN_STEP) return;
          last.current = [x, y];
          append(`L${x} ${y}`, 1);
        }}
        onPointerUp={finish}
        onPointerCancel={finish}
        onLostPointerCapture={finish}
      >
        <line className="signature-pad__line" x1="24" y1={HEIGHT - 30} x2={WIDTH - 24} y2={HEIGHT - 30} />
        {path && <path className="signature__ink" d={path} />}
      </svg>
      {full && <p className="hint">{t('signoff.signaturePad.full')}</p>}
      <button type="button" className="button button--secondary" onClick={clear} disabled={!path}>
        {t('signoff.signaturePad.clear')}
      </button>
    </div>
  );
}

/** The points in a signature the pad drew (a value that is not one counts as full). */
function countPoints(path: string): number {
  if (!path) return 0;
  const reading = readSignaturePath(path);
  return reading.ok ? reading.strokes.flat().length : SIGNATURE_LIMITS.points;
}

/**
 * A drawn signature, fitted to its own bounds. Only the points of a path the pad could have drawn
 * are shown, written out again; anything else (which the plan schema refuses) shows nothing.
 */
export function SignatureImage({ path, name }: { path: string; name: string }) {
  const { t } = useTranslator();
  const reading = readSignaturePath(path);
  const b = reading.ok ? signatureBounds(reading.strokes) : undefined;
  if (!reading.ok || !b) return null;
  const pad = 6;
  const viewBox = [b.minX - pad, b.minY - pad, b.maxX - b.minX + 2 * pad, b.maxY - b.minY + 2 * pad].join(' ');
  return (
    <svg className="signature" viewBox={viewBox} role="img" aria-label={t('signoff.signaturePad.imageOf', { name })}>
      <path className="signature__ink" d={signaturePathData(reading.strokes)} />
    </svg>
  );
}
