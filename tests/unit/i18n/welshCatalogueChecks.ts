/**
 * Welsh spelling by Debian's aspell-cy, for the checks of the Welsh catalogue, pages, built site and
 * PDF (issue 13): whether the dictionary is installed, and the words of a text it does not know.
 */
import { spawnSync } from 'node:child_process';

export const hasWelshAspell = (() => {
  const result = spawnSync('aspell', ['dicts'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.split('\n').includes('cy');
})();

/** Words aspell-cy does not know, outside the allow-list. */
export function unknownWelshWords(text: string, allowed: ReadonlySet<string>): string[] {
  const words = text
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/npm run \S+/g, ' ') // command names in usage lines
    .replace(/\S*[<>[\]=:./]\S*[a-z]\S*/gi, ' ') // file names, options and paths: plan.json, --fingerprint
    .replace(/--\S+/g, ' ')
    .replace(/-?\d+/g, ' ') // numbers, and the numbers of UTF-8 and SHA-256
    .replace(/[’']/g, ' '); // clitics: o’r, wedi’i
  const result = spawnSync('aspell', ['--lang=cy', '--encoding=utf-8', 'list'], { input: words, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`aspell failed: ${result.stderr}`);
  return [...new Set(result.stdout.split('\n').filter((w) => w && !allowed.has(w.toLowerCase())))];
}
