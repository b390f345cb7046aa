/**
 * Runs the pack builder on /training/pack/: keeps the ticked resources, their order and the title in
 * the URL, lets people reorder with Move up and Move down buttons (announced to screen readers), and
 * switches between the builder and the printable pack. The URL rules are in packSelection.ts; the
 * pack itself is built by packDocument.ts.
 */
import {
  MAX_PACK_ITEMS,
  addItem,
  cleanDate,
  cleanTitle,
  moveItem,
  packQuery,
  parsePack,
  removeItem,
  type PackSelection,
} from './packSelection';
import { PACK_DOCUMENT_KEYS, renderPack, type PackChoice } from './packDocument';
import { scriptTranslator } from '../i18n/scriptTranslator';
import { around } from './messageParts';
import { PRINT_PARAM, printStyleFrom, printStyleInputId } from './printStyle';

/** The messages the pack builder's script uses; the page sends them in `data-messages`. */
export const PACK_KEYS = [
  ...PACK_DOCUMENT_KEYS,
  'trainer.pack.count.none',
  'trainer.pack.count.some',
  'trainer.pack.count.full',
  'trainer.pack.count.needOne',
  'trainer.pack.order.moveUp',
  'trainer.pack.order.moveDown',
  'trainer.pack.order.remove',
  'trainer.pack.order.buttonItem',
  'trainer.pack.announce.full',
  'trainer.pack.announce.added',
  'trainer.pack.announce.removed',
  'trainer.pack.announce.moved',
  'trainer.pack.announce.loading',
  'trainer.pack.announce.ready',
  'trainer.pack.documentTitle',
  'trainer.pack.toolbar.change',
  'trainer.pack.toolbar.print',
  'trainer.pack.toolbar.share',
  'trainer.pack.print.loading',
  'trainer.pack.print.wait',
] as const;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Pack builder: #${id} is missing`);
  return el as T;
}

