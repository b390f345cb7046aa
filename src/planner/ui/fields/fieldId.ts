/** The element id of a form field, from its name: `frequency.count` → `f-frequency-count`. */
export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;
