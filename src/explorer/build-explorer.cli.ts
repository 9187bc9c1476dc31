import { writeExplorerBundle } from './explorer.bundle';

writeExplorerBundle().then(
  (files) => console.error(`Explorer bundled: ${files.join(', ')}`),
  (error: unknown) => {
    console.error(`Could not bundle the explorer: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
