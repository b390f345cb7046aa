import { useEffect } from 'react';

/** Sets the tab title for a view; "Error: " goes first while errors show (GOV.UK pattern). */
export function useDocumentTitle(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Plan builder – Staying in touch`;
  }, [title, hasErrors]);
}
