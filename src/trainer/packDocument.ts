/**
 * Builds the printable pack: a cover with the title, date line and contents, then each resource's
 * `<article>` taken from its own page on this site, then ruled space for notes. Pages are fetched
 * from the same origin (the CSP allows only that) and parsed with DOMParser, which runs no scripts.
 */
import { around } from './messageParts';
import { formatPackDate, packItemUrl, type PackSelection } from './packSelection';
import type { ScriptTranslator } from '../i18n/scriptTranslator';
import { languageOfPath, localPath } from '../i18n/localPath';

/** The pack's pages are in the builder's language: the Welsh builder (under /cy/) prints Welsh pages. */
const packLanguage = () => languageOfPath(location.pathname);

/** The messages the printed pack is worded with. */
export const PACK_DOCUMENT_KEYS = [
  'product.name',
  'trainer.pack.cover.defaultTitle',
  'trainer.pack.cover.kicker',
  'trainer.pack.cover.date',
  'trainer.pack.cover.trainer',
  'trainer.pack.cover.contents',
  'trainer.pack.cover.kind',
  'trainer.pack.cover.kindFictional',
  'trainer.pack.cover.fictional',
  'trainer.pack.cover.source',
  'trainer.pack.item.position',
  'trainer.pack.item.loading',
  'trainer.pack.item.online',
  'trainer.pack.item.practice',
  'trainer.pack.item.notes',
  'trainer.pack.item.problem',
  'trainer.pack.item.handoutElsewhere',
] as const;
type PackI18n = ScriptTranslator<(typeof PACK_DOCUMENT_KEYS)[number]>;

export interface PackChoice {
  id: string;
  title: string;
  /** The title's language, when it is not the page's (an untranslated resource). */
  lang?: string;
  kind: string;
  fictional: boolean;
  plan?: string;
}

const NOTE_LINES = 8;
/** Handouts and sheets are pages to give out: they print as they are, without a notes box after them. */
const takesNotes = (id: string) => !/\/handout$|^training\/sheets\//.test(id);

/** Parts of a page that belong to the page, not to the resource, or that only work on screen. */
const STRIP = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'form',
  '[hidden]',
  '.no-print',
  '.on-this-page',
  '.topics',
  '[data-pagefind-filter]',
].join(',');

/** Attributes that hold id references, space separated. */
const ID_REFS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers'];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; id?: string } = {},
) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.id) node.id = props.id;
  return node;
}

function ruled(lines: number): HTMLElement {
  const box = el('div', { className: 'ruled' });
  box.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < lines; i++) box.append(el('span', { className: 'ruled__line' }));
  return box;
}

/**
 * Makes a page's article fit inside the pack: removes page furniture, prefixes ids so they stay
 * unique (and fixes what points at them), and shifts headings so the article's top heading is an h2
 * under the pack's h1.
 */
export function adaptArticle(article: Element, prefix: string): Element {
  article.querySelectorAll(STRIP).forEach((n) => n.remove());
  for (const node of [article, ...article.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      if (attr.name.startsWith('on') || attr.name === 'style') node.removeAttribute(attr.name);
    }
    if (node.id) node.id = `${prefix}${node.id}`;
    for (const name of ID_REFS) {
      const value = node.getAttribute(name);
      if (value)
        node.setAttribute(
          name,
          value
            .split(/\s+/)
            .filter(Boolean)
            .map((ref) => prefix + ref)
            .join(' '),
        );
    }
    const href = node.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1) node.setAttribute('href', `#${prefix}${href.slice(1)}`);
    // Big green buttons make no sense on paper; keep them as ordinary links.
    node.classList.remove('button');
  }
  const headings = [...article.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  const shift = Number.isFinite(top) ? 2 - top : 0;
  if (shift !== 0) {
    for (const h of headings) {
      const level = Math.min(6, Math.max(2, Number(h.tagName[1]) + shift));
      const replacement = article.ownerDocument.createElement(`h${level}`);
      for (const attr of [...h.attributes]) replacement.setAttribute(attr.name, attr.value);
      replacement.append(...h.childNodes);
      h.replaceWith(replacement);
    }
  }
  return article;
}

