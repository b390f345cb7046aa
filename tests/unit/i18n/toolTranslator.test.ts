/**
 * The words of a plan and of the builder's on-demand tools: left out of its first load, found when a
 * message needs them.
 */
import { describe, expect, it } from 'vitest';
import { BUILDER_CATALOGUE_CY } from '../../../src/i18n/builderCatalogueCy';
import { BUILDER_CATALOGUE_EN } from '../../../src/i18n/builderCatalogueEn';
import { builderPlanCatalogue } from '../../../src/i18n/builderPlanCatalogue';
import { builderToolCatalogue } from '../../../src/i18n/builderToolCatalogue';
import { catalogueOnDemand } from '../../../src/i18n/catalogueOnDemand';
import { createTranslator } from '../../../src/i18n/createTranslator';
import { messageText } from '../../../src/i18n/keyedMessage';
import { translatorFor } from '../../../src/planner/ui/loadToolTranslator';

const base = createTranslator('en', BUILDER_CATALOGUE_EN);

describe("the builder's tool words", () => {
  it('are not in the first load', () => {
    expect('signoff.verify.signatures.fail' in BUILDER_CATALOGUE_EN).toBe(false);
    expect(base.has('signoff.verify.signatures.fail')).toBe(false);
    expect(base.t('signoff.verify.signatures.fail', { format: 2 })).toBe('signoff.verify.signatures.fail');
  });

  it('keep the first-load translator for a message it can put into words', async () => {
    expect(await translatorFor([{ key: 'planner.files.opened', params: { file: 'a.json' } }], base)).toBe(base);
  });

  it('load for a message that needs them, also inside another message', async () => {
    const refusal = {
      key: 'signoff.pdfRead.invalidBecause' as const,
      params: { reason: { key: 'signoff.verify.signatures.fail' as const, params: { format: 2 } } },
    };
    const words = await translatorFor([refusal], base);
    expect(words).not.toBe(base);
    expect(messageText(words.t, refusal)).toBe(
      'The plan inside this PDF could not be opened. The plan says it is signed off, but its sign-off record does not meet the sign-off rules of plan format 2, so it is not treated as signed off.',
    );
  });

  it("load in the page's language", async () => {
    const welsh = createTranslator('cy', BUILDER_CATALOGUE_CY);
    const message = { key: 'signoff.verify.signatures.fail' as const, params: { format: 2 } };
    const [inWelsh, inEnglish] = await Promise.all([translatorFor([message], welsh), translatorFor([message], base)]);
    expect(inWelsh.lang).toBe('cy');
    expect(inWelsh.has(message.key)).toBe(true);
    expect(messageText(inWelsh.t, message)).toMatch(/fformat cynllun 2/);
    expect(messageText(inWelsh.t, message)).not.toBe(messageText(inEnglish.t, message));
  });
});

describe("a plan's words", () => {
  it("are not in the first load, nor are the tools'", () => {
    for (const key of [
      'plan.section.child.title',
      'plan.error.child.name.tooLong',
      'signoff.rule.childName',
    ] as const) {
      expect(base.has(key)).toBe(false);
      expect(base.t(key)).toBe(key);
    }
  });

  it("load for a schema's problem with a file, without the tools' words", async () => {
    const problem = { key: 'plan.error.child.name.tooLong' as const, params: { maximum: 120 } };
    const words = await translatorFor([{ key: 'planner.planFile.invalid', params: { count: 1 } }, problem], base);
    expect(words.has('plan.error.child.name.tooLong')).toBe(true);
    expect(words.has('signoff.verify.signatures.fail')).toBe(false);
    expect(messageText(words.t, problem)).not.toBe(problem.key);
  });

  it('are fetched once per language', async () => {
    const [first, again] = await Promise.all([builderPlanCatalogue('cy'), builderPlanCatalogue('cy')]);
    expect(first).toBe(again);
    expect(first['plan.section.child.title']).not.toBe((await builderPlanCatalogue('en'))['plan.section.child.title']);
    expect(await builderToolCatalogue('en')).toBe(await builderToolCatalogue('en'));
  });

  it('are fetched again after a fetch that failed (offline, or a new build)', async () => {
    let fetches = 0;
    const words = catalogueOnDemand({
      en: async () => {
        fetches += 1;
        if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { 'planner.loading': 'Loading…' };
      },
      cy: async () => ({}),
    });
    await expect(words('en')).rejects.toThrow(/Failed to fetch/);
    expect(await words('en')).toEqual({ 'planner.loading': 'Loading…' });
    expect(await words('en')).toBe(await words('en'));
    expect(fetches).toBe(2);
  });
});
