import { describe, expect, it } from 'vitest';
import { duplicateJsonKey } from '../../../src/planner/schema/duplicateJsonKey';

describe('finding a field written twice', () => {
  it('finds a repeated key at any depth, compared as decoded', () => {
    expect(duplicateJsonKey('{"a":1,"a":2}')).toBe('a');
    expect(duplicateJsonKey('{"x":[{"b":1},{"c":{"d":1,"d":1}}]}')).toBe('d');
    expect(duplicateJsonKey('{"a":1,"\\u0061":2}')).toBe('a');
    expect(duplicateJsonKey('{"o":{"k":1},"k":1,"o":2}')).toBe('o');
  });

  it('does not count keys of different objects, array items or string values as repeats', () => {
    expect(duplicateJsonKey('{"a":{"a":{"a":1}}}')).toBeUndefined();
    expect(duplicateJsonKey('[{"a":1},{"a":1}]')).toBeUndefined();
    expect(duplicateJsonKey('{"a":"a","b":["a","a"],"c":"\\"a\\",\\"a\\""}')).toBeUndefined();
    expect(duplicateJsonKey('{"a\\"":1,"a":{"}":1},"b":"{","c":"[,"}')).toBeUndefined();
    expect(duplicateJsonKey('"just a string"')).toBeUndefined();
  });
});
