/**
 * Issue 12's fictional family, recorded whole in the builder (scripts/familyWalkthrough.ts): every
 * fact goes where it belongs without bending a field, and it takes at most two thirds of the screens,
 * clicks and fields it took in the format 1 builder. `npm run bench` prints the same counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { freshBuilder, heading, storedPlans } from './plannerHelpers';
import { EFFORT_GOAL, recordFamily, type Effort } from '../../scripts/familyWalkthrough';

const browser = useBrowser();
let page: Page;
let effort: Effort;
let plan: Record<string, unknown> & {
  status: string;
  people: { id: string; name: string; relationship: string }[];
  arrangements: Record<string, unknown>[];
  signOff: Record<string, unknown>[];
};

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page);
  await heading(page, 'Your plans');
  ({ effort } = await recordFamily(page));
  plan = (JSON.parse(await storedPlans(page)) as { data: typeof plan }[])[0].data;
}, 240_000);

describe("the issue's family", () => {
  it('is recorded truthfully: each fact in the field made for it', () => {
    const idOf = (name: string) => plan.people.find((p) => p.name === name)?.id;
    expect(plan.status).toBe('signed');
    expect(plan.people.filter((p) => p.relationship === 'adoptive_parent').map((p) => p.name)).toEqual([
      'Rhian Morgan',
      'Catrin Morgan',
    ]);
    expect(plan.people.find((p) => p.name === 'Gwen Hughes')).toMatchObject({ caresForId: idOf('Dafydd') });
    expect(plan.people.find((p) => p.name === 'Mark')).toMatchObject({ whereaboutsUnknown: true });
    expect(plan.people.find((p) => p.name === 'Zofia')).toMatchObject({ country: 'Poland', interpreterNeeded: true });
    const [letters, request, brother, calls, none, news] = plan.arrangements;
    expect(letters).toMatchObject({ form: 'postal_exchange', organiser: 'agency_letterbox' });
    expect(request).toMatchObject({ agreement: 'asked_for', askedById: idOf('Sarah'), lengthNotKnown: true });
    expect(brother).toMatchObject({
      personIds: [idOf('Dafydd')],
      alsoForms: ['postal_exchange'],
      professionalId: idOf('Alys Pritchard'),
    });
    expect(calls).toMatchObject({ form: 'phone_video', organiser: 'adoptive_parents' });
    expect(none).toMatchObject({ form: 'none_now', purposes: [] });
    expect(none.noneReason).toContain('Nobody knows where he is');
    expect(news).toMatchObject({ form: 'news_via_agency' });
    expect(plan.signOff.map((s) => [s.name, s.personId ?? null])).toEqual([
      ['Rhian Morgan', idOf('Rhian Morgan')],
      ['Catrin Morgan', idOf('Catrin Morgan')],
      ['Gwen Hughes', idOf('Gwen Hughes')],
      ['Nia Evans', null],
    ]);
  });

  it('takes at most two thirds of the screens, clicks and fields it took before', () => {
    expect(effort.screens).toBeLessThanOrEqual(EFFORT_GOAL.screens);
    expect(effort.clicks).toBeLessThanOrEqual(EFFORT_GOAL.clicks);
    expect(effort.fields).toBeLessThanOrEqual(EFFORT_GOAL.fields);
  });
});
