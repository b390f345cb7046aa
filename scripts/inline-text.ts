// `npm run i18n:inline -- [path ...]`: lists display text still written inline (not from the
// message catalogue) in the given files or folders under src/, file by file with line numbers.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findInlineText } from '../tests/unit/i18n/inlineText';

const walk = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => walk(join(path, name)))
    : /\.(ts|tsx|astro)$/.test(path)
      ? [path]
      : [];

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src'];
let total = 0;
for (const file of roots.flatMap(walk)) {
  if (file.includes('src/i18n/') || file.includes('src/content/')) continue;
  for (const found of findInlineText(file)) {
    total++;
    console.log(`${file}:${found.line}  ${JSON.stringify(found.text)}`);
  }
}
console.log(`${total} inline text${total === 1 ? '' : 's'} found`);
