/**
 * Identifying-details checker bench, run by `npm run bench` (or `npx tsx scripts/bench-letters.ts`):
 * checks a 10,000-word letter, built from the fixture letters (planted details and clean text, English
 * and Welsh), against 30 protected details, 21 times in one process, and prints the median and first
 * (cold) time against the goal of 50 ms. Figures vary by machine, so they are printed, not asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { findIdentifyingDetails, type ProtectedDetail } from '../src/planner/text/identifyingDetails';
import { againstGoal, median, printTable } from './bench-report';

const RUNS = 21;
const WORDS = 10_000;
const GOAL_MS = 50;
const DIR = 'tests/fixtures/letters';

const letters = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length));
const source = letters.map((name) => readFileSync(`${DIR}/${name}.txt`, 'utf8')).join('\n\n');
const sourceWords = source.split(/\s+/).length;
const text = Array.from({ length: Math.ceil(WORDS / sourceWords) }, () => source).join('\n\n');

// The letters' protected details (the clean letters repeat their kind's), then made-up names if
// they come to fewer than 30, as a plan with many people would hold.
const listed = letters
  .filter((name) => !name.startsWith('clean-'))
  .flatMap(
    (name) => (JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as { protected: ProtectedDetail[] }).protected,
  );
const more = 'Aled Bethan Ceri Dafydd Ffion Gareth Heledd Iwan Llinos Meirion Nia Owain Pryderi Sioned Tudur Wyn';
const details: ProtectedDetail[] = [
  ...listed,
  ...more.split(' ').map((n): ProtectedDetail => ({ kind: 'name', text: n })),
].slice(0, 30);

const times: number[] = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  findings = findIdentifyingDetails(text, details).length;
  times.push(performance.now() - start);
}
const ms = median(times);
printTable(`Identifying-details checker, ${RUNS} runs, Node ${process.version}:`, {
  [`${text.split(/\s+/).length} words, ${details.length} details`]: {
    'check, median': againstGoal(`${ms.toFixed(1)} ms`, `< ${GOAL_MS} ms`, ms < GOAL_MS),
    'check, first': `${times[0].toFixed(1)} ms`,
    findings,
  },
});
