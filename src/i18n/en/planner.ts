/** The plan builder's screens: task list, plans list, section pages, files and notices. */
export const plannerMessages = {} as const;
