import { z } from 'zod';
import { DEFAULT_WORKING_HOURS, nationSchema, workingHoursSchema } from '../calendar';
import { customAdaptersSchema } from '../capture/custom-adapter-schema';

/**
 * The practitioner's settings. Parsed with zod whenever they are read from storage, received from the
 * options page, or pushed by IT through managed policy: a bad value is refused with a message naming the
 * field, and the stored settings stay as they were.
 */
const trimmed = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const practitionerSchema = z.object({
  name: trimmed(120),
  role: trimmed(120),
  agency: trimmed(160),
  email: z.union([z.literal(''), z.email('must be an email address like name@agency.gov.uk').max(254)]),
});
export type Practitioner = z.infer<typeof practitionerSchema>;

export const emailChannelSchema = z.enum(['mailto', 'outlook-web', 'gmail', 'eml', 'clipboard']);
export type EmailChannel = z.infer<typeof emailChannelSchema>;

export const settingsSchema = z.object({
  practitioner: practitionerSchema,
  nation: nationSchema,
  workingHours: workingHoursSchema,
  defaultProtocolId: z.string().min(1).max(100),
  emailChannel: emailChannelSchema,
  subjectPrefix: trimmed(40),
  useInitials: z.boolean(),
  notifications: z.boolean(),
  dueSoonWorkingDays: z.number().int().min(0).max(5),
  /** Case sites nobody ships an adapter for: the same schema the capture code's adapters obey. */
  customAdapters: customAdaptersSchema,
  /**
   * Months after a challenge closes before it is deleted; 0 keeps everything. Off by default: deleting a
   * practitioner's records is their (or their organisation's) decision, never the extension's.
   */
  retentionMonths: z.number().int().min(0, 'must be 0 or more').max(120, 'must be at most 120 months'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  practitioner: { name: '', role: '', agency: '', email: '' },
  nation: 'england-and-wales',
  workingHours: DEFAULT_WORKING_HOURS,
  defaultProtocolId: 'darlington-dsp-2024',
  emailChannel: 'mailto',
  subjectPrefix: 'OFFICIAL-SENSITIVE',
  useInitials: false,
  notifications: true,
  dueSoonWorkingDays: 1,
  customAdapters: [],
  retentionMonths: 0,
};

/** A partial update from the options page: each given section replaces the stored one. */
export const settingsUpdateSchema = settingsSchema.partial();
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** Reads stored settings, falling back to defaults field by field so one bad value never loses the rest. */
export function settingsFromStored(stored: unknown): Settings {
  const source = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    result[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  return result as Settings;
}

/** Error messages keyed by field path ("practitioner.email"), for showing beside each field. */
export function settingsErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}
