/**
 * Validates plan files from the command line, with the same rules the plan builder uses.
 *
 *   npm run plan:validate -- plan.json [more.json ...]
 *
 * Prints "Valid plan" for each good file, or each problem as `field.path: message`.
 * Exit code: 0 when every file is valid, 1 when any is invalid, 2 on wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { translator } from '../src/i18n/translator';
import { messageText } from '../src/i18n/keyedMessage';
import { MAX_FILE_BYTES, parsePlanFile } from '../src/planner/schema/planFile';

const { t } = translator();

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run plan:validate -- <plan.json> [more.json ...]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const prefix = files.length > 1 ? `${file}: ` : '';
  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      console.log(`${prefix}${t('planner.planFile.tooLarge', { megabytes: MAX_FILE_BYTES / 1_000_000 })}`);
      failed = true;
      continue;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${prefix}Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    failed = true;
    continue;
  }
  const result = parsePlanFile(text);
  if (result.ok) {
    const migrated = result.migratedFrom === undefined ? '' : ` (migrated from format version ${result.migratedFrom})`;
    console.log(`${prefix}Valid plan${migrated}`);
    continue;
  }
  failed = true;
  console.log(`${prefix}${messageText(t, result.message)}`);
  for (const issue of result.issues) {
    console.log(`${prefix}${issue.path || '(file)'}: ${messageText(t, issue.message)}`);
  }
}
process.exit(failed ? 1 : 0);
