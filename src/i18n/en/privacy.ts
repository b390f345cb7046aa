/** Privacy and device controls: shared-computer question, passphrase lock, idle lock, tabs, storage and delete everything. */
export const privacyMessages = {} as const;
