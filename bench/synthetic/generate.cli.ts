import path from 'node:path';
import { repositoryRoot } from '../../src/config';
import { generateSyntheticSeeds } from './synthetic.seeds';

/** `node dist/bench/synthetic/generate.cli.js <entities> [seed] [dir]`: writes a synthetic seed folder and prints its counts and anchors. */
function main(): void {
  const [entitiesArgument, seedArgument, dirArgument] = process.argv.slice(2);
  const entities = Number(entitiesArgument);
  const seed = Number(seedArgument ?? 1);
  if (!Number.isInteger(entities) || entities < 500 || !Number.isInteger(seed)) {
    console.error('Usage: generate.cli.js <entities (at least 500)> [seed, an integer; default 1] [folder; default data/bench/<entities>-<seed>]');
    process.exit(2);
  }
  const dir = path.resolve(dirArgument ?? path.join(repositoryRoot(), 'data', 'bench', `${entities}-${seed}`));
  const { anchors, counts } = generateSyntheticSeeds({ entities, seed, dir, onProgress: (line) => console.error(line) });
  console.log(JSON.stringify({ dir, counts, anchors }, null, 2));
}

main();
