// Writes public/third-party-notices.txt (served at /third-party-notices.txt): this project's licence, the
// fonts the site ships, then every production package in package-lock.json (all `dependencies` and what they
// pull in; devDependencies are left out) with its licence quoted in full from node_modules.
// `npm run notices`; `npm run build` runs it first, so the built site always has a current copy.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NOTICES_FILE = 'public/third-party-notices.txt';
const RULE = '-'.repeat(79);
/** The PDF's sRGB colour profile is kept in the source, not in a package: its notice is kept beside it. */
const COLOUR_PROFILE_LICENCE = 'src/planner/pdf/srgbProfile.licence.txt';
const FONT_FILE = /\.(ttf|otf|woff2?)$/i;

// Standard texts, for the few packages that declare one of these licences but ship no licence file.
const STANDARD_TEXTS = {
  MIT: `Copyright (c) {holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`,
  ISC: `Copyright (c) {holder}

Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby
granted, provided that the above copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN
AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.`,
};

/** A package name from its lockfile path: `node_modules/a/node_modules/@b/c` is `@b/c`. */
const nameFromPath = (path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * The production packages in a lockfile: every entry not marked `dev`. Optional ones (each platform's
 * binaries) count where they are installed, which is where they were used; a required one that is not
 * installed is an error, since its licence cannot be read.
 * @param {{ packages: Record<string, any> }} lock
 * @param {string} root the folder holding package-lock.json and node_modules
 * @returns {{ name: string, version: string, path: string, license: string }[]} one per name and version
 */
export function productionPackages(lock, root) {
  const found = new Map();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev || entry.link) continue;
    const installed = existsSync(join(root, path, 'package.json'));
    if (!installed) {
      if (entry.optional || entry.devOptional) continue;
      throw new Error(`${path} is a production dependency but is not installed: run npm ci`);
    }
    const name = entry.name ?? nameFromPath(path);
    const key = `${name}@${entry.version}`;
    if (!found.has(key)) found.set(key, { name, version: entry.version, path, license: entry.license ?? '' });
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version));
}

const isLicenceFile = (name) => /^(licen[cs]e|copying|notice)/i.test(name) && !/\.(c?js|mjs|ts|json|map)$/i.test(name);

