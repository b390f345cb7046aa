/**
 * The command-line tools' tests run a package.json script as `npm run <name> -- <args>` runs it, minus
 * the launchers: each script is `tsx <file>.ts`, and `npx tsx` starts npm's Node, then tsx's, then the
 * script's (about a second of CPU before the script's first line, for every one of some forty runs).
 * Here the script's own file runs in one Node with tsx's loader, the Node running the tests (the
 * project's Node 24, as `npm run` chooses). The command is read from package.json, so a script renamed
 * or pointed at another file there is what the tests run.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The TypeScript file `npm run <name>` runs with tsx. */
export function npmScriptFile(name: string): string {
  const file = /^tsx (\S+\.ts)$/.exec(scripts[name] ?? '')?.[1];
  if (!file) throw new Error(`npm run ${name} is ${JSON.stringify(scripts[name])}, not "tsx <file>.ts"`);
  return file;
}

/** Runs `npm run <name> -- ...args` and waits for it: its exit status, standard output and error. */
export function runNpmScript(name: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', npmScriptFile(name), ...args], { encoding: 'utf8' });
}
