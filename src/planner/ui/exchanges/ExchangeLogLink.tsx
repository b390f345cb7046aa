import type { Plan } from '../../schema/planSchema';
import { writtenArrangements } from '../../state/exchangeLog';
import { exchangesHash } from '../../state/hashRoute';
import { useTranslator } from '../useTranslator';

/** The way to the exchange log, for a plan with letters, cards or messages to log (or a log already). */
export function ExchangeLogLink({ plan }: { plan: Plan }) {
  const { t } = useTranslator();
  if (writtenArrangements(plan).length === 0 && !plan.exchangeLog?.length) return null;
  return (
    <p className="exchange-log-link">
      {t('planner.exchangeLogLink.intro')} <a href={exchangesHash(plan.id)}>{t('planner.exchangeLogLink.link')}</a>
    </p>
  );
}
