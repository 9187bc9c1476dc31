import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config';
import { printPartnershipSchema } from './print-schema';

async function main() {
  const target = path.join(repositoryRoot(), 'schema', 'schema.graphql');
  fs.writeFileSync(target, await printPartnershipSchema());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
