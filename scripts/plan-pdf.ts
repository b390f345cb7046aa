/**
 * Renders a plan file as the signed-plan PDF, the same PDF the builder exports.
 *
 *   npm run plan:pdf -- <plan.json> <out.pdf> [--name full|first|initials] [--lang en|cy|cy,en]
 *     [--edition record|adoptive-family|birth-relative|child|easy-read] [--for <person id>]
 *     [--age-band under8|8to12|teen] [--now 2026-11-23T10:00:00Z]
 *
 * The plan is validated (and migrated from older formats) with the builder's rules first; problems
 * are printed as `field.path: message`. `--name` chooses how the child's name appears on the pages
 * (default: full). `--lang` the language of the pages: English, Welsh, or both, Welsh first (`cy,en`,
 * as Welsh public bodies publish); by default the plan's own choice, else English. `--edition` makes a
 * family's copy instead of the agency record (the default): the adoptive family's, a birth
 * relative's or easy read for a birth relative (`--for` the person's id in the plan, needed when the
 * plan has more than one birth relative), or the child's own plan (in words for the child's age
 * band: from the date of birth on the day of `--now`, unless `--age-band` says); the same copies as
 * the builder's "Copies for each family" (src/planner/pdf/editionCopy.ts). A copy is made only when
 * nothing the other family must not have is left in it: otherwise the findings are printed (answer,
 * detail) and nothing is written. `--now` fixes the creation date, for reproducible output.
 * Exit code: 0 on success, 1 when the plan is invalid or cannot be read or a copy has findings left,
 * 2 on wrong usage.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { translator } from '../src/i18n/translator';
import { isLanguage, LANGUAGES, type Language } from '../src/i18n/languages';
import { messageText } from '../src/i18n/keyedMessage';
import { parsePlanFile } from '../src/planner/schema/planFile';
import { MAX_FILE_BYTES } from '../src/planner/schema/planFileText';
import { loadFontsNode } from '../src/planner/pdf/loadFontsNode';
import type { NameStyle } from '../src/planner/pdf/planDocument';
import { renderPlanPdfWithDetails } from '../src/planner/pdf/renderPlanPdf';
import { documentLanguages } from '../src/planner/schema/documentLanguages';
import type { MessageKey } from '../src/i18n/catalogue';
import { AGE_BANDS, type AgeBand } from '../src/planner/answers/readerEditions';
import { editionCopy, openFindings } from '../src/planner/pdf/editionCopy';
import { EDITIONS, type Edition } from '../src/planner/state/hashRoute';

const USAGE =
  'Usage: npm run plan:pdf -- <plan.json> <out.pdf> [--name full|first|initials] [--lang en|cy|cy,en] [--edition record|adoptive-family|birth-relative|child|easy-read] [--for <person id>] [--age-band under8|8to12|teen] [--now <ISO date-time>]';
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
let edition: Edition = 'record';
let forId: string | undefined;
let ageBand: AgeBand | undefined;
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
  } else if (arg === '--edition') {
    const value = args[++i] as Edition;
    if (!EDITIONS.includes(value)) usage(`--edition must be one of: ${EDITIONS.join(', ')}`);
    edition = value;
  } else if (arg === '--for') {
    forId = args[++i];
    if (!forId) usage('--for needs the id of a birth relative in the plan.');
  } else if (arg === '--age-band') {
    const value = args[++i] as AgeBand;
    if (!AGE_BANDS.includes(value)) usage(`--age-band must be one of: ${AGE_BANDS.join(', ')}`);
    ageBand = value;
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
if (forId && edition !== 'birth-relative' && edition !== 'easy-read')
  usage('--for goes with --edition birth-relative or easy-read.');
if (ageBand && edition !== 'child') usage('--age-band goes with --edition child.');
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

const { plan } = parsed;
// Which copy, for whom, in which words: as the builder's copies and print view have it.
const made = editionCopy(plan, edition, {
  forId,
  band: ageBand,
  today: (now ?? new Date()).toISOString().slice(0, 10),
});
if (!made.ok) {
  if (made.problem === 'noAgeBand')
    usage('The plan has no date of birth for the child: say which words to use with --age-band.');
  if (!made.forId) usage(`--edition ${edition} needs --for, one of: ${made.birthRelatives.join(', ') || '(none)'}`);
  console.error(
    `${made.forId} is not a birth relative in this plan. Birth relatives: ${made.birthRelatives.join(', ')}`,
  );
  process.exit(2);
}
const { copy } = made;
if (copy) {
  // A copy is made only when nothing is left in it that the other family must not have.
  const open = openFindings(plan, copy, translator('en'));
  if (open.length) {
    const { t } = translator();
    console.error(
      `The ${edition} copy would print ${open.length} detail(s) the other family must not have. Reword each, or keep it with a reason in the builder's "Copies for each family":`,
    );
    for (const f of open)
      console.error(`  ${f.row.key}: "${f.finding.text}" (${t(`letters.finding.${f.finding.type}` as MessageKey)})`);
    process.exit(1);
  }
}

const started = performance.now();
const result = await renderPlanPdfWithDetails(plan, {
  fonts: await loadFontsNode(),
  nameStyle,
  // The plan's own choice of language unless --lang says otherwise.
  languages: languages ?? documentLanguages(plan, 'en'),
  now,
  ...(copy ? { copy } : {}),
});
writeFileSync(output, result.bytes);
const ms = Math.round(performance.now() - started);
console.log(
  copy
    ? `Wrote ${output}: the ${edition} copy, ${result.pageCount} pages, ${(result.bytes.length / 1024).toFixed(1)} KB, ${ms} ms. No plan file attached.`
    : `Wrote ${output}: ${result.pageCount} pages, ${(result.bytes.length / 1024).toFixed(1)} KB, ${ms} ms. Fingerprint ${result.fingerprint}`,
);
