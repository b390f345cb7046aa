/**
 * Runs the search page: reads the query and filters from the form, asks Pagefind (loaded from this
 * site only), renders results, announces the count, and lets arrow keys move through results.
 * Its words come from the page (`SEARCH_MESSAGE_KEYS`, packed by src/hub/pageMessages.ts).
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
  'hub.search.status.foundMore',
  'hub.search.status.foundMoreFiltered',
] as const;
export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
export type SearchMessages = Translate<SearchMessageKey>;

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] }>;
}

const FILTER_KEYS = ['section', 'type', 'audience'] as const;
const PAGE_SIZE = 20;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable keeps the bundler from trying to resolve a file that only exists after `pagefind` runs.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '').trim();
  const filters: Record<string, { any: string[] }> = {};
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

function renderResult(item: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
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
  const status = document.getElementById('search-status') as HTMLElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  fillForm(form, new URLSearchParams(location.search));
  let run = 0;

  async function search() {
    const { query, filters, params } = readForm(form);
    history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}`);
    const mine = ++run;
    if (!query) {
      list.replaceChildren();
      status.textContent = t('hub.search.status.empty');
      return;
    }
    status.textContent = t('hub.search.status.searching');
    const pf = await loadPagefind();
    const { results } = await pf.search(query, { filters });
    const items = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    list.replaceChildren(...items.map(renderResult));
    const count = results.length;
    const filtered = Object.keys(filters).length > 0;
    status.textContent =
      count === 0
        ? t(filtered ? 'hub.search.status.noneFiltered' : 'hub.search.status.none', { query })
        : count > PAGE_SIZE
          ? t(filtered ? 'hub.search.status.foundMoreFiltered' : 'hub.search.status.foundMore', {
              count,
              query,
              shown: PAGE_SIZE,
            })
          : t(filtered ? 'hub.search.status.foundFiltered' : 'hub.search.status.found', { count, query });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  form.addEventListener('input', (e) => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), (e.target as HTMLElement).id === 'search-q' ? 250 : 0);
  });

  // Arrow keys move between result links; up from the first result returns to the search box.
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('h3 a')];
    if (!links.length) return;
    const input = form.elements.namedItem('q') as HTMLInputElement;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== input) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)].focus();
  });

  void search();
}
