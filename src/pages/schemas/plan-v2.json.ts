/**
 * Publishes the plan file format as JSON Schema at /schemas/plan-v2.json, generated at build time
 * from the zod schema that the builder and `npm run plan:validate` use.
 */
import type { APIRoute } from 'astro';
import { planJsonSchema } from '../../planner/schema/planJsonSchema';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(planJsonSchema(site?.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
