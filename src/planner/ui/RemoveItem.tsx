import type { Plan } from '../schema/planSchema';
import { listItems, sectionAnswers } from '../answers/planAnswers';
import { removeItem } from '../state/planOperations';
import { sectionHash } from '../state/hashRoute';
import { neighbourAfterRemoval } from '../state/itemActions';
import { ADD_ITEM_ID } from './ListSection';
import { SectionPage } from './SectionPage';
import type { SectionProps } from './sectionProps';
import type { ItemList } from './useItemForm';
import { useTranslator } from './useTranslator';
import { cardHeadingId } from './viewLanding';

interface Props {
  props: SectionProps;
  list: ItemList;
  name: string;
  /** What else goes, e.g. "1 arrangement with only them". */
  consequences?: string[];
  /** Custom removal; defaults to removing the item from `list`. */
  remove?(plan: Plan): Plan;
}

/**
 * "Are you sure you want to remove …?" — removal is never one click. Once removed, the list says
 * so in the notification region, and focus lands on the item that took its place (the next, else
 * the one before), else on the list's "Add" button.
 */
export function RemoveItem({ props, list, name, consequences = [], remove }: Props) {
  const i18n = useTranslator();
  const { t } = i18n;
  const { plan, route, onCommit, navigate } = props;
  const back = sectionHash(plan.id, list);
  const title = t('planner.remove.title', { name });
  const confirm = () => {
    const items = listItems(sectionAnswers(plan, list, i18n), list);
    const removed = items.find((item) => item.id === route.item);
    const next = neighbourAfterRemoval(
      items.map((item) => item.id),
      route.item,
    );
    onCommit((p) => (remove ? remove(p) : removeItem(p, list as Exclude<ItemList, 'voices'>, route.item!)));
    navigate(back, {
      focus: next ? [cardHeadingId(next), ADD_ITEM_ID] : [ADD_ITEM_ID],
      notice: t('planner.remove.done', { name: removed?.heading ?? name }),
    });
  };
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
        <button type="button" className="button button--warning" onClick={confirm}>
          {t('planner.remove.confirm')}
        </button>
        <a className="link-button" href={back}>
          {t('planner.remove.keep', { name })}
        </a>
      </div>
    </SectionPage>
  );
}
