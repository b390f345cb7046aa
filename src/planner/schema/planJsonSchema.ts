/**
 * The plan file format as JSON Schema, generated from the zod schema so the two cannot drift.
 * Published at /schemas/plan-v1.json so agencies can validate plan files with their own tools.
 * Cross-field rules (a challenge needs how it is managed; person ids must exist) are not expressible
 * here and are only enforced by `npm run plan:validate` and the builder.
 */
import * as z from 'zod/mini';
import { planSchema, SCHEMA_VERSION } from './planSchema';

export function planJsonSchema(siteUrl?: string): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(siteUrl ? { $id: new URL(`/schemas/plan-v${SCHEMA_VERSION}.json`, siteUrl).href } : {}),
    title: `Staying-in-touch plan, format version ${SCHEMA_VERSION}`,
    description:
      'A plan for how an adopted or permanently placed child stays in touch with the people who matter to them. ' +
      'Written and read by the Staying in touch plan builder.',
    ...rest,
  };
}
