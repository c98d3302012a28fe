/**
 * The settings the guard obeys. Until the options page and managed policy
 * exist, they are the defaults, overridden by whatever valid values the
 * user stored under `settings`; invalid values fall back to the default.
 */
import type { GuardMode, GuardSettings } from '../guard/guard';

export const SETTINGS_KEY = 'settings';

export const DEFAULT_GUARD_SETTINGS: GuardSettings = { enabled: true, mode: 'warn', threshold: 'caution' };

const MODES: readonly GuardMode[] = ['off', 'audit', 'warn', 'block'];

export function guardSettingsFrom(stored: unknown): GuardSettings {
  const s = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_GUARD_SETTINGS.enabled,
    mode: MODES.includes(s.mode as GuardMode) ? (s.mode as GuardMode) : DEFAULT_GUARD_SETTINGS.mode,
    threshold: s.sensitivity === 'risk' ? 'risk' : DEFAULT_GUARD_SETTINGS.threshold,
  };
}
