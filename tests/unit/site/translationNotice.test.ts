/** A Welsh page says when its text is still English or an unreviewed machine translation; English pages never do. */
import { describe, expect, it } from 'vitest';
import { translationNotice } from '../../../src/hub/translationNotice';

describe('the notice on a page in another language', () => {
  it('says a page is not translated yet when it has no translation', () => {
    expect(translationNotice('cy', undefined)).toBe('missing');
  });
  it('says a translation is by machine until a qualified translator has reviewed it', () => {
    expect(translationNotice('cy', { reviewedBy: null })).toBe('machine');
    expect(translationNotice('cy', { reviewedBy: 'Siân Evans' })).toBeUndefined();
  });
  it('says nothing on an English page', () => {
    expect(translationNotice('en', undefined)).toBeUndefined();
  });
});
