/**
 * The builder's links into the hub (each section's guides, and the Wales briefing for a plan under
 * Welsh law) lead to pages that exist. The builder is a client island, so the built-site link sweep
 * never sees these links: a path naming the wrong collection would otherwise ship as a 404.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE_FOLDERS } from '../../../src/hub/contentRules';
import { TYPES } from '../../../src/hub/taxonomy';
import { SECTION_META, WALES_BRIEFING } from '../../../src/planner/schema/sections';

/** The content file a hub path is built from, or null when the path is no resource page. */
function contentFile(path: string): string | null {
  const m = /^\/([a-z-]+)\/([a-z0-9-]+)\/$/.exec(path);
  const type = m && (Object.keys(TYPE_FOLDERS) as (keyof typeof TYPE_FOLDERS)[]).find((t) => TYPES[t].path === m[1]);
  return type ? `src/content/${TYPE_FOLDERS[type]}/${m[2]}.mdx` : null;
}

const links = [...Object.values(SECTION_META).flatMap((s) => s.guides), WALES_BRIEFING];

describe('the builder’s links into the hub', () => {
  it.each(links)('%s is a page of the hub', (path) => {
    const file = contentFile(path);
    expect(file, `${path} names no resource type`).not.toBeNull();
    expect(existsSync(file!), `${file} does not exist`).toBe(true);
  });

  it('finds a link to a collection with no such path', () => {
    expect(contentFile('/briefings/staying-in-touch-in-wales/')).toBeNull();
    expect(contentFile('/research/staying-in-touch-in-wales/')).toBe(
      'src/content/briefings/staying-in-touch-in-wales.mdx',
    );
  });
});
