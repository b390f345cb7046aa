/**
 * "Remove the exchange due March 2027?": removing an entry from the log is never one click. Once
 * removed, the log says so and focus lands on the arrangement's "Log an exchange".
 */
import type { Exchange, Plan } from '../../schema/planSchema';
import { removeExchange } from '../../state/exchangeLog';
import { exchangesHash } from '../../state/hashRoute';
import { planDisplayName } from '../../state/planOperations';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { useToolTranslator } from '../useToolTranslator';
import type { PlanUpdate } from '../sectionProps';
import { addExchangeId, type Landing } from '../viewLanding';

interface Props {
  plan: Plan;
  exchange: Exchange;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

export function RemoveExchange({ plan, exchange, onCommit, navigate }: Props) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const month = t('plan.exchange.month', {
    month: i18n.month(Number(exchange.due.slice(5, 7))),
    year: exchange.due.slice(0, 4),
  });
  const title = t('planner.exchanges.remove.title', { month });
  useDocumentTitle(title);
  const back = exchangesHash(plan.id);
  const confirm = () => {
    onCommit((p) => removeExchange(p, exchange.id));
    navigate(back, {
      focus: [addExchangeId(exchange.arrangementId)],
      notice: t('planner.exchanges.removed', { month }),
    });
  };
  return (
    <>
      <PageHeading caption={planDisplayName(plan, t)}>{title}</PageHeading>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={confirm}>
          {t('planner.exchanges.remove.confirm')}
        </button>
        <a className="link-button" href={back}>
          {t('planner.exchanges.remove.keep')}
        </a>
      </div>
    </>
  );
}
