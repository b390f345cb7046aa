/**
 * A form's list (stages, situations, tasks) starts with one blank row to fill in; a blank row left
 * at the end is no answer, while one between filled rows stays so that its problems keep its place.
 */
import { describe, expect, it } from 'vitest';
import { isBlankRow, rowsOrOneBlank, withoutTrailingBlankRows } from '../../../src/planner/forms/formValues';

const stage = (when: string, changes = '') => ({ id: `st-${when || 'blank'}`, when, changes });

describe('rows of a form', () => {
  it('are blank only when nothing but the id is answered', () => {
    expect(isBlankRow(stage(''))).toBe(true);
    expect(isBlankRow({ id: 't1', task: '  ', ownerId: '', due: '' })).toBe(true);
    expect(isBlankRow({ id: 't1', task: '', due: '2027-01-31' })).toBe(false);
    expect(isBlankRow({ id: 'c1', trigger: null, tags: [] })).toBe(true);
    expect(isBlankRow({ id: 'c1', trigger: 'other', tags: [] })).toBe(false);
  });

  it('lose the blank rows at the end, and keep those between answers', () => {
    const rows = [stage(''), stage('At 11'), stage(''), stage('')];
    expect(withoutTrailingBlankRows(rows).map((r) => r.when)).toEqual(['', 'At 11']);
    expect(withoutTrailingBlankRows([stage('')])).toEqual([]);
    expect(withoutTrailingBlankRows([])).toEqual([]);
  });

  it('start from one blank row when there are none', () => {
    expect(rowsOrOneBlank([], () => stage(''))).toEqual([stage('')]);
    expect(rowsOrOneBlank([stage('At 11')], () => stage(''))).toEqual([stage('At 11')]);
  });
});
