/**
 * The codebase's rooms and their one-way doors, checked by walking every import in `src/`.
 *
 * - React (and the form library) live only in the builder's UI folder; nothing but a page imports it.
 * - Each room has a rank; a module imports only from its own room or from rooms of a lower rank, so
 *   imports point down (UI → PDF → rules → answers → model → catalogue) and never back up.
 * - No cycle between folders (the UI folder counts as one room: its feature folders may share).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Rooms, most specific first, with their rank: a module may import only from ranks below its own. */
export const ROOMS: [folder: string, rank: number][] = [
  ['src/i18n', 0],
  // The channel every tab of the site shares ("Delete everything" reaches session mode's tabs through it).
  ['src/device', 0],
  ['src/planner/schema', 1],
  // Line breaking (the PDF's text, the eco-map's labels) and the identifying-details checker: pure, imports nothing.
  ['src/planner/text', 1],
  // Our own pictures for the child's plan and easy read: pure data, drawn by the PDF and the builder's print view.
  ['src/planner/pictures', 1],
  // The hub's content schema names the plan's sections, so it sits above the plan schema.
  ['src/hub', 2],
  ['src/trainer', 1],
  ['src/planner/state', 2],
  ['src/planner/ecomap', 2],
  // The letter pages' logic: the guides' prompts, the draft, the checker's findings as a letter shows them.
  ['src/planner/letters', 2],
  ['src/planner/answers', 3],
  ['src/planner/signoff', 4],
  ['src/planner/storage', 4],
  ['src/offline', 4],
  ['src/planner/pdf', 5],
  ['src/planner/forms', 5],
  ['src/planner/privacy', 6],
  ['src/planner/ui', 7],
  ['src/components', 7],
  ['src/layouts', 8],
  ['src/content.config.ts', 8],
  ['src/pages', 9],
];
const UI = 'src/planner/ui';
const REACT = /^(react|react-dom|react-hook-form|@hookform\/.+)(\/.*)?$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'content' && dir === SRC ? [] : walk(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Import {
  from: string;
  spec: string;
  /** The imported file relative to the repository, for relative specifiers. */
  target?: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(ROOT, file);
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3]).split('?')[0];
    return { from, spec, target: spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : undefined };
  });
}

const roomOf = (path: string) =>
  ROOMS.find(([folder]) => path === folder || path.startsWith(`${folder}/`) || path.startsWith(`${folder}.`));

/** Imports that point up, or sideways into another room of the same rank. */
function upwardImports(list: Import[]): string[] {
  return list.flatMap((i) => {
    if (!i.target?.startsWith('src/')) return [];
    const from = roomOf(i.from);
    const to = roomOf(i.target);
    if (!from || !to || from[0] === to[0]) return [];
    return to[1] < from[1] ? [] : [`${i.from} (rank ${from[1]}) imports ${i.spec} (${to[0]}, rank ${to[1]})`];
  });
}

/** Cycles in the graph of folders (the UI folder is one node). */
function folderCycles(list: Import[]): string[] {
  const node = (path: string) => (path.startsWith(`${UI}/`) ? UI : dirname(path));
  const edges = new Map<string, Set<string>>();
  for (const i of list) {
    if (!i.target?.startsWith('src/')) continue;
    const [a, b] = [node(i.from), node(i.target)];
    if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string, path: string[]) => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'open') {
      cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
      return;
    }
    state.set(n, 'open');
    for (const m of edges.get(n) ?? []) visit(m, [...path, n]);
    state.set(n, 'done');
  };
  for (const n of edges.keys()) visit(n, []);
  return cycles;
}

const files = walk(SRC);
const imports = files.flatMap(importsOf);

describe('architecture', () => {
  it('finds the imports it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.filter((i) => i.target).length).toBeGreaterThan(300);
  });

  it('puts every source file in a room', () => {
    const homeless = files.map((f) => relative(ROOT, f)).filter((f) => !roomOf(f) && f !== 'src/env.d.ts');
    expect(homeless).toEqual([]);
  });

  it('keeps React inside the UI folder', () => {
    const outside = imports.filter((i) => REACT.test(i.spec) && !i.from.startsWith(`${UI}/`));
    expect(outside.map((i) => `${i.from} imports ${i.spec}`)).toEqual([]);
    const tsxOutside = files.map((f) => relative(ROOT, f)).filter((f) => f.endsWith('.tsx') && !f.startsWith(`${UI}/`));
    expect(tsxOutside).toEqual([]);
  });

  it('lets nothing but pages import the UI folder', () => {
    const intoUi = imports.filter(
      (i) => i.target?.startsWith(`${UI}/`) && !i.from.startsWith(`${UI}/`) && !i.from.startsWith('src/pages/'),
    );
    expect(intoUi.map((i) => `${i.from} imports ${i.spec}`)).toEqual([]);
  });

  it('points every import down, never up or sideways into another room of the same rank', () => {
    expect(upwardImports(imports)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(imports)).toEqual([]);
  });

  it('would catch an upward import, a sideways import and a cycle', () => {
    const fake = (from: string, target: string): Import => ({ from, spec: target, target });
    expect(upwardImports([fake('src/planner/schema/planSchema.ts', 'src/planner/pdf/pageLayout')])).toHaveLength(1);
    expect(upwardImports([fake('src/planner/storage/a.ts', 'src/planner/signoff/b')])).toHaveLength(1);
    expect(upwardImports([fake('src/planner/pdf/a.ts', 'src/planner/schema/b')])).toEqual([]);
    expect(
      folderCycles([fake('src/hub/a.ts', 'src/hub/search/b'), fake('src/hub/search/b.ts', 'src/hub/c')]),
    ).toHaveLength(1);
  });
});
