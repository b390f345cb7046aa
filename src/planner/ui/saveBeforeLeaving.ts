/**
 * Saves before the builder's page goes. A link to another page waits for the save to be written,
 * then follows the link; leaving any other way (closing the tab, reloading, the back button, typing
 * an address) starts the save at the first sign (beforeunload, pagehide, or the page being hidden).
 * Encryption at rest is asynchronous, so a save cannot be written synchronously as the page goes:
 * with autosave writing within a quarter of a second of each change, that is what a closed tab can lose.
 */
interface Saver {
  flush(): Promise<void>;
  readonly pending: boolean;
}

/** A plain left click on a link that leaves this page in this tab. */
function leavingLink(event: MouseEvent): URL | undefined {
  if (event.defaultPrevented || event.button !== 0) return undefined;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return undefined;
  if (link.target && link.target !== '_self') return undefined;
  const url = new URL(link.href, location.href);
  const samePage =
    url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
  return samePage ? undefined : url; // a hash on this page is the builder's own route
}

/** Starts watching; returns the function that stops it. */
export function saveBeforeLeaving(saver: () => Saver | undefined): () => void {
  const flush = () => void saver()?.flush();
  const onHidden = () => document.visibilityState === 'hidden' && flush();
  const onClick = (event: MouseEvent) => {
    const url = leavingLink(event);
    const current = saver();
    if (!url || !current?.pending) return;
    event.preventDefault();
    void current.flush().finally(() => location.assign(url.href));
  };
  window.addEventListener('beforeunload', flush);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('beforeunload', flush);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    document.removeEventListener('click', onClick);
  };
}
