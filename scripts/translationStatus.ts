/**
 * Where the Welsh stands (issue 13), for a translator: every Welsh catalogue area (src/i18n/cy/status.ts),
 * every English page (src/content/<type>/) with its Welsh page if any (src/content/cy/<type>/), every
 * session's handout (src/content/cy/handouts/), each printable material's cards (src/content/cy/materials/),
 * the glossary and each worked example's plan
 * (src/planner/examples/cy/), each with one state. Read from the
 * files, as the build reads them; printed by `npm run translation:status` (translation-status.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { WELSH_AREAS } from '../src/i18n/catalogue';
import { WELSH_AREA_STATUS } from '../src/i18n/cy/status';
import { TYPE_FOLDERS } from '../src/hub/contentRules';
import { loadResources, splitFrontmatter } from './contentFiles';

export type TranslationState = 'not translated' | 'machine-made, awaiting review' | 'reviewed' | 'out of date';

export interface TranslationRow {
  /** What it is: a catalogue area, a page, a handout, a material's cards, the glossary or a worked example's plan. */
  kind: 'area' | 'page' | 'handout' | 'material' | 'glossary' | 'plan';
  /** The area's name, or the page's folder and id ("guides/step-5-support-plan"). */
  name: string;
  state: TranslationState;
  /** Who reviewed it, when someone has. */
  reviewedBy?: string;
  /** What the state rests on: the Welsh file and, when out of date, the two dates. */
  detail: string;
}

interface TranslationRecord {
  by?: string;
  reviewedBy?: string | null;
  fromEnglishUpdated?: unknown;
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The state of a translated file from its record and the English `updated` date. */
function stateOf(record: TranslationRecord | undefined, englishUpdated: unknown, file: string) {
  if (!record) return { state: 'machine-made, awaiting review' as const, detail: `${file} (no translation record)` };
  const from = day(record.fromEnglishUpdated);
  const review = record.reviewedBy
    ? `reviewed by ${record.reviewedBy}`
    : `${record.by ?? 'machine'}-made, not reviewed`;
  if (englishUpdated !== undefined && from < day(englishUpdated))
    return {
      state: 'out of date' as const,
      detail: `${file}: English updated ${day(englishUpdated)}, Welsh from ${from} (${review})`,
    };
  if (record.reviewedBy) return { state: 'reviewed' as const, reviewedBy: record.reviewedBy, detail: file };
  return { state: 'machine-made, awaiting review' as const, detail: file };
}

export function translationStatus(root = 'src/content', examples = 'src/planner/examples'): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const area of Object.keys(WELSH_AREAS)) {
    const status = WELSH_AREA_STATUS[area];
    const file = `src/i18n/cy/${area}.ts`;
    rows.push(
      !status
        ? { kind: 'area', name: area, state: 'not translated', detail: `${file} has no entry in src/i18n/cy/status.ts` }
        : status.reviewedBy
          ? { kind: 'area', name: area, state: 'reviewed', reviewedBy: status.reviewedBy, detail: file }
          : { kind: 'area', name: area, state: 'machine-made, awaiting review', detail: `${file} (${status.date})` },
    );
  }
  for (const page of loadResources(root)) {
    const folder = TYPE_FOLDERS[page.type];
    const welshFile = join(root, 'cy', folder, `${page.id}.mdx`);
    const name = `${folder}/${page.id}`;
    if (!existsSync(welshFile)) rows.push({ kind: 'page', name, state: 'not translated', detail: page.file });
    else {
      const { data } = splitFrontmatter(readFileSync(welshFile, 'utf8'));
      rows.push({
        kind: 'page',
        name,
        ...stateOf(data.translation as TranslationRecord, page.data.updated, welshFile),
      });
    }
    if (page.type !== 'session') continue;
    const handoutFile = join(root, 'cy', 'handouts', `${page.id}.yaml`);
    const handout = `${name}/handout`;
    if (!existsSync(handoutFile))
      rows.push({ kind: 'handout', name: handout, state: 'not translated', detail: page.file });
    else {
      const data = parse(readFileSync(handoutFile, 'utf8')) as { translation?: TranslationRecord };
      rows.push({ kind: 'handout', name: handout, ...stateOf(data.translation, page.data.updated, handoutFile) });
    }
  }
  // The printable materials whose cards are text (src/content/materials/, a YAML file each).
  for (const file of readdirSync(join(root, 'materials')).filter((f) => f.endsWith('.yaml'))) {
    const name = `materials/${file.replace(/\.yaml$/, '')}`;
    const english = parse(readFileSync(join(root, 'materials', file), 'utf8')) as { updated?: unknown };
    const welshFile = join(root, 'cy', 'materials', file);
    if (!existsSync(welshFile))
      rows.push({ kind: 'material', name, state: 'not translated', detail: join(root, 'materials', file) });
    else {
      const data = parse(readFileSync(welshFile, 'utf8')) as { translation?: TranslationRecord };
      rows.push({ kind: 'material', name, ...stateOf(data.translation, english.updated, welshFile) });
    }
  }
  const glossaryFile = join(root, 'cy', 'glossary.yaml');
  rows.push(
    existsSync(glossaryFile)
      ? { kind: 'glossary', name: 'glossary', ...stateOf(undefined, undefined, glossaryFile) }
      : { kind: 'glossary', name: 'glossary', state: 'not translated', detail: join(root, 'glossary.yaml') },
  );
  // The worked examples' plans (their Welsh copies hold no record: made by machine, like the pages).
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.json'))) {
    const welshFile = join(examples, 'cy', file);
    const name = file.replace(/\.json$/, '');
    rows.push(
      existsSync(welshFile)
        ? { kind: 'plan', name, ...stateOf(undefined, undefined, welshFile) }
        : { kind: 'plan', name, state: 'not translated', detail: join(examples, file) },
    );
  }
  return rows;
}

/** The report as printed: one line per row under its state, "reviewed by" naming the reviewer, and counts. */
export function formatTranslationStatus(rows: readonly TranslationRow[]): string {
  const states: TranslationState[] = ['out of date', 'not translated', 'machine-made, awaiting review', 'reviewed'];
  const lines: string[] = [];
  for (const state of states) {
    const these = rows.filter((r) => r.state === state);
    if (these.length === 0) continue;
    lines.push(`${state} (${these.length})`);
    for (const r of these)
      lines.push(
        `  ${r.kind.padEnd(8)} ${r.name}${r.reviewedBy ? ` — reviewed by ${r.reviewedBy}` : ''}  [${r.detail}]`,
      );
    lines.push('');
  }
  lines.push(
    `${rows.length} in all: ${states.map((s) => `${rows.filter((r) => r.state === s).length} ${s}`).join(', ')}`,
  );
  return lines.join('\n');
}
