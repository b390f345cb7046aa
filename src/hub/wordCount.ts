/** Words in an MDX body, ignoring import lines, tags and Markdown punctuation. */
export function countWords(body: string): number {
  const text = body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
