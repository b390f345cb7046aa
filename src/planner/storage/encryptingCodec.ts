/**
 * The plan codec of a personal device: each plan is stored as AES-GCM ciphertext (a fresh IV every
 * save), made with the device key or, while a passphrase protects the plans, the key derived from it.
 */
import { decryptText, encryptText, type Envelope } from './passphraseCrypto';
import type { PlanCodec } from './planStore';
import type { Plan } from '../schema/planSchema';

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.v === 1 && typeof v.iv === 'string' && typeof v.data === 'string';
}

export function createEncryptingCodec(key: CryptoKey): PlanCodec {
  return {
    encode: async (plan) => encryptText(key, JSON.stringify(plan)),
    async decode(stored) {
      // A plan an older version of the builder saved readable is read as it is; it is encrypted when
      // the storage opens (PlanDatabase.sealReadable) or when it is next saved.
      if (!isEnvelope(stored)) return stored as Plan;
      return JSON.parse(await decryptText(key, stored)) as Plan;
    },
  };
}

/**
 * A new device key: AES-GCM-256, non-extractable, so the browser can store it (in the plans database)
 * and use it, but no script can read it out. Deleting the database deletes it.
 */
export function createDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
