/** English at today's paths, Welsh at /cy/ plus the same path; other addresses unchanged. */
import { describe, expect, it } from 'vitest';
import { alternates, languageOfPath, localPath, pathInEnglish } from '../../../src/i18n/localPath';
import { langAttribute, otherLanguage } from '../../../src/i18n/languages';

describe('paths in each language', () => {
  it('keeps English where it is and puts Welsh under /cy/', () => {
    expect(localPath('/planner/', 'en')).toBe('/planner/');
    expect(localPath('/planner/', 'cy')).toBe('/cy/planner/');
    expect(localPath('/', 'cy')).toBe('/cy/');
    expect(localPath('/resources/#filters', 'cy')).toBe('/cy/resources/#filters');
    expect(localPath('/planner/?example=welsh-speaking-family', 'cy')).toBe(
      '/cy/planner/?example=welsh-speaking-family',
    );
  });

  it('leaves addresses that are not site paths alone', () => {
    expect(localPath('https://www.gov.wales/adoption', 'cy')).toBe('https://www.gov.wales/adoption');
    expect(localPath('//example.org/', 'cy')).toBe('//example.org/');
    expect(localPath('#main', 'cy')).toBe('#main');
  });

  it('leaves files, which exist once, and paths already in the language alone', () => {
    expect(localPath('/schemas/plan-v2.json', 'cy')).toBe('/schemas/plan-v2.json');
    expect(localPath('/third-party-notices.txt', 'cy')).toBe('/third-party-notices.txt');
    expect(localPath('/favicon.svg#x', 'cy')).toBe('/favicon.svg#x');
    expect(localPath('/cy/glossary/', 'cy')).toBe('/cy/glossary/');
    // A page whose English path starts with "cy" is not a Welsh path.
    expect(localPath('/cymru/', 'cy')).toBe('/cy/cymru/');
  });

  it('finds the English path of a Welsh page, and the language of a path', () => {
    expect(pathInEnglish('/cy/planner/')).toBe('/planner/');
    expect(pathInEnglish('/cy/')).toBe('/');
    expect(pathInEnglish('/cy')).toBe('/');
    expect(pathInEnglish('/cymru-briefing/')).toBe('/cymru-briefing/');
    expect(pathInEnglish('/resources/')).toBe('/resources/');
    expect(languageOfPath('/cy/resources/')).toBe('cy');
    expect(languageOfPath('/cy')).toBe('cy');
    expect(languageOfPath('/cymru-briefing/')).toBe('en');
    expect(languageOfPath('/')).toBe('en');
  });

  it('names a page in each language, absolute, English as the default, from either language', () => {
    const site = new URL('https://hub.example/');
    const expected = [
      { hreflang: 'en-GB', href: 'https://hub.example/guides/x/' },
      { hreflang: 'cy', href: 'https://hub.example/cy/guides/x/' },
      { hreflang: 'x-default', href: 'https://hub.example/guides/x/' },
    ];
    expect(alternates('/guides/x/', site)).toEqual(expected);
    expect(alternates('/cy/guides/x/', site)).toEqual(expected);
  });
});

describe('passages in the other language', () => {
  it('marks only text whose language differs from the page', () => {
    expect(langAttribute('en', 'cy')).toBe('en-GB');
    expect(langAttribute('cy', 'en')).toBe('cy');
    expect(langAttribute('cy', 'cy')).toBeUndefined();
    expect(otherLanguage('en')).toBe('cy');
    expect(otherLanguage('cy')).toBe('en');
  });
});
