/**
 * Autosave keeps whatever is valid. While someone types, a section can be briefly invalid (a new row
 * without its trigger chosen yet, a number being typed); rather than refuse to save anything, the
 * saved plan takes the new value except where it fails the draft schema: a failing list row is left
 * out, and any other failing field keeps its last saved value. So the stored plan is always a valid
 * plan file, and nothing else typed is lost.
 */
import type * as z from 'zod/mini';

type Json = Record<string, unknown>;

function withoutRow(value: unknown, path: PropertyKey[]): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    // The first list index in the path marks the row to leave out.
    return value.filter((_, i) => i !== head);
  }
  if (value && typeof value === 'object') {
    const obj = value as Json;
    return { ...obj, [head as string]: withoutRow(obj[head as string], rest) };
  }
  return value;
}

function restore(next: unknown, previous: unknown, path: PropertyKey[]): unknown {
  if (path.length === 0) return previous;
  const [head, ...rest] = path;
  if (!next || typeof next !== 'object' || Array.isArray(next)) return previous;
  const prevChild = previous && typeof previous === 'object' ? (previous as Json)[head as string] : undefined;
  return { ...(next as Json), [head as string]: restore((next as Json)[head as string], prevChild, rest) };
}

/** The parts of `next` that pass `schema`, with `previous` filling the gaps. Returns undefined if even that fails. */
export function mergeValid<T>(schema: z.ZodMiniType<T>, next: unknown, previous: T): T | undefined {
  let candidate = next;
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = schema.safeParse(candidate);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const rowAt = issue.path.findIndex((k) => typeof k === 'number');
      candidate =
        rowAt >= 0 ? withoutRow(candidate, issue.path.slice(0, rowAt + 1)) : restore(candidate, previous, issue.path);
      break; // paths shift once a row is removed: re-validate before the next fix
    }
  }
  return schema.safeParse(previous).success ? previous : undefined;
}
