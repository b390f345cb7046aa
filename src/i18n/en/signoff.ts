/** Sign-off: signatories, readiness rules, versions and their changes, fingerprints and the review calendar. */
export const signoffMessages = {} as const;
