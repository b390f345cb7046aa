/** Reads every resource file and the glossary straight from src/content, as the build would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TYPE_FOLDERS, type LintedType } from '../src/hub/contentRules';

export interface ContentFile {
  file: string;
  id: string;
  type: LintedType;
  data: Record<string, unknown>;
  body: string;
}

export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter block');
  return { data: parse(m[1]) ?? {}, body: m[2] };
}

/**
 * Every resource file, in subfolders too (`sessions/day-one/opening.mdx`), with the id the build gives
 * it: its path in its type's folder, without `.mdx` (`day-one/opening`).
 */
export function loadResources(root = 'src/content'): ContentFile[] {
  return (Object.entries(TYPE_FOLDERS) as [LintedType, string][]).flatMap(([type, folder]) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const file = join(root, folder, f);
        return { file, id: f.replace(/\.mdx$/, ''), type, ...splitFrontmatter(readFileSync(file, 'utf8')) };
      }),
  );
}

export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  seeAlso?: string[];
}
export const loadGlossary = (root = 'src/content'): GlossaryTerm[] =>
  parse(readFileSync(join(root, 'glossary.yaml'), 'utf8'));