async function fetchArticle(url: string): Promise<Element> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} returned ${response.status}`);
  const html = await response.text();
  // Parse only <main>: the page's <head> holds styles hashed for that page's CSP, not this one's.
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) throw new Error(`${url} has no main`);
  const doc = new DOMParser().parseFromString(html.slice(start, end + '</main>'.length), 'text/html');
  const article = doc.querySelector('main article');
  if (!article) throw new Error(`${url} has no article`);
  return article;
}

/** A message with a link where its `{link}` placeholder is, as nodes to append. */
function withLink(text: string, link: HTMLElement): (string | HTMLElement)[] {
  const [before, after] = around(text, 'link');
  return [before, link, after].filter((part) => part !== '');
}

/** A page's full address on the site whose canonical origin is `site` ("https://…/"), as the pack prints it. */
const fullUrl = (path: string, site: string) => new URL(path, site).href;

/**
 * A session's page carries its handout too (`data-pack-handout` names it). When the pack also holds that
 * handout on its own, the session says where it is instead, so the handout prints once.
 */
function removeHandoutsPrintedElsewhere(article: Element, ids: readonly string[], { t }: PackI18n): void {
  for (const section of article.querySelectorAll('[data-pack-handout]')) {
    const position = ids.indexOf(section.getAttribute('data-pack-handout') ?? '');
    if (position === -1) continue;
    const note = article.ownerDocument.createElement('p');
    note.className = 'pack-item__handout-elsewhere';
    note.textContent = t('trainer.pack.item.handoutElsewhere', { position: position + 1 });
    section.replaceWith(note);
  }
}

function cover(pack: PackSelection, items: PackChoice[], i18n: PackI18n, site: string): HTMLElement {
  const { t } = i18n;
  const section = el('section', { className: 'pack-cover' });
  section.setAttribute('aria-labelledby', 'pack-title-heading');
  const heading = el('h1', { id: 'pack-title-heading', text: pack.title || t('trainer.pack.cover.defaultTitle') });
  heading.tabIndex = -1;
  const date = el('p', { className: 'pack-cover__line' });
  const formatted = formatPackDate(pack.date, i18n);
  date.append(el('span', { className: 'pack-cover__label', text: t('trainer.pack.cover.date') }), ' ');
  date.append(formatted ? el('span', { text: formatted }) : el('span', { className: 'pack-cover__blank', text: ' ' }));
  const trainer = el('p', { className: 'pack-cover__line' });
  trainer.append(
    el('span', { className: 'pack-cover__label', text: t('trainer.pack.cover.trainer') }),
    ' ',
    el('span', { className: 'pack-cover__blank', text: ' ' }),
  );
  const contentsHeading = el('h2', { id: 'pack-contents-heading', text: t('trainer.pack.cover.contents') });
  const contents = el('ol', { className: 'pack-contents' });
  contents.setAttribute('aria-labelledby', 'pack-contents-heading');
  items.forEach((item, i) => {
    const li = el('li');
    const link = el('a', { text: item.title });
    link.href = `#pack-item-${i + 1}`;
    if (item.lang) link.lang = item.lang;
    li.append(
      link,
      ' ',
      el('span', {
        className: 'pack-contents__kind',
        text: t(item.fictional ? 'trainer.pack.cover.kindFictional' : 'trainer.pack.cover.kind', { kind: item.kind }),
      }),
    );
    contents.append(li);
  });
  const notes = el('p', { className: 'pack-cover__note' });
  const product = t('product.name');
  const source = t('trainer.pack.cover.source', { product, url: fullUrl(localPath('/', packLanguage()), site) });
  notes.textContent = items.some((i) => i.fictional) ? `${t('trainer.pack.cover.fictional')} ${source}` : source;
  section.append(
    el('p', { className: 'pack-cover__kicker', text: t('trainer.pack.cover.kicker', { product }) }),
    heading,
    date,
    trainer,
    contentsHeading,
    contents,
    notes,
  );
  return section;
}

