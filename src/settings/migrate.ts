/**
 * Versioned migrations of the user's stored settings. Each step takes the
 * object as version N stored it and returns version N+1; a frozen example of
 * every version lives in test/settings/versions/ and each step is tested on
 * it. Migrations are pure and total: whatever is stored, the result is an
 * object (unknown or broken values are left for resolveSettings to reject,
 * key by key, so one bad value never costs the others).
 *
 * Version history:
 *   1  (0.1.0, no `version` field) the first release.
 *   2  `packs` renamed `activePacks`: in managed policy `packs` means an
 *      organisation's own inline packs, and one name must not mean two things.
 */
export const SETTINGS_VERSION = 2;

type Stored = Record<string, unknown>;

const STEPS: Record<number, (from: Stored) => Stored> = {
  1: ({ packs, ...rest }) => ({ ...rest, ...(packs !== undefined ? { activePacks: packs } : {}), version: 2 }),
};

const isRecord = (v: unknown): v is Stored => !!v && typeof v === 'object' && !Array.isArray(v);

/** The stored version: absent means 1; anything unreadable also counts as 1 (the oldest shape). */
export function storedVersion(stored: Stored): number {
  const v = stored.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

export interface Migrated {
  settings: Stored;
  /** True when something changed and should be written back. */
  changed: boolean;
  /** Set when the stored object comes from a newer Netral than this one (left as it is). */
  newer?: boolean;
}

export function migrateSettings(stored: unknown): Migrated {
  if (!isRecord(stored)) return { settings: { version: SETTINGS_VERSION }, changed: stored !== undefined };
  let version = storedVersion(stored);
  // A downgrade: keep the newer data untouched rather than destroy it.
  if (version > SETTINGS_VERSION) return { settings: stored, changed: false, newer: true };
  let settings = stored;
  while (version < SETTINGS_VERSION) {
    settings = STEPS[version]!(settings);
    version += 1;
  }
  return { settings, changed: settings !== stored };
}
