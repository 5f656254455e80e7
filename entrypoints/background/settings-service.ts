import { browser } from 'wxt/browser';
import {
  settingsErrors,
  settingsFromStored,
  settingsSchema,
  type Settings,
  type SettingsUpdate,
} from '@/lib/settings/settings-schema';
import { applyManagedSettings, managedFieldsChangedBy } from '@/lib/settings/managed-policy-schema';
import { fail, ok, type Result } from '@/lib/messaging/result';
import { onManagedPolicyChanged, readManagedPolicy } from './managed-policy';

const SETTINGS_KEY = 'settings';

/** The practitioner's own settings as stored, each field checked; a damaged field falls back alone. */
async function readOwnSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return settingsFromStored(stored[SETTINGS_KEY]);
}

/** The settings in force: the practitioner's own, with IT's managed policy laid over them. */
export async function readSettings(): Promise<Settings> {
  return (await readSettingsWithManaged()).settings;
}

/** The settings in force and the names of the fields IT manages (shown as "Set by your organisation"). */
export async function readSettingsWithManaged(): Promise<{ settings: Settings; managed: string[] }> {
  const [own, policy] = await Promise.all([readOwnSettings(), readManagedPolicy()]);
  return { settings: applyManagedSettings(own, policy), managed: policy.managed };
}

/**
 * Applies an update only if the whole result is valid and it changes no managed field; otherwise nothing
 * is saved. Only the practitioner's own values are stored, so when IT lifts a policy their choice returns.
 */
export async function updateSettings(update: SettingsUpdate): Promise<Result<Settings>> {
  const [current, policy] = await Promise.all([readOwnSettings(), readManagedPolicy()]);
  const [managedField] = managedFieldsChangedBy(update, policy);
  if (managedField) {
    return fail(
      'forbidden',
      `${managedField}: is set by your organisation and cannot be changed here. Nothing was saved.`,
    );
  }
  const own = Object.fromEntries(Object.entries(update).filter(([key]) => !(key in policy.settings)));
  const candidate = settingsSchema.safeParse({ ...current, ...own });
  if (!candidate.success) {
    const errors = settingsErrors(candidate.error);
    const [field, message] = Object.entries(errors)[0] ?? ['settings', 'is not valid'];
    return fail('invalid', `${field}: ${message}. Nothing was saved.`);
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: candidate.data });
  return ok(applyManagedSettings(candidate.data, policy));
}

export function onSettingsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener();
  });
  onManagedPolicyChanged(listener);
}