function packItem(item: PackChoice, index: number, total: number, { t }: PackI18n, site: string): HTMLElement {
  const n = index + 1;
  const section = el('section', { className: 'pack-item', id: `pack-item-${n}` });
  section.dataset.packId = item.id;
  section.append(
    el('p', {
      className: 'pack-item__label',
      text: t('trainer.pack.item.position', { position: n, total, kind: item.kind }),
    }),
  );
  // The address and the practice link come first, with the label: after the resource's last lines they
  // were as likely to print alone on a page of their own (see notesBox).
  const source = el('p', { className: 'pack-item__source' });
  const link = el('a', { text: fullUrl(packItemUrl(item.id, packLanguage()), site) });
  link.href = packItemUrl(item.id, packLanguage());
  source.append(...withLink(t('trainer.pack.item.online'), link));
  section.append(source);
  if (item.plan) {
    const practice = el('p', { className: 'pack-item__practice' });
    const plan = localPath(`/planner/?example=${item.plan}`, packLanguage());
    const planLink = el('a', { text: fullUrl(plan, site) });
    planLink.href = plan;
    practice.append(...withLink(t('trainer.pack.item.practice'), planLink));
    section.append(practice);
  }
  section.append(el('div', { className: 'pack-item__body', text: t('trainer.pack.item.loading') }));
  return section;
}

/**
 * Ruled space for the trainer's notes on a resource, placed under the resource's title. At the end, a box
 * that did not fit under the last lines went to a page of its own; printers cannot be relied on to take
 * those lines with it (Chromium often does not), while under the title, on the page each resource starts,
 * it always fits.
 */
function notesBox(n: number, { t }: PackI18n): HTMLElement {
  const notes = el('section', { className: 'pack-notes' });
  const heading = el('h3', { id: `pack-item-${n}-notes`, text: t('trainer.pack.item.notes') });
  notes.setAttribute('aria-labelledby', heading.id);
  notes.append(heading, ruled(NOTE_LINES));
  return notes;
}

/**
 * Renders the pack into `container` and resolves once every resource has loaded (or failed, in
 * which case the pack says so and links to the resource). Sets `data-pack-ready` when done. Addresses
 * print with `site`, the site's canonical origin ("https://…/").
 */
export async function renderPack(
  container: HTMLElement,
  pack: PackSelection,
  items: PackChoice[],
  i18n: PackI18n,
  site: string,
): Promise<void> {
  container.replaceChildren();
  container.removeAttribute('data-pack-ready');
  const article = el('article', { className: 'pack' });
  article.setAttribute('aria-labelledby', 'pack-title-heading');
  article.append(cover(pack, items, i18n, site));
  const sections = items.map((item, i) => packItem(item, i, items.length, i18n, site));
  article.append(...sections);
  container.append(article);
  await Promise.all(
    items.map(async (item, i) => {
      const body = sections[i].querySelector('.pack-item__body') as HTMLElement;
      const prefix = `p${i + 1}-`;
      try {
        const source = adaptArticle(await fetchArticle(packItemUrl(item.id, packLanguage())), prefix);
        removeHandoutsPrintedElsewhere(source, pack.ids, i18n);
        const content = el('div', { className: `pack-item__body ${source.className}`.trim() });
        content.append(...document.importNode(source, true).childNodes);
        body.replaceWith(content);
        const heading = content.querySelector('h2');
        if (heading) {
          heading.id ||= `pack-item-${i + 1}-title`;
          sections[i].setAttribute('aria-labelledby', heading.id);
        }
        if (takesNotes(item.id)) (heading ?? content.firstElementChild ?? content).after(notesBox(i + 1, i18n));
      } catch {
        const title = el('h2', { id: `pack-item-${i + 1}-title`, text: item.title });
        if (item.lang) title.lang = item.lang;
        const problem = el('p', { className: 'pack-item__problem', text: i18n.t('trainer.pack.item.problem') });
        body.replaceWith(title, problem);
        if (takesNotes(item.id)) problem.after(notesBox(i + 1, i18n));
        sections[i].setAttribute('aria-labelledby', title.id);
      }
    }),
  );
  container.dataset.packReady = 'true';
}
