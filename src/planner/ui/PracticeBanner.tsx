import { PRACTICE_MARKER } from '../schema/labels';

/** The fictional marker, shown wherever a practice plan appears. */
export function PracticeBanner({ practice }: { practice: boolean }) {
  if (!practice) return null;
  return (
    <p className="practice-banner">
      <strong className="tag tag--fictional">Practice</strong> {PRACTICE_MARKER}. Do not add real details.
    </p>
  );
}
