/**
 * "Privacy on this device", at the end of the plans list: the answer to the shared-computer
 * question (with Change), passphrase protection (turn on or off), and "Delete everything from
 * this device".
 */
import { lazy, Suspense, useState } from 'react';
import type { DeviceMode } from '../../privacy/deviceSettings';
import { ConfirmAction } from './ConfirmAction';

const ProtectForm = lazy(() => import('./ProtectForm'));

interface Props {
  mode: DeviceMode;
  where: 'device' | 'tab';
  isProtected: boolean;
  countPlans(): Promise<number>;
  onChangeMode(): void;
  onProtect(passphrase: string): Promise<void>;
  onUnprotect(): Promise<void>;
  onDeleteEverything(): void;
}

const plural = (n: number) => `${n} ${n === 1 ? 'plan' : 'plans'}`;

export default function DeviceControls(props: Props) {
  const [panel, setPanel] = useState<'protect' | 'unprotect' | 'delete'>();
  const [count, setCount] = useState<number>();
  const open = (next: typeof panel) => {
    setPanel(next);
    if (next === 'delete') void props.countPlans().then(setCount, () => setCount(undefined));
  };
  const row = (key: string, value: string, action?: [label: string, hidden: string, onClick: () => void]) => (
    <div className="summary-list__row summary-list__row--actions">
      <dt className="summary-list__key">{key}</dt>
      <dd className="summary-list__value">{value}</dd>
      {action && (
        <dd className="summary-list__actions">
          <button type="button" className="link-button" onClick={action[2]}>
            {action[0]}
            <span className="visually-hidden"> {action[1]}</span>
          </button>
        </dd>
      )}
    </div>
  );
  return (
    <section className="device-controls" aria-labelledby="device-controls-heading">
      <h2 id="device-controls-heading">Privacy on this device</h2>
      <dl className="summary-list">
        {row(
          'Shared or public computer',
          props.mode === 'shared' ? 'Yes: plans are kept only while this tab is open' : 'No, my own work device',
          ['Change', 'whether this is a shared or public computer', props.onChangeMode],
        )}
        {props.where === 'device' &&
          row(
            'Passphrase',
            props.isProtected ? 'On: plans are encrypted on this device' : 'Off',
            props.isProtected
              ? ['Turn off', 'passphrase protection', () => open('unprotect')]
              : ['Turn on', 'passphrase protection', () => open('protect')],
          )}
      </dl>
      {panel === 'protect' && (
        <Suspense fallback={null}>
          <ProtectForm
            onProtect={async (p) => {
              await props.onProtect(p);
              setPanel(undefined);
            }}
            onCancel={() => setPanel(undefined)}
          />
        </Suspense>
      )}
      {panel === 'unprotect' && (
        <ConfirmAction
          confirmLabel="Turn off protection"
          onConfirm={() => {
            setPanel(undefined);
            void props.onUnprotect();
          }}
          onCancel={() => setPanel(undefined)}
        >
          <p>
            <strong>
              Turn off passphrase protection? Plans on this device will be saved without encryption, and the builder
              will no longer lock.
            </strong>
          </p>
        </ConfirmAction>
      )}

      <h3>Delete everything from this device</h3>
      <p>
        Removes every trace of the plan builder from this browser: plans, half-filled items, settings, the passphrase
        record, and the offline copy of this site. Save any plans you need to files first.
      </p>
      {panel === 'delete' ? (
        <ConfirmAction
          confirmLabel="Yes, delete everything"
          onConfirm={() => {
            setPanel(undefined);
            props.onDeleteEverything();
          }}
          onCancel={() => setPanel(undefined)}
        >
          <p>
            <strong>
              Are you sure you want to delete everything from this device{count ? `, including ${plural(count)}` : ''}?
              This cannot be undone.
            </strong>
          </p>
        </ConfirmAction>
      ) : (
        <button type="button" className="button button--warning" onClick={() => open('delete')}>
          Delete everything from this device
        </button>
      )}
    </section>
  );
}
