import { z } from 'zod';
import {
  challengeEventSchema,
  newChallengeEventSchema,
  type ChallengeState,
  type ChallengeSummary,
} from '../challenge';
import { isCalendarDate } from '../calendar/calendar-date';
import { protocolSchema } from '../protocols';
import type { MonitoringFigures } from '../reports/monitoring-figures';
import { PERIOD_KINDS } from '../reports/period';
import { settingsSchema, settingsUpdateSchema } from '../settings/settings-schema';
import { listChallengesQuerySchema } from '../store/challenge-listing';
import { MAX_PARTS, MAX_TRANSFER_CHARS, PART_CHARS } from './transfer';

/**
 * Messages from extension pages (sidebar, popup, dashboard, options) about challenges, settings and
 * data. Spread into the catalogue; kept apart so each file stays readable.
 */
const challengeId = z.uuid('must be a challenge id');
const summaries = z.custom<ChallengeSummary[]>((value) => Array.isArray(value));
/** A summary and what the sidebar's and popup's lists show beside it, worked out in the background at `now`. */
const listedChallenges = z.array(
  z
    .custom<ChallengeSummary>((value) => typeof value === 'object' && value !== null)
    .and(
      z.object({
        stageTitle: z.string().nullable(),
        deadlineState: z.enum(['on-track', 'due-soon', 'overdue']).nullable(),
        workingDaysLeft: z.number().int().nullable(),
      }),
    ),
);
const calendarDate = z.string().refine(isCalendarDate, "must be a real 'YYYY-MM-DD' date");
const fromPages = ['extension-page'] as const;
const transferId = z.uuid('must be a transfer id');
const partIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_PARTS - 1, `must be below ${MAX_PARTS}`);

