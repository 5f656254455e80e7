import { browser } from 'wxt/browser';
import {
  settingsErrors,
  settingsFromStored,
  settingsSchema,
  type Settings,
  type SettingsUpdate,
} from '@/lib/settings/settings-schema';
import { fail, ok, type Result } from '@/lib/messaging/result';

const SETTINGS_KEY = 'settings';

/** Settings as stored, each field checked; a damaged field falls back to its default alone. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return settingsFromStored(stored[SETTINGS_KEY]);
}

/** Applies an update only if the whole result is valid; otherwise nothing is saved. */
export async function updateSettings(update: SettingsUpdate): Promise<Result<Settings>> {
  const current = await readSettings();
  const candidate = settingsSchema.safeParse({ ...current, ...update });
  if (!candidate.success) {
    const errors = settingsErrors(candidate.error);
    const [field, message] = Object.entries(errors)[0] ?? ['settings', 'is not valid'];
    return fail('invalid', `${field}: ${message}. Nothing was saved.`);
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: candidate.data });
  return ok(candidate.data);
}

export function onSettingsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener();
  });
}
