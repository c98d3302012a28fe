/**
 * The background's policy duties: keep the organisation's packs (inline and
 * signed update) validated in storage for the content scripts and pages, and
 * check `packUrl` at install, at browser start, every 6 hours (alarms), when
 * the policy changes, and when the options page asks. That fetch is the only
 * network request Netral ever makes, and only when an organisation set it.
 */
import browser from 'webextension-polyfill';
import { readManaged } from '../settings/browser-storage';
import { ORGANISATION_PACKS_KEY, organisationPacksFrom, type OrganisationPacks } from './packs';
import { readPolicy, type Policy } from './read';
import { applyPolicyPacks, checkPackUpdate, UPDATE_PERIOD_MINUTES, type Fetcher } from './update';

export const UPDATE_ALARM = 'netral:pack-update';

let queue: Promise<unknown> = Promise.resolve();
/** One writer for the organisation's packs: policy changes, alarms and "check now" never interleave. */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch((error: unknown) => console.error('[netral] policy', error));
  return run;
}

async function stored(): Promise<OrganisationPacks> {
  const got = await browser.storage.local.get(ORGANISATION_PACKS_KEY);
  return organisationPacksFrom(got[ORGANISATION_PACKS_KEY]);
}

async function save(state: OrganisationPacks): Promise<void> {
  await browser.storage.local.set({ [ORGANISATION_PACKS_KEY]: state });
}

async function scheduleChecks(policy: Policy): Promise<void> {
  const alarms = browser.alarms;
  if (!alarms) return;
  if (policy.packUrl) {
    const existing = await alarms.get(UPDATE_ALARM);
    if (!existing) alarms.create(UPDATE_ALARM, { periodInMinutes: UPDATE_PERIOD_MINUTES, delayInMinutes: UPDATE_PERIOD_MINUTES });
  } else {
    await alarms.clear(UPDATE_ALARM);
  }
}

const fetcher: Fetcher = (url, init) => fetch(url, init);

/**
 * Re-reads the policy, re-validates its inline packs, and (when asked, or
 * when the pack address changed) checks packUrl.
 */
export function refreshOrganisationPacks(options: { check: boolean }): Promise<OrganisationPacks> {
  return serially(async () => {
    const policy = readPolicy(await readManaged());
    const previous = await stored();
    let next = applyPolicyPacks(policy, previous);
    const sourceChanged = previous.signed?.url !== policy.packUrl || previous.signed?.publicKey !== policy.packPublicKey;
    if (policy.packUrl && (options.check || (sourceChanged && !next.signed))) next = await checkPackUpdate(policy, next, fetcher);
    if (!policy.organisation) next = { inline: [], problems: [] };
    await save(next);
    await scheduleChecks(policy);
    return next;
  });
}

export function startPolicyService(): void {
  browser.runtime.onInstalled.addListener(() => void refreshOrganisationPacks({ check: true }));
  browser.runtime.onStartup.addListener(() => void refreshOrganisationPacks({ check: true }));
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void refreshOrganisationPacks({ check: true });
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshOrganisationPacks({ check: false });
  });
}
