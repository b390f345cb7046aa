import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import {
  createProtection,
  decryptText,
  encryptText,
  PBKDF2_ITERATIONS,
  unlock,
  WrongPassphraseError,
} from '../../../src/planner/storage/passphraseCrypto';
import { UserMessageError } from '../../../src/planner/storage/userMessage';

const PLAN = JSON.stringify({ child: { displayName: 'Gwenllïan Dŵr' }, notes: 'x'.repeat(5000) });

describe('passphrase protection', () => {
  it('round-trips a plan through encryption with the right passphrase', async () => {
    const { key, record } = await createProtection('correct horse battery');
    const envelope = await encryptText(key, PLAN);
    expect(envelope.data).not.toContain('Gwenll');
    const again = await unlock('correct horse battery', record);
    expect(await decryptText(again, envelope)).toBe(PLAN);
  });

  it('refuses a wrong passphrase with a plain message', async () => {
    const { record } = await createProtection('correct horse battery');
    await expect(unlock('Correct horse battery', record)).rejects.toBeInstanceOf(WrongPassphraseError);
    const error = (await unlock('wrong', record).catch((e: unknown) => e)) as WrongPassphraseError;
    expect(translator('en').t(error.key)).toMatch(/not right.*Nothing has been deleted/);
  });

  it('uses the required parameters: 600,000 iterations, 16-byte salt, 12-byte fresh IVs', async () => {
    const { key, record } = await createProtection('correct horse battery');
    expect(record.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(atob(record.kdf.salt)).toHaveLength(16);
    const a = await encryptText(key, PLAN);
    const b = await encryptText(key, PLAN);
    expect(atob(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('derives a key that cannot be exported', async () => {
    const { key } = await createProtection('correct horse battery');
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('detects tampering with stored data', async () => {
    const { key } = await createProtection('correct horse battery');
    const envelope = await encryptText(key, PLAN);
    const bytes = Uint8Array.from(atob(envelope.data), (c) => c.charCodeAt(0));
    bytes[10] ^= 1;
    await expect(decryptText(key, { ...envelope, data: btoa(String.fromCharCode(...bytes)) })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('gives each device its own salt, so the same passphrase makes different keys', async () => {
    const one = await createProtection('correct horse battery');
    const two = await createProtection('correct horse battery');
    expect(one.record.kdf.salt).not.toBe(two.record.kdf.salt);
    const envelope = await encryptText(one.key, PLAN);
    await expect(decryptText(two.key, envelope)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('handles a large plan (1 MB)', async () => {
    const { key } = await createProtection('correct horse battery');
    const big = JSON.stringify({ notes: 'ŵ'.repeat(500_000) });
    expect(await decryptText(key, await encryptText(key, big))).toBe(big);
  });

  it('asks for a passphrase of at least 8 characters', async () => {
    const error: unknown = await createProtection('short').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserMessageError);
    const { key, params } = error as UserMessageError;
    expect(translator('en').t(key, params)).toBe('Choose a passphrase of at least 8 characters.');
  });
});
