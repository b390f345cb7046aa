/** Internal links print as full addresses on the site's canonical origin (src/hub/printUrl.ts). */
import { describe, expect, it } from 'vitest';
import { printUrl } from '../../../src/hub/printUrl';

const SITE = new URL('https://staying-in-touch.example/');

describe('printUrl', () => {
  it('gives an internal path its full address on the canonical origin, anchor and query kept', () => {
    expect(printUrl('/guides/step-1-purpose/', SITE)).toBe('https://staying-in-touch.example/guides/step-1-purpose/');
    expect(printUrl('/glossary/#letterbox', SITE)).toBe('https://staying-in-touch.example/glossary/#letterbox');
    expect(printUrl('/planner/?example=welsh-speaking-family', SITE)).toBe(
      'https://staying-in-touch.example/planner/?example=welsh-speaking-family',
    );
  });

  it('leaves links elsewhere, anchors on the page and protocol-relative links alone', () => {
    for (const href of ['https://researchinpractice.org.uk/', '#sources', '//elsewhere.example/x', 'mailto:a@b.c', ''])
      expect(printUrl(href, SITE)).toBeUndefined();
    expect(printUrl(undefined, SITE)).toBeUndefined();
  });

  it('gives nothing without a canonical origin', () => {
    expect(printUrl('/guides/', undefined)).toBeUndefined();
  });
});
