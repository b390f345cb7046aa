/**
 * A form opened at one of its questions, from a row's own Change link on "Check your answers": focus
 * lands on that question as the form opens. Loaded with the forms, not the builder's first screen.
 */
import { useLayoutEffect } from 'react';
import { fieldId } from './fields/fieldId';
import { focusFirst } from './viewLanding';

/**
 * The element ids a question may have, from its path in the section's value or the item
 * (`frequency.count`), after the form's own names for paths (`rename`): the question itself, else
 * the question it is part of (`safety.noDirectContact` is a box in the `safety` checkboxes).
 */
export function questionIds(path: string, rename: Record<string, string> = {}): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => {
    const prefix = parts.slice(0, parts.length - i).join('.');
    return fieldId(rename[prefix] ?? prefix);
  });
}

/**
 * A form opened at one question (a row's Change link on "Check your answers"): focus lands there as
 * the form opens, before the page's heading would take it (see PageHeading).
 */
export function useLandOnQuestion(path: string | undefined, rename?: Record<string, string>) {
  useLayoutEffect(() => {
    if (path) focusFirst(questionIds(path, rename));
    // Once, as the form opens: later renders keep focus where the user has put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
