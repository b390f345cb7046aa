/**
 * The Welsh a reader meets on a built page (issue 13): the text of its body and the attributes a
 * reader sees or hears (alt, title, aria-label, placeholder), leaving out whatever sits inside an
 * element whose `lang` is another language (an untranslated passage, a source's title), what is
 * never shown (scripts, styles, templates, data) and code. A small tokenizer, enough for the HTML Astro writes.
 */

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements that start a line of their own, so each passage is a line. */
const BLOCK =
  /^(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|table|td|th|tr|ul|button|label|legend|summary)$/;
/** Elements whose content is not text in a language: never shown, or code (a database's name, a key). */
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'svg', 'code']);
/** Attributes a reader sees or a screen reader says. */
const SEEN_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? whole),
  );

const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/gi;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

interface Open {
  name: string;
  /** Whether this element or one around it is in another language, or never shown. */
  excluded: boolean;
}

/**
 * The page's text in the page's own language (`lang` on <html>, or `pageLang`), one passage per line.
 * A `lang` of that language inside another switches back to it.
 */
export function ownLanguageText(html: string, pageLang = 'cy'): string {
  const sameLanguage = (lang: string) => lang.toLowerCase().split('-')[0] === pageLang;
  const stack: Open[] = [];
  const out: string[] = [];
  const excluded = () => stack.at(-1)?.excluded ?? false;
  let last = 0;
  const token = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = token.exec(html); match; match = token.exec(html)) {
    if (!excluded()) out.push(decode(html.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, rawName, attributes = '', selfClosing] = match;
    if (!rawName) continue; // a comment or the doctype
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.findLastIndex((open) => open.name === name);
      if (at >= 0) stack.length = at;
      out.push(BLOCK.test(name) ? '\n' : ' ');
      continue;
    }
    const attrs = new Map(
      [...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1].toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? '')]),
    );
    const lang = attrs.get('lang');
    const isExcluded = UNSEEN.has(name) || (lang !== undefined && lang !== '' ? !sameLanguage(lang) : excluded());
    if (!isExcluded) for (const [attr, value] of attrs) if (SEEN_ATTRIBUTES.has(attr)) out.push(`\n${value}\n`);
    out.push(BLOCK.test(name) || name === 'br' ? '\n' : ' ');
    if (VOID.has(name) || selfClosing) continue;
    stack.push({ name, excluded: isExcluded });
    // A script's or style's text may hold "<" and tags of its own: skip to its end.
    if (name === 'script' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      token.lastIndex = end < 0 ? html.length : end;
      last = token.lastIndex;
    }
  }
  if (!excluded()) out.push(decode(html.slice(last)));
  return out
    .join('')
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
