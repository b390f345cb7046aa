import type { Plan } from '../schema/planSchema';
import { removeItem } from '../state/planOperations';
import { sectionHash } from '../state/hashRoute';
import { SectionPage } from './SectionPage';
import type { SectionProps } from './sectionProps';
import type { ItemList } from './useItemForm';
import { useTranslator } from './useTranslator';

interface Props {
  props: SectionProps;
  list: ItemList;
  name: string;
  /** What else goes, e.g. "1 arrangement with only them". */
  consequences?: string[];
  /** Custom removal; defaults to removing the item from `list`. */
  remove?(plan: Plan): Plan;
}

/** "Are you sure you want to remove …?" — removal is never one click. */
export function RemoveItem({ props, list, name, consequences = [], remove }: Props) {
  const { t } = useTranslator();
  const { plan, route, onCommit, navigate } = props;
  const back = sectionHash(plan.id, list);
  const title = t('planner.remove.title', { name });
  return (
    <SectionPage plan={plan} section={list} title={title} itemPage>
      {consequences.length > 0 && (
        <div className="warning-text">
          <p>{t('planner.remove.alsoRemoves')}</p>
          <ul>
            {consequences.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            onCommit((p) => (remove ? remove(p) : removeItem(p, list as Exclude<ItemList, 'voices'>, route.item!)));
            navigate(back);
          }}
        >
          {t('planner.remove.confirm')}
        </button>
        <a className="link-button" href={back}>
          {t('planner.remove.keep', { name })}
        </a>
      </div>
    </SectionPage>
  );
}
