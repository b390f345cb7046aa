/**
 * Validates plan files from the command line, through the same reader the plan builder's "Open plan
 * file" uses: strict UTF-8, no control characters or broken characters, no duplicate fields, the
 * size cap, and PDFs read in a worker thread with the builder's limits (openPdfInThread.ts).
 *
 *   npm run plan:validate -- plan.json [more.json plan.pdf ...]
 *   npm run plan:validate -- --pdf-time-limit=<seconds> plan.pdf   (default 5, as in the builder)
 *
 * Prints "Valid plan" for each good file, or the builder's message for it and each problem as
 * `field.path: message`. Exit code: 0 when every file is valid, 1 when any is not, 2 on wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { translator } from '../src/i18n/translator';
import { verificationReportText } from '../src/planner/pdf/verificationReportText';
import { fileRefusalText, readPlanFileBytes } from '../src/planner/privacy/readPlanFileBytes';
import { PDF_TIME_LIMIT_MS } from '../src/planner/privacy/pdfTimeLimit';
import { MAX_FILE_BYTES } from '../src/planner/schema/planFileText';
import { openPdfInThread } from './openPdfInThread';

const { t } = translator('en');

const TIME_LIMIT = /^--pdf-time-limit=(\d+(?:\.\d+)?)$/;
const args = process.argv.slice(2);
const limitArg = args.map((a) => TIME_LIMIT.exec(a)).find((m) => m !== null);
const timeLimitMs = limitArg ? Number(limitArg[1]) * 1000 : PDF_TIME_LIMIT_MS;
const files = args.filter((a) => !TIME_LIMIT.test(a));
if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
  console.error(t('planner.validate.usage'));
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const prefix = files.length > 1 ? `${file}: ` : '';
  let bytes: Uint8Array;
  try {
    // Refused before reading, as the builder does, so a huge file is never loaded.
    if (statSync(file).size > MAX_FILE_BYTES) {
      console.log(t('privacy.file.tooLarge', { file, megabytes: MAX_FILE_BYTES / 1_000_000 }));
      failed = true;
      continue;
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    console.log(
      t('planner.validate.cannotRead', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
    failed = true;
    continue;
  }
  const result = await readPlanFileBytes(bytes, file, (pdf) => openPdfInThread(pdf, timeLimitMs));
  if (result.ok) {
    const { migratedFrom } = result;
    console.log(
      `${prefix}${migratedFrom === undefined ? t('planner.validate.valid') : t('planner.validate.validMigrated', { version: migratedFrom })}`,
    );
    if ('verification' in result && result.verification) {
      const report = verificationReportText(t, result.verification);
      for (const line of [...report.checks, ...(report.fingerprint ? [report.fingerprint] : [])]) {
        console.log(`${prefix}${line}`);
      }
    }
    continue;
  }
  failed = true;
  const refusal = fileRefusalText(t, result);
  // The message names the file itself, as the builder's error summary does.
  console.log(refusal.message);
  for (const issue of refusal.issues) {
    console.log(`${prefix}${issue.path || t('planner.files.issuesWholeFile')}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
