import { describe, expect, it } from 'vitest';
import { isWipedMessage } from '../../../src/device/tabChannel';

describe('the tabs channel', () => {
  it('recognises only the "everything was deleted" message', () => {
    expect(isWipedMessage({ t: 'wiped', from: 'tab' })).toBe(true);
    for (const other of [{ t: 'lock', from: 'tab' }, { t: 'hold' }, 'wiped', null, undefined, 1])
      expect(isWipedMessage(other)).toBe(false);
  });
});
