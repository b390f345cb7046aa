/**
 * Runs the search page: reads the query and filters from the form, asks Pagefind (loaded from this
 * site only), renders results, announces the count, and lets arrow keys move through results.
 * Its words come from the page (`SEARCH_MESSAGE_KEYS`, packed by src/hub/pageMessages.ts).
 *
 * Speed (issue 18: first results ≤ 250 ms after the last keystroke, ≤ 150 KB for the first query):
 * Pagefind and its index metadata load as soon as the box is focused or the page is idle, not when
 * the first query runs; each keystroke from the third letter on preloads the index chunks for the
 * words typed so far, and the search itself waits only for a short pause in typing; only the first
 * few results' fragments are fetched before anything is drawn, the rest as the list is scrolled to
 * its end or asked for. The count is announced once typing settles.
 */
import type { Translate } from '../../i18n/scriptTranslator';

/** The messages the script writes into the status line. */
export const SEARCH_MESSAGE_KEYS = [
  'hub.search.status.empty',
  'hub.search.status.searching',
  'hub.search.status.none',
  'hub.search.status.noneFiltered',
  'hub.search.status.found',
  'hub.search.status.foundFiltered',
] as const;
export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
export type SearchMessages = Translate<SearchMessageKey>;

type ResultData = { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> };
interface PagefindResult {
  data(): Promise<ResultData>;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options?: { filters?: Filters }): Promise<void>;
  search(query: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}

const FILTER_KEYS = ['section', 'type', 'audience'] as const;
/** Results drawn as soon as a query's results are in: about a screenful. */
const FIRST_RESULTS = 5;
/** Results added each time the list is scrolled to its end or more are asked for. */
const MORE_RESULTS = 10;
/**
 * A pause in typing this long runs the search; typing faster than this only preloads the index. One
 * or two letters match much of the hub and are seldom the query being typed, so they wait as long as
 * a slow typist's next key instead of fetching results nobody reads.
 */
const TYPING_PAUSE_MS = 60;
const SHORT_QUERY_PAUSE_MS = 300;
const SHORT_QUERY = 2;
/**
 * The status line, a live region, is written once typing has settled this long: a screen reader then
 * hears the count for the query typed, not one for each result list drawn while typing (GOV.UK's
 * accessible autocomplete waits 1.4 s). A submitted query, a filter or an address is announced at once.
 */
const ANNOUNCE_PAUSE_MS = 1000;

/**
 * Whether Pagefind built an index for pages in `lang` (the page's `<html lang>`), matched as Pagefind
 * matches it: the whole tag, then its language. Pagefind itself falls back to its largest index when
 * there is none, which on the Welsh search page would answer with English pages.
 */
export function hasIndexFor(languages: Record<string, unknown>, lang: string): boolean {
  const tag = lang.toLowerCase();
  return tag in languages || tag.split('-')[0] in languages;
}

/** A search that finds nothing: for a language with no page indexed in it (yet). */
const NO_INDEX: Pagefind = {
  options: () => Promise.resolve(),
  init: () => Promise.resolve(),
  preload: () => Promise.resolve(),
  search: () => Promise.resolve({ results: [] }),
};

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable keeps the bundler from trying to resolve a file that only exists after `pagefind` runs.
  const url = '/pagefind/pagefind.js';
  // Pagefind picks the index of the page's language from <html lang>: each language searches its own pages.
  const lang = document.documentElement.lang;
  pagefind ??= fetch('/pagefind/pagefind-entry.json')
    .then((r) => r.json() as Promise<{ languages: Record<string, unknown> }>)
    .then(({ languages }) =>
      hasIndexFor(languages, lang)
        ? import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
            await pf.options({ noWorker: true });
            await pf.init();
            return pf;
          })
        : NO_INDEX,
    );
  return pagefind;
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key] = { any: values };
  }
  return { query, filters, params: new URLSearchParams(data as unknown as Record<string, string>) };
}

