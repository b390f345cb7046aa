/**
 * The builder's eco-map for a family like the one a tester recorded (issue 12): two adoptive
 * mothers, a half-brother in foster care with his carers, a grandmother abroad with a long
 * double-barrelled name, a professional, and arrangements with several forms each. Names show in
 * full and fit their labels in the browser's own font; the adoptive family is drawn at the centre;
 * each form has its own line; the text equivalent names everyone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LABEL_WIDTH } from '../../src/planner/ecomap/layoutEcomap';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder } from './plannerHelpers';

const browser = useBrowser();
let page: Page;

const ADDED = [
  { id: 'p-rhiannon', name: 'Rhiannon Evans-Morgan', relationship: 'adoptive_parent' },
  { id: 'p-catrin-wyn', name: 'Catrin Wyn Morgan', relationship: 'adoptive_parent' },
  {
    id: 'p-dafydd',
    name: 'Dafydd Llewellyn-Pritchard',
    relationship: 'sibling_half',
    side: 'maternal',
    knownToChild: 'yes',
    priority: 'now',
    whyImportant: 'Half-brother, 14, in long-term foster care',
  },
  { id: 'p-thomas', name: 'Bethan and Huw Thomas', relationship: 'sibling_carer', caresForId: 'p-dafydd' },
  {
    id: 'p-babcia',
    name: 'Małgorzata Wiśniewska-Kowalczyk',
    relationship: 'grandparent',
    side: 'paternal',
    knownToChild: 'not_sure',
    priority: 'later',
    whyImportant: 'Grandmother in Poland',
  },
  { id: 'p-gareth', name: 'Gareth Hughes', relationship: 'professional', role: 'Adoption support worker' },
];

/** The Welsh worked example with the rest of the family added, written to a file to open. */
function familyFile(): string {
  const plan = JSON.parse(readFileSync('src/planner/examples/welsh-speaking-family.json', 'utf8'));
  plan.id = 'ecomap-family';
  delete plan.exampleId;
  plan.people.push(...ADDED);
  plan.arrangements[0].alsoForms = ['postal_exchange', 'phone_video'];
  plan.arrangements.push({
    id: 'a-dafydd',
    personIds: ['p-dafydd'],
    purposes: ['maintain_relationship'],
    form: 'meet_up',
    alsoForms: ['social_media'],
    notes: '',
  });
  const path = join(tmpdir(), `ecomap-family-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(plan, null, 2));
  return path;
}

let people: { id: string; name: string; relationship: string }[];

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page);
  const path = familyFile();
  people = JSON.parse(readFileSync(path, 'utf8')).people;
  await page.setInputFiles('#f-plan-file', path);
  await page.getByText(/^Opened ecomap-family/).waitFor();
  await page.locator('figure.ecomap svg.ecomap__svg').waitFor();
});

/** Each node's label lines, as drawn, by the id of the person (or "child"). */
const drawnLabels = () =>
  page.$$eval('figure.ecomap svg g[data-place]', (groups) =>
    groups.map((g) => ({
      place: g.getAttribute('data-place'),
      lines: [...g.querySelectorAll('tspan')].map((t) => ({
        text: t.textContent ?? '',
        bold: t.classList.contains('ecomap__label'),
        width: (t as SVGTextContentElement).getComputedTextLength(),
      })),
    })),
  );

describe('the eco-map in the builder', () => {
  it('shows every name in full, each line inside its label', async () => {
    const nodes = await drawnLabels();
    const names = nodes.map((n) =>
      n.lines
        .filter((l) => l.bold)
        .map((l) => l.text)
        .join(' ')
        .replace(/- /g, '-'),
    );
    for (const p of people) expect(names, p.name).toContain(p.name);
    for (const line of nodes.flatMap((n) => n.lines)) {
      expect(line.width, line.text).toBeGreaterThan(0);
      expect(line.width, line.text).toBeLessThanOrEqual(LABEL_WIDTH);
    }
  });

  it('draws the adoptive parents with the child in the household box, and a professional under the rings', async () => {
    await expect.poll(() => page.locator('figure.ecomap .ecomap__household').count()).toBe(1);
    const nodes = await drawnLabels();
    const at = (place: string) => nodes.filter((n) => n.place === place).map((n) => n.lines[0].text);
    expect(at('household').sort()).toEqual(['Catrin Wyn', 'Rhiannon'].sort());
    expect(at('professionals')).toEqual(['Gareth Hughes']);
    expect(at('later')).toContain('Małgorzata');
  });

  it('draws a line for each form, and a key naming each', async () => {
    const forms = await page.$$eval('figure.ecomap svg line[data-form]', (lines) =>
      lines.map((l): [string, string] => [
        l.getAttribute('data-form') ?? '',
        l.getAttribute('stroke-dasharray') ?? 'solid',
      ]),
    );
    const byForm = new Map(forms);
    expect([...byForm.keys()].sort()).toEqual(
      ['digital_exchange', 'meet_up', 'none_now', 'phone_video', 'postal_exchange', 'social_media'].sort(),
    );
    // Each form is drawn in its own pattern.
    expect(new Set(byForm.values()).size).toBe(byForm.size);
    const key = page.getByRole('list', { name: 'Key to the lines' });
    for (const label of ['Meet-ups', 'Social media', 'Phone or video calls', 'None for now']) {
      await expect.poll(() => key.getByText(label, { exact: true }).count()).toBe(1);
    }
  });

  it('describes the diagram with everyone in full, by where they are drawn', async () => {
    const svg = page.locator('figure.ecomap svg.ecomap__svg');
    const describedBy = await svg.getAttribute('aria-describedby');
    const description = (await page.locator(`[id="${describedBy}"]`).textContent()) ?? '';
    for (const p of people) expect(description, p.name).toContain(p.name);
    expect(description).toContain('At the centre with Tomos: the adoptive family');
    expect(description).toContain('On the outer ring: people who matter later');
    expect(description).toContain('Bethan and Huw Thomas (Carer of Dafydd Llewellyn-Pritchard)');
    await expect
      .poll(() => page.locator('figure.ecomap .ecomap__caption').textContent())
      .toContain('people who matter later are on the outer ring');
    expect(await axeViolations(page)).toEqual([]);
  });
});
