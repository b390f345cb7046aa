/**
 * The Remove button of one row of a list inside a form (a stage, a situation, a task): says which
 * row to screen readers, and after removing announces it and moves focus on (useFormListRemoval).
 */
import { removeLinkId, type useFormListRemoval } from './viewLanding';
import { useTranslator } from './useTranslator';

interface Props {
  /** The row's key and every row's key, in order. */
  rowKey: string;
  rowKeys: string[];
  /** Which row, as a screen reader hears it: "stage 2". */
  which: string;
  removeRow: ReturnType<typeof useFormListRemoval>;
  onRemove: () => void;
}

export function RemoveRowButton({ rowKey, rowKeys, which, removeRow, onRemove }: Props) {
  const { t } = useTranslator();
  return (
    <button
      type="button"
      className="button button--secondary"
      id={removeLinkId(rowKey)}
      onClick={() => removeRow(rowKeys, rowKey, onRemove, t('planner.remove.done', { name: which }))}
    >
      {t('plan.form.remove')}
      <span className="visually-hidden"> {which}</span>
    </button>
  );
}
