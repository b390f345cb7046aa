import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { focusFirst, LandingFocus } from './viewLanding';

let firstView = true;

/**
 * The view's h1. When the view changes inside the builder, focus moves here, so screen reader users
 * hear where they are, unless the navigation named where to land instead, or the view has put focus on
 * one of its questions (see viewLanding.ts); on the first view after the page loads, focus is left
 * alone unless the address names where to land.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const landing = useContext(LandingFocus);
  useEffect(() => {
    const first = firstView;
    firstView = false;
    if (document.querySelector('.error-summary')) return;
    // The view opened at one of its own questions (useLandOnQuestion): focus stays there.
    if (ref.current?.closest('.planner-section')?.contains(document.activeElement)) return;
    if (focusFirst(landing)) return;
    if (!first) ref.current?.focus();
    // Once, when the view opens: later changes to the landing belong to the next view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
