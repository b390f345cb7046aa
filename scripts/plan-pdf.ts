/**
 * Renders a plan file as the signed-plan PDF, the same PDF the builder exports.
 *
 *   npm run plan:pdf -- <plan.json> <out.pdf> [--name full|first|initials] [--lang en|cy|cy,en] [--now 2026-11-23T10:00:00Z]
 *
 * The plan is validated (and migrated from older formats) with the builder's rules first; problems
 * are printed as `field.path: message`. `--name` chooses how the child's name appears on the pages
 * (default: full). `--lang` the language of the pages: English, Welsh, or both, Welsh first (`cy,en`,
 * as Welsh public bodies publish); by default the plan's own choice, else English. `--now` fixes the creation date, for reproducible output.
 * Exit code: 0 on success, 1 when the plan is invalid or cannot be read, 2 on wrong usage.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { translator } from '../src/i18n/translator';
import { isLanguage, LANGUAGES, type Language } from '../src/i18n/languages';
import { messageText } from '../src/i18n/keyedMessage';
import { MAX_FILE_BYTES, parsePlanFile } from '../src/planner/schema/planFile';
import { loadFontsNode } from '../src/planner/pdf/loadFontsNode';
import type { NameStyle } from '../src/planner/pdf/planDocument';
import { renderPlanPdfWithDetails } from '../src/planner/pdf/renderPlanPdf';
import { documentLanguages } from '../src/planner/schema/documentLanguages';

const USAGE =
  'Usage: npm run plan:pdf -- <plan.json> <out.pdf> [--name full|first|initials] [--lang en|cy|cy,en] [--now <ISO date-time>]';
const NAME_STYLES: readonly NameStyle[] = ['full', 'first', 'initials'];

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(2);
}

const positional: string[] = [];
let nameStyle: NameStyle = 'full';
let now: Date | undefined;
let languages: Language[] | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--name') {
    const value = args[++i] as NameStyle;
    if (!NAME_STYLES.includes(value)) usage(`--name must be one of: ${NAME_STYLES.join(', ')}`);
    nameStyle = value;
  } else if (arg === '--lang') {
    const value = (args[++i] ?? '').split(',');
    if (!value.every(isLanguage) || new Set(value).size !== value.length)
      usage(`--lang must be one language or two joined by a comma: ${LANGUAGES.join(', ')}, cy,en`);
    languages = value;
  } else if (arg === '--now') {
    now = new Date(args[++i] ?? '');
    if (Number.isNaN(now.getTime())) usage('--now must be a date and time, for example 2026-11-23T10:00:00Z');
  } else if (arg.startsWith('--')) {
    usage(`Unknown option ${arg}`);
  } else {
    positional.push(arg);
  }
}
if (positional.length !== 2) usage();
const [input, output] = positional;

let text: string;
try {
  if (statSync(input).size > MAX_FILE_BYTES) {
    console.error(translator().t('planner.planFile.tooLarge', { megabytes: MAX_FILE_BYTES / 1_000_000 }));
    process.exit(1);
  }
  text = readFileSync(input, 'utf8');
} catch (error) {
  console.error(`Cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  process.exit(1);
}

const parsed = parsePlanFile(text);
if (!parsed.ok) {
  const { t } = translator();
  console.error(messageText(t, parsed.message));
  for (const issue of parsed.issues) console.error(`  ${issue.path || '(file)'}: ${messageText(t, issue.message)}`);
  process.exit(1);
}

const started = performance.now();
const result = await renderPlanPdfWithDetails(parsed.plan, {
  fonts: await loadFontsNode(),
  nameStyle,
  // The plan's own choice of language unless --lang says otherwise.
  languages: languages ?? documentLanguages(parsed.plan, 'en'),
  now,
});
writeFileSync(output, result.bytes);
const ms = Math.round(performance.now() - started);
console.log(
  `Wrote ${output}: ${result.pageCount} pages, ${(result.bytes.length / 1024).toFixed(1)} KB, ${ms} ms. Fingerprint ${result.fingerprint}`,
);
