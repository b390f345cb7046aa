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
import { renderPack, type PackChoice } from './packDocument';

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

  const choices = new Map<string, PackChoice>(
    boxes.map((box) => [
      box.value,
      {
        id: box.value,
        title: box.dataset.title ?? box.value,
        kind: box.dataset.kind ?? '',
        fictional: box.dataset.fictional === 'true',
        plan: box.dataset.plan,
      },
    ]),
  );

  let pack: PackSelection = parsePack(location.search, choices.keys());

  const announce = (message: string) => {
    // Clearing first makes a repeated message ("Moved … to position 2") be read again.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = message;
    }, 50);
  };

  const titleOf = (id: string) => choices.get(id)?.title ?? id;

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
    hidden.textContent = `: ${titleOf(id)}`;
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
        const kind = document.createElement('span');
        kind.className = 'pack-order__kind';
        kind.textContent = choices.get(id)?.kind ?? '';
        const buttons = document.createElement('div');
        buttons.className = 'pack-order__buttons';
        buttons.append(
          orderButton('Move up', 'up', id, index, index === 0),
          orderButton('Move down', 'down', id, index, index === pack.ids.length - 1),
          orderButton('Remove', 'remove', id, index),
        );
        li.append(title, ' ', kind, buttons);
        return li;
      }),
    );
    const n = pack.ids.length;
    count.textContent =
      n === 0
        ? 'No resources chosen yet.'
        : `${n} ${n === 1 ? 'resource' : 'resources'}, printed in this order${n >= MAX_PACK_ITEMS ? ` (the most a pack can hold)` : ''}.`;
  }

  function syncForm() {
    titleInput.value = pack.title;
    dateInput.value = pack.date;
    for (const box of boxes) box.checked = pack.ids.includes(box.value);
    renderOrder();
  }

  /** Shows the builder or the pack, whichever the URL asks for. `focus` moves focus to its heading. */
  async function showMode(focus = false) {
    if (pack.view && pack.ids.length > 0) {
      builder.hidden = true;
      view.hidden = false;
      document.title = `${pack.title || 'Training pack'} – Staying in touch`;
      view.replaceChildren(toolbar());
      const holder = document.createElement('div');
      view.append(holder);
      announce(`Loading ${pack.ids.length} ${pack.ids.length === 1 ? 'resource' : 'resources'}.`);
      const loaded = renderPack(
        holder,
        pack,
        pack.ids.map((id) => choices.get(id)!),
      );
      if (focus) (view.querySelector('#pack-title-heading') as HTMLElement | null)?.focus();
      await loaded;
      if (!holder.isConnected) return; // the builder came back while the pack was loading
      view.dataset.packReady = 'true';
      announce('The pack is ready to print.');
    } else {
      view.hidden = true;
      view.replaceChildren();
      delete view.dataset.packReady;
      builder.hidden = false;
      document.title = 'Build a training pack – Staying in touch';
      if (focus) builderHeading.focus();
    }
  }

  function toolbar(): HTMLElement {
    const bar = document.createElement('div');
    bar.className = 'pack-toolbar no-print';
    const edit = document.createElement('button');
    edit.type = 'button';
    edit.className = 'button button--secondary';
    edit.textContent = 'Change the pack';
    edit.addEventListener('click', () => {
      pack = { ...pack, view: false };
      saveUrl('push');
      void showMode(true);
    });
    const print = document.createElement('button');
    print.type = 'button';
    print.className = 'button';
    print.textContent = 'Print or save as PDF';
    print.addEventListener('click', () => window.print());
    const share = document.createElement('p');
    share.className = 'pack-toolbar__share';
    share.textContent = 'To share this pack or come back to it, bookmark this page or copy its address.';
    bar.append(edit, print, share);
    return bar;
  }

  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.name !== 'r') return;
    if (box.checked) {
      if (pack.ids.length >= MAX_PACK_ITEMS) {
        box.checked = false;
        announce(`A pack can hold ${MAX_PACK_ITEMS} resources. Remove one before adding another.`);
        return;
      }
      pack = { ...pack, ids: addItem(pack.ids, box.value) };
      announce(`Added ${titleOf(box.value)}. ${pack.ids.length} in the pack.`);
    } else {
      pack = { ...pack, ids: removeItem(pack.ids, box.value) };
      announce(`Removed ${titleOf(box.value)}. ${pack.ids.length} in the pack.`);
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
      announce(`Removed ${titleOf(id)}. ${pack.ids.length} in the pack.`);
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
    announce(`Moved ${titleOf(id)} to position ${position + 1} of ${pack.ids.length}.`);
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
      announce('Choose at least one resource to make a pack.');
      count.textContent = 'Choose at least one resource to make a pack.';
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