function licenceFiles(dir) {
  return readdirSync(dir)
    .filter((f) => isLicenceFile(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
}

/** The "License"/"Licensing" section of a README, if it has one. */
function readmeLicenceSection(dir) {
  const readme = readdirSync(dir).find((f) => /^readme(\.md)?$/i.test(f));
  if (!readme) return '';
  const lines = readFileSync(join(dir, readme), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#{1,6}\s*licen[cs](e|ing)\b/i.test(l));
  if (start < 0) return '';
  const level = lines[start].match(/^#+/)[0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l) && l.match(/^#+/)[0].length <= level);
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

const authorName = (author) => (typeof author === 'string' ? author.replace(/\s*[<(].*$/, '') : author?.name);

/**
 * A package's licence text and where it came from: its own licence files; else those of the package it is a
 * platform build of (listed in that package's optionalDependencies, with the same licence); else the standard
 * text of its declared licence with its author as holder; else its README's licence section. Null if none.
 * @returns {{ text: string, from: string } | null}
 */
export function licenceText(pkg, lock, root) {
  const dir = join(root, pkg.path);
  const own = licenceFiles(dir);
  if (own.length) return { text: own.join(`\n\n`), from: '' };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!entry.optionalDependencies?.[pkg.name] || entry.license !== pkg.license) continue;
    if (!existsSync(join(root, path, 'package.json'))) continue;
    const parent = licenceFiles(join(root, path));
    if (parent.length)
      return { text: parent.join('\n\n'), from: `the licence of ${nameFromPath(path)}, of which this is a build` };
  }
  const readme = readmeLicenceSection(dir);
  const standard = STANDARD_TEXTS[pkg.license];
  if (standard) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const holder = authorName(manifest.author) ?? `the authors of ${pkg.name}`;
    const text = standard.replace('{holder}', holder) + (readme ? `\n\nFrom its README:\n${readme}` : '');
    return { text, from: `the standard ${pkg.license} text (the package ships no licence file)` };
  }
  return readme ? { text: readme, from: 'its README (the package ships no licence file)' } : null;
}

function sourceUrl(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (!repository) return manifest.homepage ?? '';
  return repository
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^(ssh:\/\/)?git@([^:/]+)[:/]/, 'https://$2/')
    .replace(/^(https:\/\/[^/:]+):(?!\d)/, '$1/')
    .replace(/\.git$/, '')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^(?![a-z]+:)([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1');
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The fonts the site ships: font files imported from packages anywhere in src/ (the PDF fonts, served from
 * /_astro/). A font file kept in public/ has no package to take a licence from, so it is an error.
 * @returns {{ package: string, files: string[] }[]}
 */
export function shippedFonts(root) {
  const inPublic = walk(join(root, 'public')).filter((f) => FONT_FILE.test(f));
  if (inPublic.length)
    throw new Error(`Font files in public/ need a licence in the notices: ${inPublic.map((f) => relative(root, f))}`);
  const byPackage = new Map();
  for (const file of walk(join(root, 'src'))) {
    if (!/\.(ts|tsx|astro|css|mjs|js)$/.test(file)) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/['"(]([@\w][\w@./-]*\.(?:ttf|otf|woff2?))/g)) {
      const parts = specifier.split('/');
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
      if (!existsSync(join(root, 'node_modules', name, 'package.json'))) continue; // a relative path, not a package
      const files = byPackage.get(name) ?? new Set();
      files.add(parts.at(-1));
      byPackage.set(name, files);
    }
  }
  return [...byPackage].map(([name, files]) => ({ package: name, files: [...files].sort() }));
}

/** The whole notices file. */
export function noticesText(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const packages = productionPackages(lock, root);
  const fonts = shippedFonts(root);
  const out = [
    'Staying in touch: licences',
    '',
    `This site's own code and content are under the MIT licence below. The site is built with, and ships, the`,
    'fonts and open-source packages listed after it, each under its own licence, quoted in full.',
    'Generated by `npm run notices` from package-lock.json.',
    '',
    RULE,
    `${project.name} ${project.version}`,
    'Licence: MIT',
    '',
    readFileSync(join(root, 'LICENSE'), 'utf8').trim(),
    '',
    RULE,
    'Fonts',
    '',
    ...fonts.map((f) => {
      const version = packages.find((p) => p.name === f.package)?.version ?? '';
      return `${f.files.join(', ')}, from the package ${f.package} ${version} (its licence is below)`;
    }),
    '',
    RULE,
    'Colour profile',
    '',
    readFileSync(join(root, ...COLOUR_PROFILE_LICENCE.split('/')), 'utf8').trim(),
    '',
    RULE,
    `Packages (${packages.length})`,
  ];
  for (const pkg of packages) {
    const licence = licenceText(pkg, lock, root);
    if (!licence) throw new Error(`${pkg.name} ${pkg.version} ships no licence text: add one for it here`);
    const source = sourceUrl(join(root, pkg.path));
    out.push(
      '',
      RULE,
      `${pkg.name} ${pkg.version}`,
      `Licence: ${pkg.license || 'not declared'}`,
      ...(source ? [`Source: ${source}`] : []),
      ...(licence.from ? [`Text: ${licence.from}`] : []),
      '',
      licence.text.replace(/\r\n?/g, '\n'),
    );
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const text = noticesText(root);
  writeFileSync(join(root, ...NOTICES_FILE.split('/')), text);
  console.log(`Third-party notices: ${NOTICES_FILE.split('/').join(sep)}, ${Math.round(text.length / 1024)} KB`);
}
