// The site at scale for `npm run bench -- --pages N` (issue 18): a temporary copy of this project
// with N generated resource pages added to its content, each with its Welsh counterpart. Nothing is
// written to the project itself and nothing generated is ever committed.
//
// The pages are made of the hub's own sentences (English from src/content, Welsh from src/content/cy),
// shuffled with a fixed seed, so Pagefind's index holds a realistic vocabulary and every run builds the
// same site. Each says it is generated bench content, in its title and its first paragraph. Some
// training sessions sit in subfolders (sessions/bench/day-2/…), as an author may file them.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import YAML from 'yaml';

// The hub's own sections, audiences and topics (Node 24 reads the TypeScript file as it is).
const { SECTION_IDS: SECTIONS, AUDIENCE_IDS: AUDIENCES, TOPIC_IDS: TOPICS } = await import('../src/hub/taxonomy.ts');

/** Shares of the generated pages by collection; sessions (six pages each) are about one in a hundred. */
const MIX = [
  ['briefings', 0.35],
  ['guides', 0.3],
  ['voices', 0.2],
  ['examples', 0.14],
  ['sessions', 0.01],
];

/** A small seeded generator (mulberry32), so every run builds the same pages. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const files = (dir, ext) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));

/** A file's front matter (parsed) and body. */
function readMdx(file) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  return { data: YAML.parse(front ?? '') ?? {}, body: body ?? '' };
}

