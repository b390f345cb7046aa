/** Words used across the product: formats, the product's name, generic actions. */
export const commonMessages = {
  'format.dateTime': '{date} at {time}',
  'product.name': 'Staying in touch',
} as const;
