import fs from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '../config';

/** The files the explorer page is made of, by the name the router serves them under. */
export type ExplorerAssets = Map<string, Buffer>;

export const EXPLORER_SOURCE_DIR = path.join(repositoryRoot(), 'src', 'explorer', 'web');
export const EXPLORER_BUNDLE_DIR = path.join(repositoryRoot(), 'dist', 'explorer');
export const EXPLORER_FILES = ['index.html', 'app.js', 'app.css'] as const;

/**
 * Bundles the browser code and its npm packages (cytoscape and its layout) with esbuild, in memory.
 * esbuild is a development dependency: production serves the files `npm run build` wrote instead.
 */
export async function bundleExplorer(): Promise<ExplorerAssets> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { app: path.join(EXPLORER_SOURCE_DIR, 'main.ts') },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    write: false,
    outdir: EXPLORER_BUNDLE_DIR,
    logLevel: 'silent',
  });
  const assets: ExplorerAssets = new Map();
  for (const file of result.outputFiles) assets.set(path.basename(file.path), Buffer.from(file.contents));
  assets.set('index.html', await fs.readFile(path.join(EXPLORER_SOURCE_DIR, 'index.html')));
  return assets;
}

export async function writeExplorerBundle(dir = EXPLORER_BUNDLE_DIR): Promise<string[]> {
  const assets = await bundleExplorer();
  await fs.mkdir(dir, { recursive: true });
  for (const [name, contents] of assets) await fs.writeFile(path.join(dir, name), contents);
  return [...assets.keys()].map((name) => path.join(dir, name));
}

async function readBuiltBundle(dir: string): Promise<ExplorerAssets | null> {
  const assets: ExplorerAssets = new Map();
  for (const name of EXPLORER_FILES) {
    try {
      assets.set(name, await fs.readFile(path.join(dir, name)));
    } catch {
      return null;
    }
  }
  return assets;
}

/**
 * Where the page comes from. Compiled code (`npm start`, the Docker image) serves what `npm run build`
 * bundled into dist/explorer/. Code run from its TypeScript sources (the tests, ts-node) bundles the
 * current sources on first use, so it never serves a stale bundle; so does compiled code whose bundle is missing.
 */
export function explorerAssetLoader(runningFromSources = __filename.endsWith('.ts')): () => Promise<ExplorerAssets> {
  let assets: Promise<ExplorerAssets> | null = null;
  const load = async () => (!runningFromSources && (await readBuiltBundle(EXPLORER_BUNDLE_DIR))) || bundleExplorer();
  return () => {
    assets ??= load().catch((error: unknown) => {
      assets = null;
      throw error;
    });
    return assets;
  };
}