export const challengeMessages = {
  'challenge/open': {
    description:
      'Open a new challenge from the sidebar or dashboard form (Stage 1, or later with immediate risk).',
    from: fromPages,
    request: z.object({ opened: newChallengeEventSchema }),
    response: z.object({ challengeId, seq: z.number() }),
  },
  'challenge/append': {
    description:
      'Add one event to a challenge, expecting it to be at `expectedSeq` (stale views get a conflict).',
    from: fromPages,
    request: z.object({ challengeId, expectedSeq: z.number().int().min(0), event: newChallengeEventSchema }),
    response: z.object({ seq: z.number() }),
  },
  'challenge/get': {
    description: 'A challenge’s whole history and the state derived from it now.',
    from: fromPages,
    request: z.object({ challengeId }),
    response: z.object({
      events: z.array(challengeEventSchema),
      state: z.custom<ChallengeState>(),
      now: z.string(),
    }),
  },
  'challenge/list': {
    description: 'A page of challenge summaries, filtered through the store’s indexes.',
    from: fromPages,
    request: listChallengesQuerySchema,
    response: z.object({ items: summaries, next: z.string().nullable(), now: z.string() }),
  },
  'challenge/for-case': {
    description:
      'Every challenge raised on one case reference, with its stage title and deadline standing (for the sidebar).',
    from: fromPages,
    request: z.object({ caseReference: z.string().min(1).max(64) }),
    response: z.object({ items: listedChallenges, now: z.string() }),
  },
  'challenge/open-soonest': {
    description:
      'The open challenges with the soonest deadlines (then undated ones), with stage title and deadline standing (for the toolbar popup).',
    from: fromPages,
    request: z.object({ limit: z.number().int().min(1).max(200) }),
    response: z.object({ items: listedChallenges, more: z.boolean(), now: z.string() }),
  },
  'reports/figures': {
    description:
      'The monitoring figures for a reporting period, counted in the background in one pass over the store.',
    from: fromPages,
    request: z.object({
      period: z
        .object({
          kind: z.enum(PERIOD_KINDS),
          start: calendarDate,
          end: calendarDate,
          label: z.string().max(200),
        })
        .refine((period) => period.start <= period.end, 'must start on or before its end'),
    }),
    response: z.object({ figures: z.custom<MonitoringFigures>(), counted: z.number() }),
  },
  'settings/get': {
    description: 'The settings, with the fields IT manages by policy.',
    from: fromPages,
    request: z.object({}).strict(),
    response: z.object({ settings: settingsSchema, managed: z.array(z.string()) }),
  },
  'settings/update': {
    description: 'Change some settings; a bad value is refused and nothing is saved.',
    from: fromPages,
    request: settingsUpdateSchema,
    response: z.object({ settings: settingsSchema }),
  },
  'protocols/list': {
    description: 'Built-in and imported protocols.',
    from: fromPages,
    request: z.object({}).strict(),
    response: z.object({
      protocols: z.array(protocolSchema),
      importedIds: z.array(z.string()),
      /** Of `importedIds`, those IT installs by managed policy: the practitioner cannot remove them. */
      policyIds: z.array(z.string()),
    }),
  },
  'protocols/import': {
    description: 'Import a partnership’s protocol file (JSON text); invalid files are rejected whole.',
    from: fromPages,
    request: z.object({ fileText: z.string().max(1_000_000) }),
    response: z.object({ protocolId: z.string() }),
  },
  'protocols/remove': {
    description:
      'Remove a protocol the practitioner imported; refused (nothing changed) for a built-in or policy protocol, one not installed, one any stored challenge follows, or the default protocol.',
    from: fromPages,
    request: z.object({
      protocolId: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    }),
    response: z.object({ protocolId: z.string(), label: z.string() }),
  },
  // A whole-store backup travels in parts (lib/messaging/transfer.ts): one message could pass the
  // browser's 64 MiB limit. Export: begin, then every part. Import: begin, every part in order, commit.
  'data/export-begin': {
    description: 'Build the backup file (JSON text) once and keep it, in parts, for data/export-part.',
    from: fromPages,
    request: z.object({}).strict(),
    response: z.object({ exportId: transferId, fileName: z.string(), parts: z.number(), chars: z.number() }),
  },
  'data/export-part': {
    description: 'One part of a begun export, by index from 0; the export ends once each part was read.',
    from: fromPages,
    request: z.object({ exportId: transferId, index: partIndex }),
    response: z.object({ text: z.string() }),
  },
  'data/import-begin': {
    description: 'Announce a backup file to import, its size and how many parts it comes in.',
    from: fromPages,
    request: z.object({
      mode: z.enum(['replace', 'merge']),
      /** An encrypted backup's passphrase, to restore it where its lock is not this browser's. */
      passphrase: z
        .string()
        .min(1, 'must not be empty')
        .max(1000, 'must be at most 1000 characters')
        .optional(),
      parts: z
        .number()
        .int()
        .min(1, 'must be at least 1')
        .max(MAX_PARTS, `must be at most ${MAX_PARTS} (the file is too large)`),
      chars: z
        .number()
        .int()
        .min(0)
        .max(MAX_TRANSFER_CHARS, `must be at most ${MAX_TRANSFER_CHARS} (the file is too large)`),
    }),
    response: z.object({ importId: transferId }),
  },
  'data/import-part': {
    description: 'The next part of a begun import, in order; nothing is stored until the commit.',
    from: fromPages,
    request: z.object({
      importId: transferId,
      index: partIndex,
      text: z.string().max(PART_CHARS, `must be at most ${PART_CHARS} characters (one part)`),
    }),
    response: z.object({}).strict(),
  },
  'data/import-commit': {
    description: 'Every part has been sent: restore the backup, validated whole first, all-or-nothing.',
    from: fromPages,
    request: z.object({ importId: transferId }),
    response: z.object({ challenges: z.number(), events: z.number() }),
  },
  'sites/changed': {
    description:
      'The options page or popup granted or removed a case-management site; re-register the page script.',
    from: fromPages,
    request: z.object({ grantedOrigins: z.array(z.string().max(300)).max(100) }),
    response: z.object({}).strict(),
  },
  'sidebar/open-in-tab': {
    description:
      'The toolbar popup asks for the sidebar in a tab (case pages take commands only from the background).',
    from: fromPages,
    request: z.object({ tabId: z.number().int().min(0) }),
    response: z.object({ opened: z.boolean() }),
  },
  'sidebar/set-collapsed': {
    description: 'The sidebar asks to be collapsed to a strip, or expanded again, in its tab.',
    from: fromPages,
    request: z.object({ collapsed: z.boolean() }),
    response: z.object({}).strict(),
  },
  'sidebar/close': {
    description: 'The sidebar asks to be closed in its tab.',
    from: fromPages,
    request: z.object({}).strict(),
    response: z.object({}).strict(),
  },
} as const;
