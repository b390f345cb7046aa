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
 * family's copy instead of the agency record (the default): the adoptive family's, or a birth
 * relative's (`--for` the person's id in the plan, for the copy of one birth relative), the child's
 * own plan (in words for the child's age band: from the date of birth on the day of `--now`, unless
 * `--age-band` says), or easy read for a birth relative (`--for`, needed when the plan has more than
 * one). A copy is made only when nothing the other family must not have is left in it: otherwise
 * the findings are printed (answer, detail) and nothing is written. `--now` fixes the creation date, for reproducible output.
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
import { copyFindings } from '../src/planner/answers/copyFindings';
import { nameProtectedFrom, type Reader } from '../src/planner/state/protectedDetails';
import type { MessageKey } from '../src/i18n/catalogue';
import { AGE_BANDS, ageBandOn, editionFindings, type AgeBand } from '../src/planner/answers/readerEditions';
import type { Wording } from '../src/planner/answers/readerEditions';
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
const READERS: Record<Edition, Reader | undefined> = {
  record: undefined,
  'adoptive-family': 'adoptive',
  'birth-relative': 'birth',
  // The adoptive family keeps the child's plan; easy read is for a birth relative.
  child: 'adoptive',
  'easy-read': 'birth',
};
const reader = READERS[edition];
const birthRelatives = plan.people.filter((p) => nameProtectedFrom(p, 'adoptive'));
if (edition === 'easy-read' && !forId) {
  // Easy read is one birth relative's: without --for, the plan's only birth relative.
  if (birthRelatives.length !== 1)
    usage(`--edition easy-read needs --for, one of: ${birthRelatives.map((p) => p.id).join(', ') || '(none)'}`);
  forId = birthRelatives[0].id;
}
let wording: Wording | undefined;
if (edition === 'child') {
  const band = ageBand ?? ageBandOn(plan.child.dateOfBirth, (now ?? new Date()).toISOString().slice(0, 10));
  if (!band) usage('The plan has no date of birth for the child: say which words to use with --age-band.');
  wording = { kind: 'child', ageBand: band };
} else if (edition === 'easy-read') wording = { kind: 'easyRead' };
if (reader) {
  const { t } = translator();
  if (forId && !birthRelatives.some((p) => p.id === forId)) {
    console.error(
      `${forId} is not a birth relative in this plan. Birth relatives: ${birthRelatives.map((p) => p.id).join(', ')}`,
    );
    process.exit(2);
  }
  // A copy is made only when nothing is left in it that the other family must not have.
  const found = wording
    ? editionFindings(plan, wording, translator('en'), forId)
    : copyFindings(plan, reader, translator('en'), forId);
  const open = found.filter((f) => !f.kept);
  if (open.length) {
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
  ...(reader ? { copy: { reader, ...(forId ? { forId } : {}), ...(wording ? { wording } : {}) } } : {}),
});
writeFileSync(output, result.bytes);
const ms = Math.round(performance.now() - started);
console.log(
  reader
    ? `Wrote ${output}: the ${edition} copy, ${result.pageCount} pages, ${(result.bytes.length / 1024).toFixed(1)} KB, ${ms} ms. No plan file attached.`
    : `Wrote ${output}: ${result.pageCount} pages, ${(result.bytes.length / 1024).toFixed(1)} KB, ${ms} ms. Fingerprint ${result.fingerprint}`,
);
