/** A line above every view of the builder saying where plans are kept, with "Lock now" when protected. */
interface Props {
  where: 'device' | 'tab';
  refused: boolean;
  isProtected: boolean;
  onLock(): void;
}

export function DeviceBar({ where, refused, isProtected, onLock }: Props) {
  if (where === 'tab' && !refused) {
    return (
      <div className="device-bar device-bar--shared">
        <p>
          <strong>Plans on this computer are kept only while this tab is open. Save plan to file to keep it.</strong>
        </p>
      </div>
    );
  }
  if (!isProtected) return null;
  return (
    <div className="device-bar">
      <p>Plans on this device are protected with a passphrase.</p>
      <button type="button" className="button button--secondary" onClick={onLock}>
        Lock now
      </button>
    </div>
  );
}
