/**
 * What the guard obeys, derived from the resolved settings (resolve.ts):
 * protection on/off and the site's own switch, the mode and the sensitivity.
 */
import type { GuardSettings } from '../guard/guard';
import type { PlatformId } from '../platforms/ids';
import { resolveSettings, settingValues, type OrganisationSettings } from './resolve';
import { DEFAULT_SETTINGS, type SettingsValues } from './schema';

export { SETTINGS_KEY, ORGANISATION_KEY } from './schema';

export const DEFAULT_GUARD_SETTINGS: GuardSettings = { enabled: true, mode: 'warn', threshold: 'caution' };

export function guardSettingsFor(values: SettingsValues, platform?: PlatformId): GuardSettings {
  const siteOn = platform === undefined || values.sites[platform] !== false;
  return { enabled: values.enabled && siteOn, mode: values.mode, threshold: values.sensitivity };
}

/** Shortcut from raw storage (user values, organisation) to the guard's settings. */
export function guardSettingsFrom(stored: unknown, organisation?: OrganisationSettings | null, platform?: PlatformId): GuardSettings {
  return guardSettingsFor(settingValues(resolveSettings(DEFAULT_SETTINGS, stored, organisation)), platform);
}
