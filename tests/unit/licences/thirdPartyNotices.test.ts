/**
 * The licence notices the site serves (/third-party-notices.txt, written by `npm run notices`) name every
 * production package in package-lock.json with its licence text, the fonts the site ships, and this
 * project's own licence; devDependencies stay out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesText } from '../../../scripts/third-party-notices.mjs';

interface LockEntry {
  name?: string;
  version: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const text = noticesText(process.cwd());

/** Each package's section: its heading line ("name version") and the licence text under its header lines. */
const sections = new Map(
  text
    .split(`${'-'.repeat(79)}\n`)
    .slice(1)
    .map((section) => {
      const [heading, ...rest] = section.split('\n');
      const body = rest.filter((line) => !/^(Licence|Source|Text): /.test(line)).join('\n');
      return [heading, body.trim()] as const;
    }),
);

const nameOf = (path: string, entry: LockEntry) => entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13);

describe('third-party notices', () => {
  it('list every production package in package-lock.json, each with its licence text', () => {
    const missing: string[] = [];
    const withoutText: string[] = [];
    let listed = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path || entry.dev) continue;
      // Each platform's binaries are optional: only the ones installed here were used for this build.
      if ((entry.optional || entry.devOptional) && !existsSync(join(path, 'package.json'))) continue;
      const heading = `${nameOf(path, entry)} ${entry.version}`;
      const body = sections.get(heading);
      if (body === undefined) missing.push(heading);
      else if (body.length < 100) withoutText.push(heading);
      else listed++;
    }
    expect(missing).toEqual([]);
    expect(withoutText).toEqual([]);
    expect(listed).toBeGreaterThan(100);
  });

  it('include every dependency in package.json and no package used only in development', () => {
    const headings = [...sections.keys()].map((h) => h.slice(0, h.lastIndexOf(' ')));
    for (const name of Object.keys(manifest.dependencies)) expect(headings).toContain(name);
    const devOnly = Object.keys(manifest.devDependencies).filter((n) => lock.packages[`node_modules/${n}`]?.dev);
    expect(devOnly).toContain('vitest');
    expect(headings.filter((h) => devOnly.includes(h))).toEqual([]);
  });

  it('quote a package’s notice file as well as its licence: the English dictionary’s data attribution', () => {
    const english = [...sections].find(([heading]) => heading.startsWith('@zxcvbn-ts/language-en '));
    expect(english?.[1]).toContain('Permission is hereby granted, free of charge');
    expect(english?.[1]).toContain('License: ODC-BY (Open Data Commons Attribution License)');
    expect(english?.[1]).toContain('Any redistribution of this package must retain this notice.');
  });

  it('name the sRGB colour profile the PDFs embed, with its zlib licence', () => {
    const section = text.split(`${'-'.repeat(79)}\n`).find((part) => part.startsWith('Colour profile\n'));
    expect(section).toMatch(/^sRGB\.icc, from the Debian package icc-profiles-free /m);
    expect(section).toContain('Permission is granted to anyone to use this software for any purpose');
    expect(section).toContain('This notice may not be removed or altered from any source');
  });

  it('name the fonts the site ships, with the DejaVu fonts licence', () => {
    expect(text).toMatch(/^DejaVuSans-Bold\.ttf, DejaVuSans\.ttf, from the package dejavu-fonts-ttf /m);
    const dejavu = [...sections].find(([heading]) => heading.startsWith('dejavu-fonts-ttf '));
    expect(dejavu?.[1]).toContain('Bitstream Vera Fonts Copyright');
  });

  it("start with this project's own licence", () => {
    expect(sections.get(`${manifest.name} ${manifest.version}`)).toBe(readFileSync('LICENSE', 'utf8').trim());
  });
});