export function startPackPage(): void {
  const builder = byId('pack-builder');
  const builderHeading = byId('pack-builder-heading');
  const view = byId('pack-view');
  const form = byId<HTMLFormElement>('pack-form');
  const titleInput = byId<HTMLInputElement>('pack-title');
  const dateInput = byId<HTMLInputElement>('pack-date');
  const orderList = byId<HTMLOListElement>('pack-order');
  const count = byId('pack-count');
  const announcer = byId('pack-announcer');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="r"]')];
  const i18n = scriptTranslator<(typeof PACK_KEYS)[number]>(builder.dataset.messages);
  const { t } = i18n;
  /** The site's canonical origin (astro.config.mjs `site`), for the addresses the pack prints. */
  const site = builder.dataset.site ?? '';
  if (!site) throw new Error('Pack builder: data-site is missing');
  // The page is rendered as the builder, so its title is the builder's.
  const builderTitle = document.title;

  const choices = new Map<string, PackChoice>(
    boxes.map((box) => [
      box.value,
      {
        id: box.value,
        title: box.dataset.title ?? box.value,
        lang: box.dataset.lang,
        kind: box.dataset.kind ?? '',
        fictional: box.dataset.fictional === 'true',
        plan: box.dataset.plan,
      },
    ]),
  );

  let pack: PackSelection = parsePack(location.search, choices.keys());

  const titleOf = (id: string) => choices.get(id)?.title ?? id;

  /**
   * `text` with a choice's title where its `{title}` stands, the title in its own language: an
   * English session title inside a Welsh sentence is read with English sounds.
   */
  const withTitle = (text: string, id: string): Node[] => {
    const [before, after] = around(text, 'title');
    if (before === text) return [document.createTextNode(text)];
    const title = document.createElement('span');
    title.textContent = titleOf(id);
    const lang = choices.get(id)?.lang;
    if (lang) title.lang = lang;
    return [document.createTextNode(before), title, document.createTextNode(after)];
  };

  /** Says `message` in the live region; with `id`, its `{title}` is that choice's title. */
  const announce = (message: string, id?: string) => {
    // Clearing first makes a repeated message ("Moved … to position 2") be read again.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.replaceChildren(...(id === undefined ? [document.createTextNode(message)] : withTitle(message, id)));
    }, 50);
  };

  function saveUrl(mode: 'replace' | 'push') {
    const url = `${location.pathname}${packQuery(pack)}`;
    if (`${location.pathname}${location.search}` === url) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** A button for one item in the order list; its hidden text names the item it acts on. */
  function orderButton(label: string, action: 'up' | 'down' | 'remove', id: string, index: number, disabled = false) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary pack-order__button';
    button.dataset.action = action;
    button.dataset.index = String(index);
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.append(...withTitle(t('trainer.pack.order.buttonItem', { title: '{title}' }), id));
    button.append(label, hidden);
    button.disabled = disabled;
    return button;
  }

  function renderOrder() {
    orderList.replaceChildren(
      ...pack.ids.map((id, index) => {
        const li = document.createElement('li');
        li.className = 'pack-order__item';
        li.dataset.packId = id;
        const title = document.createElement('span');
        title.className = 'pack-order__title';
        title.textContent = titleOf(id);
        const lang = choices.get(id)?.lang;
        if (lang) title.lang = lang;
        const kind = document.createElement('span');
        kind.className = 'pack-order__kind';
        kind.textContent = choices.get(id)?.kind ?? '';
        const buttons = document.createElement('div');
        buttons.className = 'pack-order__buttons';
        buttons.append(
          orderButton(t('trainer.pack.order.moveUp'), 'up', id, index, index === 0),
          orderButton(t('trainer.pack.order.moveDown'), 'down', id, index, index === pack.ids.length - 1),
          orderButton(t('trainer.pack.order.remove'), 'remove', id, index),
        );
        li.append(title, ' ', kind, buttons);
        return li;
      }),
    );
    const n = pack.ids.length;
    count.textContent =
      n === 0
        ? t('trainer.pack.count.none')
        : t(n >= MAX_PACK_ITEMS ? 'trainer.pack.count.full' : 'trainer.pack.count.some', { count: n });
  }

  function syncForm() {
    titleInput.value = pack.title;
    dateInput.value = pack.date;
    byId<HTMLInputElement>(printStyleInputId(pack.print)).checked = true;
    for (const box of boxes) box.checked = pack.ids.includes(box.value);
    renderOrder();
  }

  /** Shows the builder or the pack, whichever the URL asks for. `focus` moves focus to its heading. */
  async function showMode(focus = false) {
    if (pack.view && pack.ids.length > 0) {
      builder.hidden = true;
      view.hidden = false;
      document.title = t('trainer.pack.documentTitle', {
        title: pack.title || t('trainer.pack.cover.defaultTitle'),
        product: t('product.name'),
      });
      const bar = toolbar();
      // Printed before every resource has loaded, the pack would carry "Loading…" where resources belong:
      // until then print styles show this notice instead of the pack.
      const wait = document.createElement('p');
      wait.className = 'pack-print-wait';
      wait.textContent = t('trainer.pack.print.wait');
      view.replaceChildren(bar.element, wait);
      const holder = document.createElement('div');
      view.append(holder);
      delete view.dataset.packReady;
      view.dataset.packLoading = 'true';
      announce(t('trainer.pack.announce.loading', { count: pack.ids.length }));
      const loaded = renderPack(
        holder,
        pack,
        pack.ids.map((id) => choices.get(id)!),
        i18n,
        site,
      );
      if (focus) (view.querySelector('#pack-title-heading') as HTMLElement | null)?.focus();
      await loaded;
      if (!holder.isConnected) return; // the builder came back while the pack was loading
      delete view.dataset.packLoading;
      view.dataset.packReady = 'true';
      bar.ready();
      announce(t('trainer.pack.announce.ready'));
    } else {
      view.hidden = true;
      view.replaceChildren();
      delete view.dataset.packReady;
      delete view.dataset.packLoading;
      builder.hidden = false;
      document.title = builderTitle;
      if (focus) builderHeading.focus();
    }
  }

  /** The pack's toolbar; printing waits, with the reason shown, until `ready()`. */
  function toolbar(): { element: HTMLElement; ready(): void } {
    const bar = document.createElement('div');
    bar.className = 'pack-toolbar no-print';
    const edit = document.createElement('button');
    edit.type = 'button';
    edit.className = 'button button--secondary';
    edit.textContent = t('trainer.pack.toolbar.change');
    edit.addEventListener('click', () => {
      pack = { ...pack, view: false };
      saveUrl('push');
      void showMode(true);
    });
    const print = document.createElement('button');
    print.type = 'button';
    print.className = 'button';
    print.textContent = t('trainer.pack.toolbar.print');
    print.addEventListener('click', () => window.print());
    print.disabled = true;
    const printStatus = document.createElement('p');
    printStatus.className = 'pack-toolbar__status';
    printStatus.id = 'pack-print-status';
    printStatus.textContent = t('trainer.pack.print.loading');
    print.setAttribute('aria-describedby', printStatus.id);
    const share = document.createElement('p');
    share.className = 'pack-toolbar__share';
    share.textContent = t('trainer.pack.toolbar.share');
    bar.append(edit, print, printStatus, share);
    return {
      element: bar,
      ready() {
        print.disabled = false;
        printStatus.remove();
        print.removeAttribute('aria-describedby');
      },
    };
  }

  // The browser's own Print cannot be held back; while the pack loads, say why it is not ready (what
  // prints is the notice above).
  window.addEventListener('beforeprint', () => {
    if (view.dataset.packLoading) announce(t('trainer.pack.print.loading'));
  });

  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.name === PRINT_PARAM) {
      pack = { ...pack, print: printStyleFrom(new URLSearchParams({ [PRINT_PARAM]: box.value })) };
      saveUrl('replace');
      return;
    }
    if (box.name !== 'r') return;
    if (box.checked) {
      if (pack.ids.length >= MAX_PACK_ITEMS) {
        box.checked = false;
        announce(t('trainer.pack.announce.full', { count: MAX_PACK_ITEMS }));
        return;
      }
      pack = { ...pack, ids: addItem(pack.ids, box.value) };
      announce(t('trainer.pack.announce.added', { title: '{title}', count: pack.ids.length }), box.value);
    } else {
      pack = { ...pack, ids: removeItem(pack.ids, box.value) };
      announce(t('trainer.pack.announce.removed', { title: '{title}', count: pack.ids.length }), box.value);
    }
    renderOrder();
    saveUrl('replace');
  });

  titleInput.addEventListener('input', () => {
    pack = { ...pack, title: cleanTitle(titleInput.value) };
    saveUrl('replace');
  });
  dateInput.addEventListener('change', () => {
    pack = { ...pack, date: cleanDate(dateInput.value) };
    saveUrl('replace');
  });

  orderList.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const index = Number(button.dataset.index);
    const id = pack.ids[index];
    if (id === undefined) return;
    const action = button.dataset.action;
    if (action === 'remove') {
      pack = { ...pack, ids: removeItem(pack.ids, id) };
      syncForm();
      saveUrl('replace');
      announce(t('trainer.pack.announce.removed', { title: '{title}', count: pack.ids.length }), id);
      const next =
        orderList.querySelectorAll<HTMLButtonElement>('button[data-action="remove"]')[
          Math.min(index, pack.ids.length - 1)
        ];
      (next ?? byId('pack-order-heading')).focus();
      return;
    }
    const delta = action === 'up' ? -1 : 1;
    pack = { ...pack, ids: moveItem(pack.ids, index, delta) };
    renderOrder();
    saveUrl('replace');
    const position = pack.ids.indexOf(id);
    announce(
      t('trainer.pack.announce.moved', { title: '{title}', position: position + 1, total: pack.ids.length }),
      id,
    );
    // Keep focus on the item that moved: the same button if it still works, else the other one.
    const item = orderList.children[position];
    const same = item?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`button[data-action="${action === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pack = { ...pack, title: cleanTitle(titleInput.value), date: cleanDate(dateInput.value) };
    if (pack.ids.length === 0) {
      announce(t('trainer.pack.count.needOne'));
      count.textContent = t('trainer.pack.count.needOne');
      count.classList.add('pack-count--error');
      return;
    }
    count.classList.remove('pack-count--error');
    pack = { ...pack, view: true };
    saveUrl('push');
    void showMode(true);
  });

  window.addEventListener('popstate', () => {
    pack = parsePack(location.search, choices.keys());
    syncForm();
    void showMode();
  });

  byId('pack-order-heading').tabIndex = -1;
  syncForm();
  // Tidy the address: a shared link may carry unknown or repeated ids, or the form's r=…&r=… shape.
  saveUrl('replace');
  void showMode();
}
