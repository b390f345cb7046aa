import type { commonMessages } from '../en/common';

/** Words used across the product: formats, the product's name, generic actions. */
export const commonMessagesCy = {
  'format.dateTime': '{date} am {time}',
  'common.form.errorPrefix': 'Gwall:',
  'product.name': 'Cadw mewn cysylltiad',
  'common.documentTitle.view': '{view} – {tool} – {product}',
  'common.documentTitle.withErrors': 'Gwall: {view} – {tool} – {product}',
  'common.notProvided': 'Heb ei roi',
} as const satisfies Record<keyof typeof commonMessages, unknown>;
