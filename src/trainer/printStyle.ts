/**
 * The trainer's choice of how a handout, sheet or pack prints: standard, large print or
 * dyslexia-friendly. The choice is a radio button on the page (PrintStyleChoice.astro) and its CSS
 * reads it with :has(), so it works with no script at all; the address carries it (`?print=large`)
 * so a reload, a bookmark or a shared pack keeps it. Nothing is stored on the device.
 */

export const PRINT_STYLES = ['standard', 'large', 'dyslexia'] as const;
export type PrintStyle = (typeof PRINT_STYLES)[number];

/** The query parameter that holds the choice; absent means standard. */
export const PRINT_PARAM = 'print';

/** The style a query asks for; standard for none, or for anything else typed into the address. */
export function printStyleFrom(params: URLSearchParams): PrintStyle {
  const asked = params.get(PRINT_PARAM);
  return (PRINT_STYLES as readonly string[]).includes(asked ?? '') ? (asked as PrintStyle) : 'standard';
}

/** The radio button for `style`: the CSS keys on these ids. */
export const printStyleInputId = (style: PrintStyle) => `print-style-${style}`;

/**
 * Ticks the style the address asks for and keeps the address in step with the choice, so the page
 * reloads, and is bookmarked, as it will print. On the pack builder the pack's own script does the
 * same as part of the pack's address; both write the same `print` parameter.
 */
export function startPrintStyleChoice(): void {
  const radio = (style: PrintStyle) => document.getElementById(printStyleInputId(style)) as HTMLInputElement | null;
  const asked = radio(printStyleFrom(new URLSearchParams(location.search)));
  if (asked) asked.checked = true;
  document.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== PRINT_PARAM || !input.checked) return;
    const params = new URLSearchParams(location.search);
    if (input.value === 'standard') params.delete(PRINT_PARAM);
    else params.set(PRINT_PARAM, input.value);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  });
}
