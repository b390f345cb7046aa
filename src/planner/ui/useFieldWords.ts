/**
 * Labels, hints and options for a form's fields, from the catalogue in the page's language:
 * `const w = useFieldWords('person'); <TextInput name="name" {...w('name')} />`.
 */
import { fieldWords, optionList } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

export function useFieldWords(group: string) {
  const { t } = useTranslator();
  const words = (field: string) => fieldWords(t, group, field);
  words.options = <T extends string>(choice: string, values: readonly T[]) => optionList(t, choice, values);
  return words;
}
