import { z } from 'zod';

/**
 * Messages about the organisation's policy, retention and erasing everything. Spread into the catalogue
 * beside the challenge messages.
 */
const fromPages = ['extension-page'] as const;

export const policyMessages = {
  'policy/get': {
    description:
      'What IT’s managed policy sets beyond settings: the sites the extension may be granted on (null: no limit) and the lock policy.',
    from: fromPages,
    request: z.object({}).strict(),
    response: z.object({
      permittedSites: z.array(z.string()).nullable(),
      lockRequired: z.boolean().optional(),
      autoLockMinutes: z.number().optional(),
      managed: z.array(z.string()),
    }),
  },
  'retention/status': {
    description:
      'How many closed challenges are waiting to be deleted by the retention period, and when the first will be.',
    from: fromPages,
    request: z.object({}).strict(),
    response: z.object({ dueForPurge: z.number().int().min(0), purgeOn: z.string().nullable() }),
  },
  'data/erase': {
    description:
      'Erase every challenge, setting and record in this browser. The page asks the person to type ERASE first.',
    from: fromPages,
    request: z.object({ confirm: z.literal('ERASE', 'type ERASE to confirm') }),
    response: z.object({}).strict(),
  },
} as const;
