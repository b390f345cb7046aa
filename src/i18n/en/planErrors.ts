/** Validation messages of the plan schema (src/planner/schema/planSchema.ts): what the forms, the file
 * reader and `npm run plan:validate` say when an answer or a file is not right. */
export const planErrorMessages = {} as const;
