import { useState } from 'preact/hooks';
import type { ZodError } from 'zod';
import { useMessenger } from '../messenger';
import { settingsErrors, type Settings, type SettingsUpdate } from '@/lib/settings/settings-schema';
import type { FieldErrors } from '../Field';

export type { FieldErrors };

export interface SettingsSectionProps {
  settings: Settings;
  managed: readonly string[];
  onSaved: (settings: Settings) => void;
}

/** Field errors from a zod error, each prefixed path ("practitioner.email") for matching ids. */
export function errorsFrom(error: ZodError, prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(settingsErrors(error))) {
    errors[path ? `${prefix}.${path}` : prefix] = message;
  }
  return errors;
}

/** The background's refusal names the field first: "practitioner.email: must be …. Nothing was saved." */
function fieldOfRefusal(message: string): [string, string] | null {
  const match = /^([A-Za-z0-9.]+): (.+?)\. Nothing was saved\.$/s.exec(message);
  return match?.[1] && match[2] ? [match[1], match[2]] : null;
}

/**
 * One section's save: checked in the page first (the same zod schemas as the background), then sent;
 * the background checks the whole settings again and may still refuse, and that refusal is shown too.
 */
export function useSettingsSave(onSaved: (settings: Settings) => void) {
  const send = useMessenger();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState('');

  const save = async (update: SettingsUpdate, clientErrors: FieldErrors): Promise<boolean> => {
    setStatus('');
    setRefusal('');
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) {
      setRefusal('Nothing was saved: correct the fields marked above.');
      return false;
    }
    const reply = await send('settings/update', update);
    if (!reply.ok) {
      const field = fieldOfRefusal(reply.error.message);
      if (field) setErrors({ [field[0]]: field[1] });
      setRefusal(reply.error.message);
      return false;
    }
    onSaved(reply.value.settings);
    setStatus('Saved.');
    return true;
  };

  return { errors, status, refusal, save };
}
