/**
 * The plan codec used while a passphrase protects the plans: each plan is stored as AES-GCM
 * ciphertext (a fresh IV every save), made with the key derived from the passphrase. The key is
 * held only by this codec, in memory, and goes when the builder locks.
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
      // A plan saved by a tab that had not yet heard protection was turned on is still plain; it is
      // read as it is and encrypted when it is next saved.
      if (!isEnvelope(stored)) return stored as Plan;
      return JSON.parse(await decryptText(key, stored)) as Plan;
    },
  };
}
