/**
 * Passphrase protection for plans kept on the device. Plain WebCrypto, so it runs in the browser
 * and in Node for tests. PBKDF2-SHA-256 (600,000 iterations, 16-byte random salt) derives a
 * non-extractable AES-GCM-256 key that lives in memory only; every save gets a fresh 12-byte IV.
 */
import { UserMessageError } from './userMessage';

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** What is stored for one encrypted value. No key material, only what decryption needs. */
export interface Envelope {
  v: 1;
  iv: string;
  data: string;
}

/** Stored once per device: the salt and a verifier that proves a passphrase is right without touching plans. */
export interface KeyRecord {
  v: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  verifier: Envelope;
}

/** The shortest passphrase accepted. */
export const MIN_PASSPHRASE_LENGTH = 8;

export class WrongPassphraseError extends UserMessageError {
  constructor() {
    super('privacy.storage.error.wrongPassphrase');
    this.name = 'WrongPassphraseError';
  }
}

const VERIFIER_TEXT = 'staying-in-touch:passphrase-check';

function toBase64(bytes: Uint8Array): string {
  // In chunks: spreading a large plan's bytes into one call would overflow the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false, // non-extractable: the key can be used, never read out or stored
    ['encrypt', 'decrypt'],
  );
}

export async function encryptText(key: CryptoKey, text: string): Promise<Envelope> {
  const iv = random(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    key,
    new TextEncoder().encode(text),
  );
  return { v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Throws WrongPassphraseError when the key does not fit (AES-GCM's tag check fails). */
export async function decryptText(key: CryptoKey, envelope: Envelope): Promise<string> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv) as BufferSource },
      key,
      fromBase64(envelope.data) as BufferSource,
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * Sets up protection: a new salt, the key, and the record to store. Refuses a short or easily
 * guessed passphrase, counting the words in `avoid` (the family's names) as easily guessed.
 */
export async function createProtection(
  passphrase: string,
  avoid: readonly string[] = [],
): Promise<{ key: CryptoKey; record: KeyRecord }> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new UserMessageError('privacy.storage.error.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH });
  }
  // Loaded only now (it is needed only to turn protection on), so the builder's first load stays small.
  const { assertStrongPassphrase } = await import('./passphraseStrength').catch(() => {
    throw new UserMessageError('privacy.passphrase.error.unavailable');
  });
  await assertStrongPassphrase(passphrase, avoid);
  const salt = random(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const verifier = await encryptText(key, VERIFIER_TEXT);
  return {
    key,
    record: {
      v: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
      verifier,
    },
  };
}

/** Unlocks with a passphrase, or throws WrongPassphraseError. Stored data is never changed. */
export async function unlock(passphrase: string, record: KeyRecord): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations);
  if ((await decryptText(key, record.verifier)) !== VERIFIER_TEXT) throw new WrongPassphraseError();
  return key;
}
