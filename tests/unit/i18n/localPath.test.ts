/** English at today's paths, Welsh at /cy/ plus the same path; other addresses unchanged. */
import { describe, expect, it } from 'vitest';
import { localPath, pathInEnglish } from '../../../src/i18n/localPath';

describe('paths in each language', () => {
  it('keeps English where it is and puts Welsh under /cy/', () => {
    expect(localPath('/planner/', 'en')).toBe('/planner/');
    expect(localPath('/planner/', 'cy')).toBe('/cy/planner/');
    expect(localPath('/', 'cy')).toBe('/cy/');
    expect(localPath('/resources/#filters', 'cy')).toBe('/cy/resources/#filters');
  });

  it('leaves addresses that are not site paths alone', () => {
    expect(localPath('https://www.gov.wales/adoption', 'cy')).toBe('https://www.gov.wales/adoption');
    expect(localPath('//example.org/', 'cy')).toBe('//example.org/');
    expect(localPath('#main', 'cy')).toBe('#main');
  });

  it('finds the English path of a Welsh page', () => {
    expect(pathInEnglish('/cy/planner/')).toBe('/planner/');
    expect(pathInEnglish('/cy/')).toBe('/');
    expect(pathInEnglish('/cy')).toBe('/');
    expect(pathInEnglish('/cymru-briefing/')).toBe('/cymru-briefing/');
    expect(pathInEnglish('/resources/')).toBe('/resources/');
  });
});
