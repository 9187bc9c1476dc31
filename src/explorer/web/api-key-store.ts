const STORAGE_KEY = 'partnership-graph.api-key';

/**
 * The reviewer's API key, kept for this tab only (sessionStorage): it goes when the tab closes, is never written to
 * the URL or to localStorage, and other tabs do not see it.
 */
export const apiKeyStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  },
  set(key: string): void {
    sessionStorage.setItem(STORAGE_KEY, key);
  },
  clear(): void {
    sessionStorage.removeItem(STORAGE_KEY);
  },
};
