import fs from 'node:fs';
import path from 'node:path';
import { printPartnershipSchema } from '../../src/schema/print-schema';

it('schema/schema.graphql matches the schema the code builds (run `npm run schema:emit` after changing types)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  expect(committed).toBe(await printPartnershipSchema());
});
