/** The plan builder inside the privacy shell (DeviceShell.tsx), which chooses and guards its store. */
import PlannerApp from '../PlannerApp';
import type { ExampleLink } from '../PlansList';
import { useTranslator } from '../useTranslator';
import DeviceShell from './DeviceShell';

export default function PlannerShell({ examples = [] }: { examples?: ExampleLink[] }) {
  const { t } = useTranslator();
  return (
    <DeviceShell heading={t('privacy.shell.heading')}>
      {(host) => <PlannerApp examples={examples} host={host} />}
    </DeviceShell>
  );
}
