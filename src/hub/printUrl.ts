/**
 * The full address an internal link prints as. On paper "/guides/step-1-purpose/" leads nowhere; the
 * site's canonical origin (`site` in astro.config.mjs, `Astro.site` in a component) makes it one a
 * reader can type. Links elsewhere, anchors on the page and links without a site give undefined.
 */
export function printUrl(href: string | undefined, site: URL | undefined): string | undefined {
  if (!site || !href?.startsWith('/') || href.startsWith('//')) return undefined;
  return new URL(href, site).href;
}
