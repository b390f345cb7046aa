/**
 * Keeps the JSON Schema of plan format 1 published at /schemas/plan-v1.json, exactly as it was when
 * format 2 replaced it, for agencies that validate plan files written in format 1. The builder still
 * reads those files (schema/migrations.ts); the current format is at /schemas/plan-v2.json.
 */
import type { APIRoute } from 'astro';
import { withAddress } from '../../planner/schema/planJsonSchema';
import format1 from '../../planner/schema/published/plan-v1.json';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(withAddress(format1, 1, site?.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
