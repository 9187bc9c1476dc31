import startTestNeo4j from '../integration/global-setup';
import { ensureChromium } from './chromium';

/** The browser tests need what the integration tests need (a real Neo4j), plus Chromium. */
export default async function globalSetup(): Promise<void> {
  ensureChromium();
  await startTestNeo4j();
}
