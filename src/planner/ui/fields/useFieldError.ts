import { useFormState, type FieldError } from 'react-hook-form';

/** The error message for a field, looked up by its dotted name. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  let node: unknown = errors;
  for (const key of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as FieldError | undefined)?.message;
}
