import { describe, expect, it } from 'vitest';
import { mergeValid } from '../../../src/planner/state/draftMerge';
import { changeSchema, childSchema, reviewSchema } from '../../../src/planner/schema/planSchema';
import { createPlan } from '../../../src/planner/state/planOperations';

describe('autosave keeps what is valid', () => {
  it('takes a valid draft as it is', () => {
    const prev = createPlan().child;
    const next = { ...prev, name: 'Maya' };
    expect(mergeValid(childSchema, next, prev)).toEqual(next);
  });

  it('keeps the last saved value of a field that is invalid for now', () => {
    const prev = { ...createPlan().review, intervalMonths: 12 };
    const next = { ...prev, intervalMonths: Number.NaN, convenor: 'Adoption team' };
    expect(mergeValid(reviewSchema, next, prev)).toEqual({ ...prev, convenor: 'Adoption team' });
  });

  it('leaves out a half-made row but keeps the other rows', () => {
    const prev = { stages: [], contingencies: [] };
    const next = {
      stages: [{ id: 's1', when: 'At 11', changes: '' }],
      contingencies: [
        { id: 'c1', trigger: 'missed_exchange', triggerOther: '', response: 'Call' },
        { id: 'c2', trigger: '', triggerOther: '', response: 'Half typed' },
        { id: 'c3', trigger: 'other', triggerOther: 'Flood', response: '' },
      ],
    };
    expect(mergeValid(changeSchema, next, prev)).toEqual({
      stages: next.stages,
      contingencies: [next.contingencies[0], next.contingencies[2]],
    });
  });
});
