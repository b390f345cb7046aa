import { useEffect } from 'react';
import { useToolName } from './useToolName';
import { useTranslator } from './useTranslator';

/**
 * Sets the tab title for a view; "Error: " goes first while errors show (GOV.UK pattern). Never a
 * plan's or a person's name: titles are kept in the browser's history and its most-visited pages.
 */
export function useDocumentTitle(title: string, hasErrors = false) {
  const { t } = useTranslator();
  const tool = useToolName();
  useEffect(() => {
    document.title = t(hasErrors ? 'common.documentTitle.withErrors' : 'common.documentTitle.view', {
      view: title,
      tool,
      product: t('product.name'),
    });
  }, [t, tool, title, hasErrors]);
}
