import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, validatePlanData } from '../../../src/planner/schema/planFile';
import type { Plan, SignOff } from '../../../src/planner/schema/planSchema';
import { translator } from '../../../src/i18n/translator';
import { messageText } from '../../../src/i18n/keyedMessage';
import { fingerprintPlan } from '../../../src/planner/signoff/fingerprintPlan';
import {
  findVersion,
  guardPlanUpdate,
  isReadOnly,
  markReadyForSignOff,
  newVersionSummaryProblem,
  planContent,
  planVersions,
  removeSignatory,
  returnToDraft,
  signOffPlan,
  startNewVersion,
  upsertSignatory,
} from '../../../src/planner/signoff/planLifecycle';

function load(path: string): Plan {
  const r = parsePlanFile(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.message));
  return r.plan;
}

const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T10:00:00Z');
const complete = load('tests/fixtures/plans/complete.json');
const minimal = load('tests/fixtures/plans/minimal-draft.json');
const signed = load('tests/unit/pdf/fixtures/signed-multilingual.json');

const signatory = (over: Partial<SignOff>): SignOff => ({
  id: 's-1',
  name: 'Priya Shah',
  role: 'social_worker',
  stance: 'agrees',
  date: '2026-11-20',
  ...over,
});
const withSignatures = (plan: Plan) =>
  [signatory({}), signatory({ id: 's-2', name: 'Sam Adeyemi', role: 'adoptive_parent' })].reduce(upsertSignatory, plan);

const en = translator('en');
/** The reasons a change was refused, as the reader sees them (in English); none when it was made. */
const reasons = (r: ReturnType<typeof markReadyForSignOff>) =>
  r.ok ? [] : r.reasons.map((reason) => messageText(en.t, reason));

const ok = (r: ReturnType<typeof markReadyForSignOff>) => {
  if (!r.ok) throw new Error(reasons(r).join('; '));
  return r.plan;
};

describe('Draft → Ready for sign-off → Signed off', () => {
  it('marks a complete draft as ready, and refuses an incomplete one with the reasons', () => {
    expect(ok(markReadyForSignOff(complete, TODAY)).status).toBe('ready');
    const refused = markReadyForSignOff(minimal, TODAY);
    expect(refused.ok).toBe(false);
    expect(reasons(refused)).toContain('Select at least one purpose of staying in touch');
    // Only what the plan itself lacks: signatures come after "ready".
    expect(reasons(refused).join(' ')).not.toMatch(/sign-off/);
    expect(markReadyForSignOff(signed, TODAY).ok).toBe(false);
  });

  it('signs off a ready plan only when the signatures are in place', () => {
    const ready = ok(markReadyForSignOff(complete, TODAY));
    const refused = signOffPlan(ready, TODAY);
    expect(refused.ok).toBe(false);
    expect(reasons(refused)).toEqual([
      "Add the social worker's sign-off, with the date",
      "Add the adoptive parents' sign-off, with the date",
    ]);
    expect(ok(signOffPlan(withSignatures(ready), TODAY)).status).toBe('signed');
    expect(signOffPlan(withSignatures(complete), TODAY).ok).toBe(false); // a draft must be marked ready first
  });

  it('refuses sign-off dated in the future or with unrecorded reservations', () => {
    const ready = withSignatures(ok(markReadyForSignOff(complete, TODAY)));
    const future = upsertSignatory(ready, signatory({ date: '2026-12-01' }));
    expect(signOffPlan(future, TODAY).ok).toBe(false);
    expect(reasons(signOffPlan(future, TODAY))).toEqual([
      'The date Priya Shah signed off must be today or in the past',
    ]);
    const reservations = upsertSignatory(ready, signatory({ stance: 'agrees_with_reservations' }));
    expect(signOffPlan(reservations, TODAY).ok).toBe(false);
    expect(reasons(signOffPlan(reservations, TODAY))).toEqual(["Enter Priya Shah's reservations"]);
  });

  it('returns a ready plan to draft', () => {
    expect(ok(returnToDraft(ok(markReadyForSignOff(complete, TODAY)))).status).toBe('draft');
    expect(returnToDraft(complete).ok).toBe(false);
  });

  it('adds, changes and removes signatories, but never on a signed plan', () => {
    const one = upsertSignatory(complete, signatory({}));
    const changed = upsertSignatory(one, signatory({ name: 'Priya S. Shah' }));
    expect(changed.signOff.map((s) => s.name)).toEqual(['Priya S. Shah']);
    expect(removeSignatory(changed, 's-1').signOff).toEqual([]);
    expect(upsertSignatory(signed, signatory({ id: 'new' }))).toBe(signed);
    expect(removeSignatory(signed, signed.signOff[0].id)).toBe(signed);
    expect(complete.signOff).toEqual([]); // inputs are never changed
  });
});

