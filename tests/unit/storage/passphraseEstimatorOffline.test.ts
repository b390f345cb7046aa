/**
 * With no connection, before the offline copy kept the estimator's files, protecting the plans is
 * refused with a message that says why and what to do, not a generic failure; the next try loads again.
 */
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { createProtection } from '../../../src/planner/storage/passphraseCrypto';
import { loadPassphraseEstimator } from '../../../src/planner/storage/passphraseStrength';
import { UserMessageError } from '../../../src/planner/storage/userMessage';

let offline = true;
vi.mock('../../../src/planner/storage/passphraseEstimator', async (importOriginal) => {
  if (offline) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('the strength estimator cannot be fetched', () => {
  it('refuses to protect, saying the checker could not be downloaded, and tries again next time', async () => {
    const error: unknown = await createProtection('maple river lantern').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserMessageError);
    expect((error as UserMessageError).key).toBe('privacy.passphrase.error.unavailable');
    expect(translator('en').t((error as UserMessageError).key)).toMatch(/no connection/);
    await expect(loadPassphraseEstimator()).rejects.toBeInstanceOf(UserMessageError);

    offline = false;
    await expect(createProtection('maple river lantern')).resolves.toHaveProperty('record');
  });
});
