/**
 * The plan's fingerprint: SHA-256 over a canonical serialisation of its content.
 *
 * Canonical form: object keys sorted by UTF-16 code units, no whitespace, strings and numbers as
 * JSON.stringify writes them, `undefined` members dropped, array order kept (order is meaningful:
 * people, arrangements and sections are ordered lists). So the same plan gives the same fingerprint
 * whatever order its keys were saved in, in any browser or in Node.
 *
 * Excluded, at the top level only (EXCLUDED_KEYS):
 * - `updatedAt`: autosave touches it whenever the plan is opened or saved, also after sign-off, so it
 *   would make a re-saved but identical plan look changed.
 * - `previousVersions`: the fingerprint identifies *this* version. Earlier versions are copied into
 *   the file when a new version starts; leaving them out means a version's fingerprint is the same
 *   when it was signed and when it is later exported from the history. (The PDF reader still
 *   detects any change to the attached file, earlier versions included, with a whole-file digest.)
 * - `fingerprint`, `signedFingerprint`: a plan may carry its own fingerprint; it cannot hash itself.
 * - `ui`: builder state such as the last open step, if the builder ever stores any in the file.
 * - `exchangeLog`: what happened to each letter after the plan was agreed, kept by the agency and
 *   written after sign-off (planLifecycle.ts lets a signed plan change only there). Nobody signs it,
 *   so logging a letter must not make the signed plan look changed.
 * Everything else is covered, including the sign-off entries, signatures and the change log: a PDF
 * is only trustworthy if changing who signed, or their stance, is detected too.
 *
 * Strings are hashed exactly as stored (no Unicode normalisation): a changed character is a change.
 *
 * A plan is hashed as the current format reads it (migrations.ts), written in the earliest format
 * that holds all of it (`inEarliestFormat`): so a signed plan keeps its fingerprint when the builder
 * brings it up to date, and the fingerprint written on the case record at sign-off still identifies
 * it. A migration step must therefore carry every answer across unchanged;
 * tests/unit/signoff/fingerprintPlan.test.ts holds fingerprints recorded for fixtures of each format
 * and fails if a new step changes one.
 */
import { inEarliestFormat, migratePlanData } from '../schema/migrations';

/** Top-level plan keys left out of the fingerprint; see the module comment for why. */
export const EXCLUDED_KEYS: readonly string[] = [
  'updatedAt',
  'previousVersions',
  'fingerprint',
  'signedFingerprint',
  'ui',
  'exchangeLog',
];

/** Canonical JSON text of any JSON-compatible value. Throws on values JSON cannot carry. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error('A plan cannot contain a number that is not finite');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        // JSON.stringify writes undefined array members as null; do the same.
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new Error(`A plan cannot contain a value of type ${typeof value}`);
  }
}

/** The canonical text that is hashed: the plan without its excluded top-level keys. */
export function canonicalPlanText(plan: unknown): string {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) {
    throw new Error('A plan must be an object');
  }
  const migrated = migratePlanData(plan);
  // Something that is not a plan file (no format version) is hashed as it is.
  const copy: Record<string, unknown> = { ...(migrated.ok ? migrated.data : (plan as Record<string, unknown>)) };
  // Left out before choosing the format: what is not hashed cannot make a plan need format 2.
  for (const key of EXCLUDED_KEYS) delete copy[key];
  return canonicalJson(migrated.ok ? inEarliestFormat(copy) : copy);
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes, or of raw bytes, via WebCrypto (browser and Node). */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Copy into a fresh ArrayBuffer-backed view: WebCrypto's types reject SharedArrayBuffer views.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The plan's fingerprint: 64 lower-case hex characters. */
export async function fingerprintPlan(plan: unknown): Promise<string> {
  return sha256Hex(canonicalPlanText(plan));
}
