import { useEffect } from 'react';
import { useTranslator } from './useTranslator';

/**
 * Sets the tab title for a view; "Error: " goes first while errors show (GOV.UK pattern). Never a
 * plan's or a person's name: titles are kept in the browser's history and its most-visited pages.
 */
export function useDocumentTitle(title: string, hasErrors = false) {
  const { t } = useTranslator();
  useEffect(() => {
    document.title = t(hasErrors ? 'planner.documentTitle.withErrors' : 'planner.documentTitle.view', { view: title });
  }, [t, title, hasErrors]);
}
