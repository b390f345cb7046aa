/**
 * A sentence with a link (or any element) inside is one message with a placeholder where the
 * element goes, e.g. 'You can also {link}.', so a translator sees the whole sentence and can move
 * the link. The template splits the formatted text there and puts the element between the parts.
 */

/** The text before and after `{name}`; all of it before when the placeholder is missing. */
export function around(text: string, name: string): [before: string, after: string] {
  const placeholder = `{${name}}`;
  const at = text.indexOf(placeholder);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + placeholder.length)];
}
