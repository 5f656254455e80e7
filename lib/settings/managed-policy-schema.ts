import { z } from 'zod';
import { nationSchema, workingHoursSchema } from '../calendar';
import { customAdaptersSchema } from '../capture/custom-adapter-schema';
import { parseProtocolFile, type Protocol } from '../protocols';
import { settingsSchema, type Settings } from './settings-schema';

// Apart so the toolbar popup can check a grant without loading zod and the schemas above.
export { isSitePermitted, notPermittedMessage } from './permitted-sites';

/**
 * What an organisation's IT can push through browser policy (the browser's managed storage area; the same keys as
 * public/managed-schema.json). Each key is checked on its own: a bad key is dropped with a warning and the
 * others still apply, so one typo in a policy file does not switch the whole policy off.
 */

/** Policy keys that override a practitioner setting of the same name. */
export const MANAGED_SETTING_KEYS = [
  'defaultProtocolId',
  'nation',
  'workingHours',
  'customAdapters',
  'notifications',
  'subjectPrefix',
  'retentionMonths',
] as const satisfies readonly (keyof Settings)[];
export type ManagedSettingKey = (typeof MANAGED_SETTING_KEYS)[number];

const managedSettingSchemas = {
  defaultProtocolId: settingsSchema.shape.defaultProtocolId,
  nation: nationSchema,
  workingHours: workingHoursSchema,
  customAdapters: customAdaptersSchema,
  notifications: z.boolean(),
  subjectPrefix: settingsSchema.shape.subjectPrefix,
  retentionMonths: settingsSchema.shape.retentionMonths,
} satisfies Record<ManagedSettingKey, z.ZodType>;

/** A host-permission pattern IT may permit: https (any host, `*.` wildcard allowed) or local http. */
const SITE_PATTERN = /^(https|\*):\/\/(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d{1,5})?\/\*$/i;
const LOCAL_PATTERN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?\/\*$/i;

export const permittedSitePatternSchema = z
  .string()
  .trim()
  .refine((pattern) => SITE_PATTERN.test(pattern) || LOCAL_PATTERN.test(pattern), {
    message: 'must be an origin pattern such as https://cases.example.gov.uk/* or https://*.example.gov.uk/*',
  });

export const lockPolicySchema = z.object({
  lockRequired: z.boolean().optional(),
  autoLockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
});
export type LockPolicy = z.infer<typeof lockPolicySchema>;

export interface ManagedPolicy {
  /** Values that replace the practitioner's own settings while the policy holds. */
  settings: Partial<Settings>;
  /** Partnership protocols IT ships, offered beside the built-in ones. */
  protocols: Protocol[];
  /** Origin patterns the extension may be granted on; null means IT set no limit. */
  permittedSites: string[] | null;
  lock: LockPolicy;
  /** Every policy key that applied (for "Set by your organisation" in the options page). */
  managed: string[];
  /** One line per dropped key or entry, naming it and the problem. */
  warnings: string[];
}

export const EMPTY_POLICY: ManagedPolicy = {
  settings: {},
  protocols: [],
  permittedSites: null,
  lock: {},
  managed: [],
  warnings: [],
};

const describe = (key: string, error: z.ZodError) =>
  error.issues.map((issue) => `${[key, ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');

/** Parses whatever storage.managed returned. Never throws; anything unusable becomes a warning. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return EMPTY_POLICY;
  const source = raw as Record<string, unknown>;
  const policy: ManagedPolicy = { ...EMPTY_POLICY, settings: {}, lock: {}, managed: [], warnings: [] };
  const settings: Record<string, unknown> = {};

  for (const key of MANAGED_SETTING_KEYS) {
    if (source[key] === undefined) continue;
    const parsed = managedSettingSchemas[key].safeParse(source[key]);
    if (parsed.success) {
      settings[key] = parsed.data;
      policy.managed.push(key);
    } else policy.warnings.push(describe(key, parsed.error));
  }
  policy.settings = settings as Partial<Settings>;

  if (source['permittedSites'] !== undefined) {
    if (!Array.isArray(source['permittedSites'])) {
      policy.warnings.push('permittedSites: must be a list of origin patterns');
    } else {
      // Fail closed: a bad entry is dropped, the list stays a limit (even if it ends up empty).
      const sites: string[] = [];
      source['permittedSites'].forEach((entry, index) => {
        const parsed = permittedSitePatternSchema.safeParse(entry);
        if (parsed.success) sites.push(parsed.data);
        else policy.warnings.push(describe(`permittedSites.${index}`, parsed.error));
      });
      policy.permittedSites = sites;
      policy.managed.push('permittedSites');
    }
  }

  for (const key of ['lockRequired', 'autoLockMinutes'] as const) {
    if (source[key] === undefined) continue;
    const parsed = lockPolicySchema.shape[key].safeParse(source[key]);
    if (parsed.success && parsed.data !== undefined) {
      Object.assign(policy.lock, { [key]: parsed.data });
      policy.managed.push(key);
    } else if (!parsed.success) policy.warnings.push(describe(key, parsed.error));
  }

  if (source['protocolFiles'] !== undefined) {
    const files = Array.isArray(source['protocolFiles']) ? source['protocolFiles'] : null;
    if (!files)
      policy.warnings.push('protocolFiles: must be a list of protocol files (JSON text or objects)');
    files?.forEach((file, index) => {
      const parsed = parseProtocolFile(file);
      if (parsed.ok) policy.protocols.push(parsed.protocol);
      else policy.warnings.push(`protocolFiles.${index}: ${parsed.errors.join('; ')}`);
    });
  }
  return policy;
}

/** Settings with the policy's values laid over the practitioner's own: the policy wins. */
export function applyManagedSettings(own: Settings, policy: ManagedPolicy): Settings {
  return { ...own, ...policy.settings };
}

/** The managed fields an update would change (same value as the policy's is not a change). */
export function managedFieldsChangedBy(update: Partial<Settings>, policy: ManagedPolicy): string[] {
  return Object.keys(update).filter((key) => {
    if (!(key in policy.settings)) return false;
    const wanted = update[key as keyof Settings];
    return JSON.stringify(wanted) !== JSON.stringify(policy.settings[key as keyof Settings]);
  });
}
