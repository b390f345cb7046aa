/** After "Delete everything from this device" (here or in another tab): what went, and what to do next. */
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';

export default function EverythingDeleted({ elsewhere, failed }: { elsewhere: boolean; failed: string[] }) {
  useDocumentTitle('Everything has been deleted from this device');
  return (
    <div className="everything-deleted">
      <PageHeading>Everything has been deleted from this device</PageHeading>
      {elsewhere && <p className="inset-text">It was deleted from another tab of this browser.</p>}
      <p>The plan builder has removed from this browser:</p>
      <ul>
        <li>plans, and plans kept in this tab</li>
        <li>half-filled items</li>
        <li>your settings, including whether this is a shared computer</li>
        <li>the passphrase record, if you had one</li>
        <li>the offline copy of this site</li>
      </ul>
      {failed.length > 0 && (
        <div className="warning-text">
          <p>
            <strong>
              These could not be removed: {failed.join(', ')}. Clear this site’s data in your browser’s settings.
            </strong>
          </p>
        </div>
      )}
      <p>Plan files and PDFs you saved are not affected: delete them separately if you need to.</p>
      <p>On a shared or public computer, close this browser window when you have finished.</p>
      <p>
        <a href="/planner/">Start the plan builder again</a>
      </p>
    </div>
  );
}
