/**
 * The plan file format as JSON Schema, generated from the zod schema so the two cannot drift.
 * Published at /schemas/plan-v2.json so agencies can validate plan files with their own tools; the
 * JSON Schema of each earlier format stays published as it was (published/plan-v1.json).
 * Cross-field rules (a challenge needs how it is managed; person ids must exist) are not expressible
 * here and are only enforced by `npm run plan:validate` and the builder.
 */
import * as z from 'zod/mini';
import { translator, type Translator } from '../../i18n/translator';
import { SCHEMA_VERSION } from './planVocabulary';
import { planSchema } from './planSchema';

/**
 * The JSON Schema, its title and description in the words of `t` (by default the site's default
 * language: the schema is published at one address, for every reader).
 */
export function planJsonSchema(siteUrl?: string, t: Translator['t'] = translator().t): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return withAddress(
    {
      $schema,
      title: t('plan.error.jsonSchema.title', { version: SCHEMA_VERSION }),
      description: t('plan.error.jsonSchema.description'),
      ...rest,
    },
    SCHEMA_VERSION,
    siteUrl,
  );
}

/** A format's JSON Schema with its address (`$id`) on this site, after `$schema`. */
export function withAddress(
  schema: Record<string, unknown>,
  version: number,
  siteUrl?: string,
): Record<string, unknown> {
  if (!siteUrl) return schema;
  const { $schema, ...rest } = schema;
  return { $schema, $id: new URL(`/schemas/plan-v${version}.json`, siteUrl).href, ...rest };
}
