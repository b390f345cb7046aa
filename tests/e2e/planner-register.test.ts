/**
 * The plan's register of people (format 2): everyone the plan names can be a person in it. An
 * adoptive parent or a professional is not asked why they are important to the child; a professional
 * has a role, agency and contact route; the carer of a brother or sister says whom they care for; a
 * relative can have a side of the family, languages, a country and time zone, "whereabouts unknown"
 * and safety concerns. What is saved is what check your answers shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder, goToView, heading, storedPlans } from './plannerHelpers';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});

async function addPerson(name: string, relationship: string, fill: () => Promise<void> = async () => undefined) {
  await page.getByRole('link', { name: /^Add (a|another) person$/ }).click();
  await heading(page, 'Add a person');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.locator(`input[name=relationship][value=${relationship}]`).check();
  await fill();
  await page.getByRole('button', { name: 'Save person' }).click();
  await heading(page, 'Who is important now or later');
}

describe('the register of people', () => {
  it('takes adoptive parents, professionals, carers of siblings and relatives as they are', async () => {
    await freshBuilder(page);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await page.getByRole('link', { name: 'Step 2: Who is important now or later' }).click();
    // Both adoptive parents can be added in one form, offered until the plan has one.
    const bothParents = page.getByRole('link', { name: 'Add the adoptive parents' });
    await bothParents.waitFor();

    await addPerson('Rhian', 'adoptive_parent', async () => {
      // In the plan for the part they play: not asked whether the child knows them, when or why.
      await expect.poll(() => page.getByRole('group', { name: 'Does the child know them?' }).count()).toBe(0);
      expect(await page.getByLabel('Why are they important to the child?').count()).toBe(0);
    });
    expect(await bothParents.count()).toBe(0);
    await addPerson('Alys Pritchard', 'professional', async () => {
      await page.getByLabel('Role', { exact: true }).fill('Adoption support worker');
      await page.getByLabel('Agency or service').fill('Adoption Cymru West');
      await page.getByLabel('How to contact them').fill('Duty line, weekdays');
    });
    await addPerson('Dafydd', 'sibling_half', async () => {
      await page.getByRole('group', { name: 'Which side of the family?' }).getByLabel("Mother's side").check();
      await page.getByRole('group', { name: 'Does the child know them?' }).getByLabel('Yes', { exact: true }).check();
      await page.getByLabel('Now and later').check();
      await page.getByLabel('Why are they important to the child?').fill('Her big brother; they shared a room.');
    });
    await addPerson('Gwen', 'sibling_carer', async () => {
      await page.getByRole('group', { name: 'Which brother or sister do they care for?' }).getByLabel('Dafydd').check();
      await page.getByLabel('What kind of carer are they? (optional)').fill('Foster carer');
    });
    await addPerson('Babcia Zofia', 'grandparent', async () => {
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('group', { name: 'Which side of the family?' }).getByLabel("Mother's side").check();
      await page.getByRole('group', { name: 'Does the child know them?' }).getByLabel('Yes', { exact: true }).check();
      await page.getByLabel('Later in childhood or as an adult').check();
      await page.getByLabel('Why are they important to the child?').fill('Her family history and Polish heritage.');
      await page.getByLabel('Country, if not the UK').fill('Poland');
      await page.getByLabel('Time zone').fill('One hour ahead of the UK');
      await page.getByLabel('Languages they speak').fill('Polish, a little English');
      await page.getByRole('group', { name: 'Do they need an interpreter?' }).getByLabel('Yes').check();
      await page.getByLabel('Which language?').fill('Polish');
    });
    await addPerson('Mark', 'birth_father', async () => {
      await page.getByRole('group', { name: 'Does the child know them?' }).getByLabel('No', { exact: true }).check();
      await page.getByLabel('Later in childhood or as an adult').check();
      await page.getByLabel('Why are they important to the child?').fill('Her questions about her father.');
      await page.getByLabel('Nobody knows where they are now').check();
      await page.getByLabel('No direct contact with the child').check();
      await page.getByLabel("Do not share the adoptive family's details with them").check();
      await page.getByLabel('Safety concerns').fill('Has contacted the family online before.');
    });

    const saved = JSON.parse(await storedPlans(page)) as { data: { people: Record<string, unknown>[] } }[];
    const people = saved[0].data.people;
    expect(people.map((p) => [p.name, p.relationship])).toEqual([
      ['Rhian', 'adoptive_parent'],
      ['Alys Pritchard', 'professional'],
      ['Dafydd', 'sibling_half'],
      ['Gwen', 'sibling_carer'],
      ['Babcia Zofia', 'grandparent'],
      ['Mark', 'birth_father'],
    ]);
    expect(people[0]).not.toHaveProperty('whyImportant');
    expect(people[1]).toMatchObject({ role: 'Adoption support worker', agency: 'Adoption Cymru West' });
    expect(people[3]).toMatchObject({ caresForId: people[2].id, role: 'Foster carer' });
    expect(people[4]).toMatchObject({ side: 'maternal', country: 'Poland', interpreterLanguage: 'Polish' });
    expect(people[5]).toMatchObject({
      whereaboutsUnknown: true,
      safety: { noDirectContact: true, doNotShareDetails: true, concerns: 'Has contacted the family online before.' },
    });

    const cards = await page.locator('.summary-card').allInnerTexts();
    expect(cards[1]).toContain('Adoption support worker');
    expect(cards[3]).toContain('Dafydd (half-brother or half-sister)');
    expect(cards[4]).toContain('One hour ahead of the UK');
    expect(cards[5]).toContain('No direct contact with the child');
    expect(cards[5]).toContain('Not known');
    expect(cards[0]).not.toContain('Why are they important');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs off with the people in it: every adoptive parent, each as the part they play', async () => {
    await addPerson('Catrin', 'adoptive_parent');
    const planId = new URL(page.url()).hash.split('/')[2];
    await goToView(page, `#/plan/${planId}/signoff`);
    await heading(page, 'Sign-off');
    const missing = () => page.locator('.missing-list a').allInnerTexts();
    await expect
      .poll(missing)
      .toEqual(
        expect.arrayContaining([
          "Add Rhian's sign-off as an adoptive parent, with the date",
          "Add Catrin's sign-off as an adoptive parent, with the date",
        ]),
      );

    await page.getByRole('link', { name: 'Add a signatory' }).click();
    await heading(page, 'Add a signatory');
    const who = page.getByRole('group', { name: 'Who is signing?' });
    expect(
      (
        await who.getByRole('radio').evaluateAll((r) => r.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent))
      ).slice(0, 2),
    ).toEqual(['Rhian (adoptive parent)', 'Catrin (adoptive parent)']);
    expect(await axeViolations(page)).toEqual([]);
    await who.getByLabel('Rhian (adoptive parent)').check();
    // Their name and role come from the register.
    expect(await page.getByLabel('Full name').count()).toBe(0);
    await page.getByLabel('Agrees', { exact: true }).check();
    await page.getByRole('button', { name: "Use today's date" }).click();
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await heading(page, 'Sign-off');
    await expect.poll(missing).toContain("Add Catrin's sign-off as an adoptive parent, with the date");
    expect(await missing()).not.toContain("Add Rhian's sign-off as an adoptive parent, with the date");

    await page.getByRole('link', { name: 'Add another signatory' }).click();
    await heading(page, 'Add a signatory');
    // Rhian has signed, so she is not offered again.
    expect(await page.getByLabel('Rhian (adoptive parent)').count()).toBe(0);
    await page.getByLabel('Gwen (Foster carer of Dafydd)').check();
    await page.getByLabel('Agrees', { exact: true }).check();
    await page.getByRole('button', { name: "Use today's date" }).click();
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await heading(page, 'Sign-off');
    const gwen = page.locator('.summary-card').filter({ hasText: 'Gwen' });
    await expect.poll(() => gwen.innerText()).toContain('Foster carer of Dafydd');

    const saved = JSON.parse(await storedPlans(page)) as {
      data: { people: { id: string; name: string }[]; signOff: Record<string, unknown>[] };
    }[];
    const { people, signOff } = saved[0].data;
    const idOf = (name: string) => people.find((p) => p.name === name)?.id;
    expect(signOff.map((s) => [s.personId, s.name, s.role])).toEqual([
      [idOf('Rhian'), 'Rhian', 'adoptive_parent'],
      [idOf('Gwen'), 'Gwen', 'other'],
    ]);
  });

  it('names who organises and facilitates an arrangement from the register, or adds them there in place', async () => {
    const planId = new URL(page.url()).hash.split('/')[2];
    await goToView(page, `#/plan/${planId}/arrangements`);
    await page.getByRole('link', { name: 'Add an arrangement' }).click();
    await heading(page, 'Add an arrangement');
    await page.getByRole('group', { name: 'Who is this arrangement with?' }).getByLabel('Dafydd').check();
    await page.getByLabel('Keep or build a relationship').check();
    await page.getByLabel('Meet-ups').check();
    await page.getByLabel('A social worker').check();
    await page
      .getByLabel('Who exactly? (optional)')
      .selectOption({ label: 'Alys Pritchard (Adoption support worker, Adoption Cymru West)' });
    await page.getByLabel('Facilitates it (present to help it go well)').check();
    // Asked for a professional, it offers the professionals in the plan, few enough to show as radios.
    const professional = page.getByRole('group', { name: 'Which professional? (optional)' });
    await expect
      .poll(() => professional.locator('label').allInnerTexts())
      .toEqual([
        'Alys Pritchard (Adoption support worker, Adoption Cymru West)',
        'Someone new: add them to the people in this plan',
        'Write a name, role or service instead',
        'Not named',
      ]);
    await professional.getByLabel('Someone new: add them to the people in this plan').check();
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await expect.poll(() => page.locator('.error-summary__list a').allInnerTexts()).toEqual(['Enter their name']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Their name').fill('Sam Hughes');
    await page.getByLabel('Their role (optional)').fill('Family time worker');
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await heading(page, 'Staying-in-touch arrangements');
    const card = page.locator('.summary-card').filter({ hasText: 'Dafydd' }).first();
    await expect
      .poll(() => card.innerText())
      .toContain('A social worker: Alys Pritchard (Adoption support worker, Adoption Cymru West)');
    expect(await card.innerText()).toContain(
      'Facilitates it (present to help it go well): Sam Hughes (Family time worker)',
    );

    const saved = JSON.parse(await storedPlans(page)) as {
      data: { people: Record<string, unknown>[]; arrangements: Record<string, unknown>[] };
    }[];
    const { people, arrangements } = saved[0].data;
    const sam = people.find((p) => p.name === 'Sam Hughes');
    expect(sam).toMatchObject({ relationship: 'professional', role: 'Family time worker' });
    expect(arrangements.at(-1)).toMatchObject({
      organiser: 'social_worker',
      organiserId: people.find((p) => p.name === 'Alys Pritchard')?.id,
      professionalRole: 'facilitates',
      professionalId: sam?.id,
    });
  });

  it('records a meet-up with cards asked for and not agreed, and "none for now" with its reason, from starters', async () => {
    const planId = new URL(page.url()).hash.split('/')[2];
    await goToView(page, `#/plan/${planId}/arrangements`);
    await page.getByRole('link', { name: 'Brothers and sisters meet, with a worker to help' }).click();
    await heading(page, 'Add an arrangement');
    await expect.poll(() => page.locator('.inset-text').first().innerText()).toContain('Started from');
    // The starter fills in what its name says: the brother, a meet-up, a worker who facilitates.
    const withWhom = page.getByRole('group', { name: 'Who is this arrangement with?' });
    expect(await withWhom.getByLabel('Dafydd').isChecked()).toBe(true);
    expect(await page.getByLabel('Meet-ups').isChecked()).toBe(true);
    expect(await page.getByLabel('Facilitates it (present to help it go well)').isChecked()).toBe(true);
    await page
      .getByRole('group', { name: 'Any other ways in the same arrangement? (optional)' })
      .getByLabel('Postal exchange (letters, cards, photos)')
      .check();
    // The cards bring the questions for letters with them.
    await page.getByRole('group', { name: 'Which months are exchanges due?' }).getByLabel('June').check();
    await page.getByLabel('Keep or build a relationship').check();
    await page.getByRole('group', { name: 'Is this agreed?' }).getByLabel('Asked for, not agreed').check();
    await page.getByLabel('Length not known yet').check();
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toEqual(['Say who asked for this arrangement']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Who asked for it?').selectOption({ label: 'Dafydd (half-brother or half-sister)' });
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await heading(page, 'Staying-in-touch arrangements');
    const card = page.locator('.summary-card').last();
    await expect.poll(() => card.innerText()).toContain('Asked for, not agreed');
    expect(await card.innerText()).toContain('Postal exchange (letters, cards, photos)');
    expect(await card.innerText()).toContain('Not known yet');

    await page.getByRole('link', { name: 'None for now, with the reason' }).click();
    await heading(page, 'Add an arrangement');
    await page.getByRole('group', { name: 'Who is this arrangement with?' }).getByLabel('Mark').check();
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    // No purpose is asked of "none for now": its reason is.
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toEqual(['Say why there is no contact for now']);
    await page
      .getByLabel('Why is there no contact for now?')
      .fill('Nobody knows where he is, and he is a risk online.');
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await heading(page, 'Staying-in-touch arrangements');
    await expect
      .poll(() => page.locator('.summary-card').last().innerText())
      .toContain('Nobody knows where he is, and he is a risk online.');
    expect(await axeViolations(page)).toEqual([]);

    const saved = JSON.parse(await storedPlans(page)) as {
      data: { people: { id: string; name: string }[]; arrangements: Record<string, unknown>[] };
    }[];
    const { people, arrangements } = saved[0].data;
    const idOf = (name: string) => people.find((p) => p.name === name)?.id;
    expect(arrangements.at(-2)).toMatchObject({
      form: 'meet_up',
      alsoForms: ['postal_exchange'],
      agreement: 'asked_for',
      askedById: idOf('Dafydd'),
      lengthNotKnown: true,
      writtenExchange: { dueMonths: [6] },
    });
    expect(arrangements.at(-1)).toMatchObject({ form: 'none_now', purposes: [], personIds: [idOf('Mark')] });
  });
});
