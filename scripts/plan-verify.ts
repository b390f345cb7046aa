/**
 * Verifies a plan PDF from the command line with the builder's own verifier (verifyPlanPdf.ts), in
 * a worker thread with the builder's time limit and a memory cap (openPdfInThread.ts):
 *
 *   npm run plan:verify -- plan.pdf [--fingerprint <the 64 hex characters from the case record>]
 *
 * Prints each check as "<outcome> – <check>: <what it found>", then the attached plan's fingerprint
 * unbroken on a line starting "Fingerprint: ", then what the checks add up to. Exit code: 0 only
 * when every check holds (the printed pages compared and matching; with --fingerprint, that it is
 * the attached plan's; a plan not signed off has no signatures to check), 1 otherwise, 2 on wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { translator } from '../src/i18n/translator';
import { messageText } from '../src/i18n/keyedMessage';
import { verificationReportText } from '../src/planner/pdf/verificationReportText';
import { PDF_TIME_LIMIT_MS } from '../src/planner/privacy/pdfTimeLimit';
import { MAX_FILE_BYTES } from '../src/planner/schema/planFileText';
import { openPdfInThread } from './openPdfInThread';

const { t } = translator('en');

function usage(): never {
  console.error(t('planner.verify.usage'));
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let recordedFingerprint: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--fingerprint') {
    recordedFingerprint = (args[++i] ?? '').trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(recordedFingerprint)) {
      console.error(t('planner.verify.badFingerprint'));
      usage();
    }
  } else if (args[i].startsWith('--') || file !== undefined) usage();
  else file = args[i];
}
if (file === undefined) usage();

let bytes: Uint8Array;
try {
  // Refused before reading, as the builder does, so a huge file is never loaded.
  if (statSync(file).size > MAX_FILE_BYTES) {
    console.log(t('privacy.file.tooLarge', { file, megabytes: MAX_FILE_BYTES / 1_000_000 }));
    process.exit(1);
  }
  bytes = new Uint8Array(readFileSync(file));
} catch (error) {
  console.log(t('planner.validate.cannotRead', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  process.exit(1);
}

const opened = await openPdfInThread(bytes, PDF_TIME_LIMIT_MS, recordedFingerprint);
const verification = 'verification' in opened ? opened.verification : undefined;
if (!verification) {
  // Stopped before it could say anything (the time limit, or the thread ran out of memory).
  console.log(opened.ok ? t('signoff.pdfRead.unreadable') : messageText(t, opened.message));
  process.exit(1);
}
const report = verificationReportText(t, verification);
for (const line of report.checks) console.log(line);
if (report.fingerprint) console.log(report.fingerprint);
for (const line of report.summary) console.log(line);
process.exit(verification.allHold ? 0 : 1);
