/**
 * Checks a letterbox letter for identifying details, as a coordinator would before passing it on.
 *
 *   npm run letter:check -- <letter.txt> [--plan <plan.json>] [--lang en|cy]
 *
 * Prints only a JSON array of findings on standard output, each with its type, the detail's own
 * text, its start and end (UTF-16 offsets into the letter, as JavaScript counts them) and the reason
 * it matters. Without --plan it finds what needs no list (phone numbers, e-mail and web addresses,
 * postcodes, streets, schools, social media, car registrations); with --plan it also finds the names
 * the plan protects (src/planner/state/protectedDetails.ts says which). `--lang` chooses the language
 * of the reasons (default English); the rest of the JSON (types, text, offsets) is the same in both.
 * Exit code: 0 when there are no findings, 1 when there are, 2 on wrong usage or a letter or plan
 * that cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { messageText } from '../src/i18n/keyedMessage';
import { isLanguage, LANGUAGES, type Language } from '../src/i18n/languages';
import { translator } from '../src/i18n/translator';
import { parsePlanFile } from '../src/planner/schema/planFile';
import { MAX_FILE_BYTES } from '../src/planner/schema/planFileText';
import { protectedDetailsOfPlan } from '../src/planner/state/protectedDetails';
import { findIdentifyingDetails, type ProtectedDetail } from '../src/planner/text/identifyingDetails';

const USAGE = 'Usage: npm run letter:check -- <letter.txt> [--plan <plan.json>] [--lang en|cy]';

function fail(message?: string): never {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(2);
}

/** A letter or plan that cannot be used: the command was right, so no usage line. */
function unreadable(message: string): never {
  console.error(message);
  process.exit(2);
}

/**
 * A file's text; anything but a readable UTF-8 text file of a sensible size ends the command. A
 * byte-order mark is kept, so offsets count it as Node's readFileSync(path, 'utf8') does.
 */
function readText(path: string, what: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) unreadable(`The ${what} ${path} is too large to check.`);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    unreadable(`Cannot read the ${what} ${path}: ${why}.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    unreadable(`The ${what} ${path} is not text: save it as plain text (UTF-8) and try again.`);
  }
  if (text.includes('\u0000'))
    unreadable(`The ${what} ${path} is not text: save it as plain text (UTF-8) and try again.`);
  return text;
}

const positional: string[] = [];
let planPath: string | undefined;
let lang: Language = 'en';
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--plan') {
    planPath = args[++i];
    if (!planPath) fail('--plan needs the path of a plan file.');
  } else if (arg === '--lang') {
    const value = args[++i];
    if (!isLanguage(value)) fail(`--lang must be one of: ${LANGUAGES.join(', ')}.`);
    lang = value;
  } else if (arg.startsWith('--')) {
    fail(`Unknown option ${arg}`);
  } else {
    positional.push(arg);
  }
}
if (positional.length !== 1) fail();

const letter = readText(positional[0], 'letter');
const { t } = translator(lang);

let details: ProtectedDetail[] = [];
if (planPath) {
  const parsed = parsePlanFile(readText(planPath, 'plan'));
  if (!parsed.ok) {
    console.error(messageText(t, parsed.message));
    for (const issue of parsed.issues) console.error(`  ${issue.path || '(file)'}: ${messageText(t, issue.message)}`);
    process.exit(2);
  }
  details = protectedDetailsOfPlan(parsed.plan);
}

const findings = findIdentifyingDetails(letter, details).map(({ type, text, start, end }) => ({
  type,
  text,
  start,
  end,
  reason: t(`letters.finding.${type}`),
}));
console.log(JSON.stringify(findings, null, 2));
process.exitCode = findings.length > 0 ? 1 : 0;