function fillForm(form: HTMLFormElement, params: URLSearchParams) {
  (form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
  for (const key of FILTER_KEYS) {
    const wanted = params.getAll(key);
    form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`).forEach((box) => {
      box.checked = wanted.includes(box.value);
    });
  }
}

function renderResult(item: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  h3.className = 'resource-list__title';
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.meta.title ?? item.url;
  h3.append(a);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matches; keep only the marks.
  excerpt.innerHTML = item.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [...(item.filters.type ?? []), ...(item.filters.section ?? [])].join(' · ');
  li.append(h3, excerpt, meta);
  return li;
}

export function startSearchPage(t: SearchMessages) {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  fillForm(form, new URLSearchParams(location.search));

  // Pagefind is ready before the first query: fetched when the box is focused, or once the page is idle.
  const warmUp = () => void loadPagefind();
  input.addEventListener('focus', warmUp, { once: true });
  if ('requestIdleCallback' in window) requestIdleCallback(warmUp);
  else setTimeout(warmUp, 0);

  /** Counts searches, so a slower earlier one never draws over a later one. */
  let run = 0;
  /** The current query's results not drawn yet, and the batch being fetched, if any. */
  let undrawn: PagefindResult[] = [];
  let drawing: Promise<HTMLAnchorElement | undefined> | undefined;

  // The rest of the results are drawn as the end of the list scrolls into view. Watching afresh after
  // each batch reports whether the end is still in view (a tall window shows more than one batch).
  const endOfList =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) void drawMore();
        })
      : undefined;
  function showMoreButton() {
    more.hidden = undrawn.length === 0;
    endOfList?.unobserve(more);
    if (!more.hidden) endOfList?.observe(more);
  }

  /** Draws the next batch of undrawn results; resolves to the first new result's link. */
  function drawMore(): Promise<HTMLAnchorElement | undefined> {
    if (drawing) return drawing;
    if (!undrawn.length) return Promise.resolve(undefined);
    const mine = run;
    const batch = undrawn.splice(0, MORE_RESULTS);
    const current = (async () => {
      const items = await Promise.all(batch.map((r) => r.data()));
      if (mine !== run) return undefined;
      const rows = items.map(renderResult);
      list.append(...rows);
      showMoreButton();
      return rows[0]?.querySelector('a') ?? undefined;
    })().finally(() => {
      if (drawing === current) drawing = undefined;
    });
    drawing = current;
    return current;
  }

  /** The status line's next words, written now or, while typing, once typing settles. */
  let announcement: ReturnType<typeof setTimeout> | undefined;
  function announce(text: string, typing: boolean) {
    clearTimeout(announcement);
    if (typing) announcement = setTimeout(() => (status.textContent = text), ANNOUNCE_PAUSE_MS);
    else status.textContent = text;
  }

  /** Runs the form's query; `typing` when it runs on a pause in typing rather than on request. */
  async function search(typing = false) {
    const { query, filters, params } = readForm(form);
    history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}`);
    const mine = ++run;
    undrawn = [];
    drawing = undefined;
    if (!query) {
      list.replaceChildren();
      delete list.dataset.query;
      showMoreButton();
      announce(t('hub.search.status.empty'), false);
      return;
    }
    if (!typing) announce(t('hub.search.status.searching'), false);
    const pf = await loadPagefind();
    const { results } = await pf.search(query, { filters });
    if (mine !== run) return;
    const first = await Promise.all(results.slice(0, FIRST_RESULTS).map((r) => r.data()));
    if (mine !== run) return;
    undrawn = results.slice(FIRST_RESULTS);
    list.replaceChildren(...first.map(renderResult));
    // Which query the list shows (the bench times the first results for the last keystroke's query by it).
    list.dataset.query = query;
    showMoreButton();
    const count = results.length;
    const filtered = Object.keys(filters).length > 0;
    announce(
      count === 0
        ? t(filtered ? 'hub.search.status.noneFiltered' : 'hub.search.status.none', { query })
        : t(filtered ? 'hub.search.status.foundFiltered' : 'hub.search.status.found', { count, query }),
      typing,
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search();
  });
  form.addEventListener('input', (e) => {
    clearTimeout(timer);
    clearTimeout(announcement);
    if ((e.target as HTMLElement) !== input) {
      void search();
      return;
    }
    // While typing, fetch the index chunks the words so far need, once there are enough letters to
    // narrow them (one or two letters would fetch chunks the finished word does not use); search once
    // typing pauses.
    const { query, filters } = readForm(form);
    const short = query.length <= SHORT_QUERY;
    if (!short) void loadPagefind().then((pf) => pf.preload(query, { filters }));
    timer = setTimeout(() => void search(true), short ? SHORT_QUERY_PAUSE_MS : TYPING_PAUSE_MS);
  });

  // Asked for: the first new result takes the focus, so a keyboard user carries on from there.
  more.addEventListener('click', () => {
    void drawMore().then((link) => link?.focus());
  });

  // Arrow keys move between result links; up from the first result returns to the search box, down
  // from the last drawn one draws the next batch.
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('h3 a')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== input) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else if (next < links.length) links[next].focus();
    else void drawMore().then((link) => link?.focus());
  });

  void search();
}
