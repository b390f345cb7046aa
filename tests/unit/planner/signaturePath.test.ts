import { describe, expect, it } from 'vitest';
import {
  readSignaturePath,
  signatureBounds,
  signaturePathData,
  SIGNATURE_LIMITS,
} from '../../../src/planner/schema/signaturePath';

describe('reading a drawn signature', () => {
  it('reads the strokes the signature pad writes, and writes them back the same way', () => {
    const path = 'M12.5 40L12.5 40L30 41.2 M0 0L400 140';
    const reading = readSignaturePath(path);
    expect(reading).toEqual({
      ok: true,
      strokes: [
        [
          [12.5, 40],
          [12.5, 40],
          [30, 41.2],
        ],
        [
          [0, 0],
          [400, 140],
        ],
      ],
    });
    if (reading.ok) {
      expect(signaturePathData(reading.strokes)).toBe(path);
      expect(signatureBounds(reading.strokes)).toEqual({ minX: 0, minY: 0, maxX: 400, maxY: 140 });
    }
  });

  it('takes the separators SVG allows, and reads an empty path as no strokes', () => {
    expect(readSignaturePath(' M 1,2 L3 , 4\n')).toEqual({
      ok: true,
      strokes: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    });
    expect(readSignaturePath('')).toEqual({ ok: true, strokes: [] });
    expect(signatureBounds([])).toBeUndefined();
  });

  it('refuses every other command, number form and character', () => {
    for (const hostile of [
      'M0 0 Z',
      'M0 0 C 1 1, 2 2, 3 3',
      'M0 0 A 5 5 0 0 1 10 10',
      'm0 0 l5 5',
      'L5 5',
      'M5',
      'M5 5 6 6',
      'M5 5L',
      'MNaN 1',
      'M1 Infinity',
      'M1e308 1',
      'M-1 1',
      'M1 +1',
      'M.5 1',
      'M1. 1',
      'M1.2345 1',
      'M1000 1',
      'M0x1f 1',
      'M1 1<script>alert(1)</script>',
      'M1 1" onload="alert(1)',
      'M1 1\u2028L2 2\u0000',
      'M１ 1',
    ]) {
      expect(readSignaturePath(hostile), hostile).toEqual({ ok: false, problem: 'pattern' });
    }
  });

  it('refuses a point outside the pad’s box', () => {
    expect(readSignaturePath('M400 140L400.1 0')).toEqual({ ok: false, problem: 'outside' });
    expect(readSignaturePath('M0 140.5')).toEqual({ ok: false, problem: 'outside' });
  });

  it('caps the points and the length, quickly even for a hostile path', () => {
    const most = `M1 1${'L2 2'.repeat(SIGNATURE_LIMITS.points - 1)}`;
    expect(readSignaturePath(most).ok).toBe(true);
    expect(readSignaturePath(`${most}L3 3`)).toEqual({ ok: false, problem: 'tooManyPoints' });
    expect(readSignaturePath('M1 1'.repeat(SIGNATURE_LIMITS.characters))).toEqual({ ok: false, problem: 'tooLong' });
    // Almost a signature, failing only at its very end: the pattern must not backtrack its way there.
    // A guard against a hang, not a speed goal: backtracking would take minutes, so the bound is
    // loose enough for a busy machine (speed is measured in `npm run bench`, not here).
    const start = performance.now();
    expect(readSignaturePath(`${'M100.5 100.5L'.repeat(1500)}1`)).toEqual({ ok: false, problem: 'pattern' });
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