/** The plain sentences of MDX bodies: components, headings, lists and tables left out, tags unwrapped. */
function sentencesOf(bodies) {
  const out = [];
  for (const body of bodies)
    for (const line of body.split('\n')) {
      if (!/^[A-Z“"'‘(]/.test(line.trim()) || /^(import|export)\b/.test(line)) continue;
      const text = line
        .replace(/<[^>]+>/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/[{}<>*_`#|\\]/g, '');
      for (const s of text.match(/[^.!?]+[.!?]+/g) ?? []) if (s.trim().split(/\s+/).length >= 5) out.push(s.trim());
    }
  return out;
}

/** Sources cited by the hub's pages, to cite again. */
function sourcesOf(datas) {
  const seen = new Map();
  for (const d of datas) for (const s of d.sources ?? []) seen.set(s.url, s);
  return [...seen.values()];
}

function makeWriter(rnd, sentences) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const some = (xs, min, max) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return [...xs].sort(() => rnd() - 0.5).slice(0, n);
  };
  const sentence = () => pick(sentences);
  /** Four to eight words from a sentence, as a heading or title. */
  const phrase = () => {
    const words = sentence()
      .replace(/[.!?,;:“”"()]/g, '')
      .split(/\s+/);
    const from = Math.floor(rnd() * Math.max(1, words.length - 8));
    const text = words.slice(from, from + 4 + Math.floor(rnd() * 5)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rnd() * 3) }, sentence).join(' ');
  const summary = () => {
    let s = sentence();
    while (s.length < 40) s += ` ${sentence()}`;
    return s.length <= 200 ? s : `${s.slice(0, 196).replace(/\s+\S*$/, '')}…`;
  };
  return { pick, some, sentence, phrase, paragraph, summary };
}

/** A body of about 600–900 words: a paragraph saying what the page is, then headed sections. */
function body(w, notice) {
  const parts = [notice];
  const sections = 4 + Math.floor(w.pick([0, 1, 2]));
  for (let i = 0; i < sections; i++) {
    parts.push(`## ${w.phrase()}`);
    for (let p = 0; p < 2 + (i % 2); p++) parts.push(w.paragraph());
  }
  return `${parts.join('\n\n')}\n`;
}

const mdxFile = (data, text) => `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n\n${text}`;

/**
 * Writes `pages` generated resources, and the Welsh counterparts of those that have Welsh pages, into
 * `<root>/src/content`. Returns how many of each collection it wrote.
 */
export function writeGeneratedPages(root, pages, { seed = 18 } = {}) {
  const real = (folder) => files(join('src/content', folder), '.mdx').map(readMdx);
  const english = ['briefings', 'guides', 'voices', 'examples', 'sessions'].flatMap(real);
  const welsh = ['briefings', 'guides', 'voices', 'examples'].flatMap((f) => real(`cy/${f}`));
  const handouts = files('src/content/cy/handouts', '.yaml').map((f) => YAML.parse(readFileSync(f, 'utf8')));
  const en = makeWriter(random(seed), sentencesOf(english.map((e) => e.body)));
  const cy = makeWriter(
    random(seed + 1),
    sentencesOf([...welsh.map((e) => e.body), ...handouts.flatMap((h) => [h.intro, ...h.points].join('\n'))]),
  );
  const sources = sourcesOf(english.map((e) => e.data));
  const counts = {};
  let written = 0;
  for (const [index, [collection, share]] of MIX.entries()) {
    const n = index === MIX.length - 1 ? pages - written : Math.round(pages * share);
    counts[collection] = n;
    for (let i = 1; i <= n; i++) {
      written++;
      const number = String(written).padStart(4, '0');
      const title = `${en.phrase()} (bench page ${number})`;
      const slug = `${collection.replace(/s$/, '')}-${number}`;
      // Sessions in subfolders, as an author may group them by training day.
      const id = collection === 'sessions' ? `bench/day-${1 + (i % 3)}/${slug}` : `bench/${slug}`;
      const updated = `2026-${String(1 + Math.floor(en.pick([...Array(11).keys()]))).padStart(2, '0')}-15`;
      const data = {
        title,
        summary: en.summary(),
        section: en.pick(SECTIONS),
        audiences: en.some(AUDIENCES, 1, 3),
        topics: en.some(TOPICS, 1, 4),
        updated,
        fictional: collection === 'voices' || collection === 'examples',
        sources: en.some(sources, 1, 3),
      };
      if (collection === 'voices') {
        data.speaker = 'A composite voice made up for the bench';
        data.contentNote = 'Generated bench content: sentences from the hub, shuffled.';
      }
      if (collection === 'sessions') {
        data.aims = [en.sentence(), en.sentence()];
        data.activities = [0, 1, 2].map(() => ({ title: en.phrase(), minutes: 20, summary: en.sentence() }));
        data.handout = { title: en.phrase(), intro: en.sentence(), points: [0, 1, 2, 3].map(() => en.sentence()) };
      }
      const notice = 'This page was generated by `npm run bench` to measure the hub at scale. It is not guidance.';
      const file = join(root, 'src/content', collection, `${id}.mdx`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, mdxFile(data, body(en, notice)));
      if (collection === 'sessions') continue; // A session's Welsh is its handout; the session plan stays English.
      const welshData = {
        ...data,
        title: `${cy.phrase()} (tudalen fainc ${number})`,
        summary: cy.summary(),
        translation: { by: 'machine', reviewedBy: null, fromEnglishUpdated: updated },
      };
      if (collection === 'voices') welshData.contentNote = 'Cynnwys mainc wedi’i gynhyrchu: brawddegau o’r hyb.';
      const welshFile = join(root, 'src/content/cy', collection, `${id}.mdx`);
      mkdirSync(dirname(welshFile), { recursive: true });
      const welshNotice = 'Cafodd y dudalen hon ei chynhyrchu gan `npm run bench` i fesur yr hyb. Nid canllaw mohoni.';
      writeFileSync(welshFile, mdxFile(welshData, body(cy, welshNotice)));
    }
  }
  return counts;
}

/**
 * A copy of this project (the files git tracks, and the licence notices the build links to) in a new
 * temporary folder, with N generated pages. Its node_modules links to this project's packages one
 * by one, so its build caches (node_modules/.astro, .vite) are its own and a clean build is clean.
 */
export function makeBenchSite(pages) {
  const root = mkdtempSync(join(tmpdir(), 'sit-bench-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of [...tracked, 'public/third-party-notices.txt']) {
    try {
      cpSync(file, join(root, file));
    } catch (e) {
      if (e.code !== 'ENOENT') throw e; // a file deleted but not yet committed, or notices not made yet
    }
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules'))
    if (name === '.bin' || !name.startsWith('.'))
      symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  return { root, counts: writeGeneratedPages(root, pages) };
}
