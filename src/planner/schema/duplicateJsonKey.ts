/**
 * Finding a field written twice in one JSON object. `JSON.parse` keeps the last silently, so a file
 * with `"name": "A", ..., "name": "B"` would show one thing in a text editor and another in the
 * builder; plan files never repeat a field, so the reader refuses them instead.
 */

/**
 * The first key that appears twice in the same object of `text`, which must already be known to be
 * valid JSON (parse it first). Keys are compared as decoded, so `"a"` and `"\u0061"` are the same.
 */
export function duplicateJsonKey(text: string): string | undefined {
  /** One entry per open object (its keys so far) or array (null). */
  const open: (Set<string> | null)[] = [];
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i++; text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
      const keys = open.at(-1);
      if (keys && expectingKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
        expectingKey = false;
      }
    } else if (c === 123 /* { */) {
      open.push(new Set());
      expectingKey = true;
    } else if (c === 91 /* [ */) {
      open.push(null);
      expectingKey = false;
    } else if (c === 125 || c === 93 /* } ] */) {
      open.pop();
      expectingKey = false;
    } else if (c === 44 /* , */) {
      expectingKey = open.at(-1) instanceof Set;
    }
  }
  return undefined;
}
