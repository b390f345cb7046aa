/** The hub's furniture: header, footer, navigation, listings, search, breadcrumbs and page chrome. */
export const hubMessages = {} as const;
