/** Words used across the product: formats, the product's name, generic actions. */
export const commonMessages = {
  'format.dateTime': '{date} at {time}',
  // Read before each error message by screen readers (visually hidden), in every form.
  'common.form.errorPrefix': 'Error:',
  'product.name': 'Staying in touch',
  // A tool screen's tab title: the screen, the tool ("Plan builder", "Write a letter"), the product.
  'common.documentTitle.view': '{view} – {tool} – {product}',
  'common.documentTitle.withErrors': 'Error: {view} – {tool} – {product}',
  // An answer, or a plan's child's name, left blank.
  'common.notProvided': 'Not provided',
} as const;
