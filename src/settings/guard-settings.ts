/**
 * What the guard obeys, derived from the resolved settings (resolve.ts):
 * protection on/off and the site's own switch, the mode and the sensitivity.
 */
import type { GuardSettings } from '../guard/guard';
import type { PlatformId } from '../platforms/ids';
import type { SettingsValues } from './schema';

export { SETTINGS_KEY } from './schema';

export function guardSettingsFor(values: SettingsValues, platform?: PlatformId): GuardSettings {
  const siteOn = platform === undefined || values.sites[platform] !== false;
  return { enabled: values.enabled && siteOn, mode: values.mode, threshold: values.sensitivity };
}
