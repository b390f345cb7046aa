/**
 * Finds display text written inline in source instead of coming from the message catalogue:
 * - in .tsx: JSX text, string literals in JSX, and text attributes (aria-label, title, alt, ...);
 * - in .astro: text in the template, and text attributes, outside `{…}` expressions;
 * - in .ts: string literals that read as a sentence (three or more words starting with a capital).
 * Errors thrown for developers (`new Error('…')`, `new DOMException('…')`, `super('…')` in an Error
 * subclass) are not display text.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const TEXT_ATTRIBUTES = [
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'label',
  'description',
  'caption',
  'aria-description',
];
const LETTERS = /\p{L}{2,}/u;
const SENTENCE = /^[\p{Lu}][\p{L}'’-]*(?:[ ,:;][\p{L}'’“”"(),.:;!?-]+){2,}/u;

export interface InlineText {
  file: string;
  line: number;
  text: string;
}

function insideDeveloperError(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && /(Error|Exception)$/.test(n.expression.text))
      return true;
    // super('…') in a class that extends an Error: the developer's message of a typed error.
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const owner = n.parent?.parent?.parent?.parent;
      const heritage = owner && ts.isClassDeclaration(owner) ? owner.heritageClauses?.[0]?.types[0]?.getText() : '';
      if (heritage && /Error$/.test(heritage)) return true;
    }
    if (ts.isCallExpression(n) && n.expression.getText().startsWith('console.')) return true;
  }
  return false;
}

function fromTypeScript(file: string, source: string, jsx: boolean): InlineText[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: InlineText[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  /** For a literal inside JSX: the attribute it belongs to, or 'child' for text content. */
  const jsxPlace = (node: ts.Node): string | undefined => {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isJsxAttribute(n)) return n.name.getText();
      if (ts.isJsxExpression(n) && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) return 'child';
      if (ts.isFunctionLike(n)) return undefined;
    }
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) add(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (TEXT_ATTRIBUTES.includes(name) && LETTERS.test(node.initializer.text))
        add(node, `${name}="${node.initializer.text}"`);
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const text = node.text;
      const sentence = SENTENCE.test(text.trim());
      const place = jsx ? jsxPlace(node) : undefined;
      const jsxText =
        !ts.isJsxAttribute(node.parent) &&
        (place === 'child' || (place !== undefined && TEXT_ATTRIBUTES.includes(place))) &&
        / /.test(text.trim()) &&
        LETTERS.test(text);
      if ((sentence || jsxText) && !insideDeveloperError(node) && !ts.isImportDeclaration(node.parent)) add(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Blanks out `{…}` expressions (balanced), keeping line breaks so line numbers stay right. */
function blankExpressions(template: string): string {
  let depth = 0;
  let out = '';
  for (const ch of template) {
    if (ch === '{') depth++;
    out += depth > 0 ? (ch === '\n' ? '\n' : ' ') : ch;
    if (ch === '}' && depth > 0) depth--;
  }
  return out;
}

function fromAstro(file: string, source: string): InlineText[] {
  const found: InlineText[] = [];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source);
  if (frontmatter) found.push(...fromTypeScript(file, frontmatter[1], false).map((f) => ({ ...f, line: f.line + 1 })));
  const keepLines = (s: string) => s.replace(/[^\n]/g, ' ');
  let template = source
    .replace(/^---\n[\s\S]*?\n---/, keepLines)
    .replace(/<script[\s\S]*?<\/script>/g, keepLines)
    .replace(/<style[\s\S]*?<\/style>/g, keepLines)
    .replace(/<!--[\s\S]*?-->/g, keepLines);
  template = blankExpressions(template);
  const lineOf = (index: number) => template.slice(0, index).split('\n').length;
  for (const m of template.matchAll(/>([^<>]+)</g)) {
    if (LETTERS.test(m[1])) found.push({ file, line: lineOf(m.index), text: m[1].trim() });
  }
  for (const m of template.matchAll(/\s([\w-]+)="([^"]*)"/g)) {
    if (TEXT_ATTRIBUTES.includes(m[1]) && LETTERS.test(m[2]))
      found.push({ file, line: lineOf(m.index), text: `${m[1]}="${m[2]}"` });
  }
  return found;
}

export function findInlineText(file: string): InlineText[] {
  const source = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) return fromAstro(file, source);
  if (file.endsWith('.tsx')) return fromTypeScript(file, source, true);
  return fromTypeScript(file, source, false);
}
