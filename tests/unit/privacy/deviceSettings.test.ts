import { describe, expect, it } from 'vitest';
import { readDeviceMode, SETTINGS_KEY, writeDeviceMode } from '../../../src/planner/privacy/deviceSettings';
import { MemoryWebStorage } from '../storage/webStorageStub';

describe('device settings', () => {
  it('remembers whether this is a shared computer, and ignores anything malformed', () => {
    const storage = new MemoryWebStorage();
    expect(readDeviceMode(storage)).toBeUndefined();
    expect(writeDeviceMode('shared', storage)).toBe(true);
    expect(readDeviceMode(storage)).toBe('shared');
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toEqual({ deviceMode: 'shared' });
    for (const bad of [
      '{"deviceMode":"library"}',
      'not json',
      '{"deviceMode":"personal","__proto__":{"x":1}}x',
      'null',
      '"shared"',
      '["shared"]',
      '{"deviceMode":["personal"]}',
      '{"deviceMode":"toString"}',
      '{}',
    ]) {
      storage.setItem(SETTINGS_KEY, bad);
      expect(readDeviceMode(storage), bad).toBeUndefined();
    }
  });

  it('says when it could not remember (storage full or blocked)', () => {
    expect(writeDeviceMode('personal', new MemoryWebStorage(5))).toBe(false);
    expect(writeDeviceMode('personal', undefined)).toBe(false);
  });

  it('reads a remembered answer written with other settings beside it', () => {
    const storage = new MemoryWebStorage();
    storage.setItem(SETTINGS_KEY, '{"deviceMode":"personal","later":true}');
    expect(readDeviceMode(storage)).toBe('personal');
  });
});
