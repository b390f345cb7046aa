import { useEffect, useRef, type ReactNode } from 'react';

let firstView = true;

/**
 * The view's h1. When the view changes inside the builder, focus moves here, so screen reader users
 * hear where they are; on the first view after the page loads, focus is left alone.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstView) {
      firstView = false;
      return;
    }
    if (!document.querySelector('.error-summary')) ref.current?.focus();
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
