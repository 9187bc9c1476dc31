import { lexicographicSortSchema, printSchema } from 'graphql';
import { partnershipSchema } from './build-schema';

const HEADER = '# Generated from the code by `npm run schema:emit`; a test fails when this file is stale.\n\n';

export async function printPartnershipSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await partnershipSchema())) + '\n';
}
