import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; playwright-core drives it, and no browser is downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps trying to reach Google's services, which a
 * closed network refuses; the tests also check that the page itself asks nothing of the outside.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function run(command: string, args: string[]): void {
  process.stderr.write(`[e2e] $ ${[command, ...args].join(' ')}\n`);
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Installs Debian's chromium package when the browser is missing, so a fresh machine can run the tests. */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  const installHint = `Install Debian's "chromium" package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`;
  if (process.platform !== 'linux' || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM_PATH}, and this machine has no apt-get to install it. ${installHint}`);
  }
  const asRoot = process.getuid?.() === 0;
  const elevate = (command: string, args: string[]) => (asRoot ? run(command, args) : run('sudo', ['-n', command, ...args]));
  process.stderr.write(`[e2e] Chromium is not installed at ${CHROMIUM_PATH}: installing Debian's chromium package…\n`);
  try {
    elevate('apt-get', ['update']);
    elevate('apt-get', ['install', '-y', 'chromium']);
  } catch (error) {
    throw new Error(`Installing Chromium failed (${(error as Error).message}). ${installHint}`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing. ${installHint}`);
  process.stderr.write(`[e2e] Chromium installed.\n`);
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile of its own, removed on close. */
export async function launchChromium(): Promise<Browser> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