describe('starting a new version', () => {
  const next = ok(
    startNewVersion(signed, { summary: '  Letters move to twice a year.  ', by: 'Priya Shah', now: NOW }),
  );

  it('makes version N+1 a draft with no signatures and a change-log entry', () => {
    expect(next.version).toBe(2);
    expect(next.status).toBe('draft');
    expect(next.signOff).toEqual([]);
    expect(next.changeLog.at(-1)).toEqual({
      version: 2,
      at: NOW.toISOString(),
      by: 'Priya Shah',
      summary: 'Letters move to twice a year.',
    });
    expect(next.people).toEqual(signed.people);
    expect(validatePlanData(next).ok).toBe(true);
  });

  it('keeps the signed version whole, with the fingerprint it was signed with', async () => {
    expect(next.previousVersions).toHaveLength(1);
    expect(next.previousVersions[0]).toEqual(planContent(signed));
    expect(await fingerprintPlan(next.previousVersions[0])).toBe(await fingerprintPlan(signed));
    expect(findVersion(next, 1)).toEqual(planContent(signed));
  });

  it('needs a summary, and only a signed plan needs a new version', () => {
    const noSummary = startNewVersion(signed, { summary: '   ', by: '', now: NOW });
    expect(noSummary).toEqual({ ok: false, reasons: [{ key: 'signoff.lifecycle.summaryMissing' }] });
    expect(reasons(noSummary)).toEqual(['Enter a summary of what will change in the new version']);
    expect(messageText(en.t, newVersionSummaryProblem('x'.repeat(5001))!)).toMatch(/5,000 characters or fewer/);
    expect(reasons(startNewVersion(signed, { summary: 'Change', by: 'x'.repeat(121), now: NOW }))).toEqual([
      'Who is making the change must be 120 characters or fewer',
    ]);
    expect(startNewVersion(complete, { summary: 'Change', by: '', now: NOW }).ok).toBe(false);
  });

  it('lists every version, oldest first, with the summary that started it', () => {
    const third = ok(startNewVersion({ ...next, status: 'signed' }, { summary: 'Add Nana', by: '', now: NOW }));
    expect(planVersions(third).map((v) => [v.version, v.status, v.current, v.summary])).toEqual([
      [1, 'signed', false, signed.changeLog.find((c) => c.version === 1)?.summary],
      [2, 'signed', false, 'Letters move to twice a year.'],
      [3, 'draft', true, 'Add Nana'],
    ]);
    expect(findVersion(third, 4)).toBeUndefined();
  });
});

describe('the read-only guard', () => {
  it('lets any change through on a plan that is not signed off', () => {
    const changed = { ...complete, title: 'New name' };
    expect(guardPlanUpdate(complete, changed)).toBe(changed);
  });

  it('keeps a signed plan as it was, whatever the change', () => {
    expect(isReadOnly(signed)).toBe(true);
    for (const changed of [
      { ...signed, title: 'Renamed' },
      { ...signed, status: 'draft' as const },
      { ...signed, people: [] },
      { ...signed, version: 2, status: 'draft' as const }, // a "new version" without the signed one kept
      {
        ...signed,
        version: 2,
        status: 'draft' as const,
        previousVersions: [{ ...planContent(signed), title: 'Edited' }],
      },
    ]) {
      expect(guardPlanUpdate(signed, changed)).toBe(signed);
    }
  });

  it('lets a signed plan become its next version', () => {
    const next = ok(startNewVersion(signed, { summary: 'Change', by: '', now: NOW }));
    expect(guardPlanUpdate(signed, next)).toBe(next);
    // ...but that version, once signed, is read-only in turn, its history included.
    const signedAgain = { ...next, status: 'signed' as const };
    const rewritten = { ...signedAgain, previousVersions: [{ ...next.previousVersions[0], title: 'Rewritten' }] };
    expect(guardPlanUpdate(signedAgain, rewritten)).toBe(signedAgain);
  });
});
