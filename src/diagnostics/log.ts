/**
 * The diagnostics list in storage.local: Netral's own last errors (where and
 * a short message, never a post), shown on the options page. Written only by
 * the background, inside its serial queue.
 */
export const DIAGNOSTICS_KEY = 'diagnostics';
export const DIAGNOSTICS_LIMIT = 50;

/** The part of a storage area these helpers need (browser.storage.local, or a fake in tests). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function logDiagnostic(area: StorageArea, where: string, message: string, now = new Date()): Promise<void> {
  const stored = (await area.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY];
  const list = Array.isArray(stored) ? stored : [];
  const entry = { time: now.toISOString(), where: String(where).slice(0, 200), message: String(message).slice(0, 500) };
  await area.set({ [DIAGNOSTICS_KEY]: [...list, entry].slice(-DIAGNOSTICS_LIMIT) });
}
