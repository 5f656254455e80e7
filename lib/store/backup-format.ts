import { z } from 'zod';
import { wrappedKeySchema, type WrappedKey } from '../crypto/lock-keys';
import { jsonValueSchema, metaKeySchema, type JsonValue } from './meta-repository';
import type { ChallengeStoreDeps, StoredEvent, StoredSummary } from './store-deps';
import { describeIssues, formatPath } from './zod-issues';

/**
 * The backup file (docs/backup-format.md): every challenge's full history and the app data, in one
 * versioned JSON document. Summaries are not in it: they are derived, and re-derived on import.
 */

export const BACKUP_FORMAT = 'challenge-companion-backup';
/**
 * 2 added the optional `lock` block (an encrypted backup's wrapped key). Version 1 files are read
 * as they are: the first releases with the passphrase lock wrote `lock` under version 1 too.
 */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS = [1, 2] as const;
/** More problems than this and the rest are counted, not listed: nobody reads a thousand lines. */
const MAX_LISTED_PROBLEMS = 50;

export interface BackupFile<E> {
  format: typeof BACKUP_FORMAT;
  version: (typeof READABLE_VERSIONS)[number];
  exportedAt: string;
  challenges: { challengeId: string; events: E[] }[];
  meta: { key: string; value: JsonValue }[];
  /** Present when the events are sealed under the passphrase lock: the data key, wrapped. */
  lock?: { wrappedKey: WrappedKey };
}

declare const validated: unique symbol;

/** A backup that passed every check, with each challenge's summary re-derived: ready to import. */
export interface ValidatedBackup<E, S> {
  readonly [validated]: true;
  file: BackupFile<E>;
  summaries: S[];
}

export type BackupParseResult<E, S> =
  { ok: true; backup: ValidatedBackup<E, S> } | { ok: false; errors: string[] };

function backupFileSchema<E extends StoredEvent>(eventSchema: z.ZodType<E>) {
  return z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.union(
      READABLE_VERSIONS.map((version) => z.literal(version)),
      { error: `must be ${READABLE_VERSIONS.join(' or ')}, a backup format this release reads` },
    ),
    exportedAt: z.iso.datetime({
      offset: true,
      error: 'must be an ISO date-time, e.g. 2025-03-04T17:00:00Z',
    }),
    challenges: z.array(
      z.strictObject({
        challengeId: z.string().min(1, { error: 'must not be empty' }),
        events: z
          .array(eventSchema)
          .min(1, { error: 'must hold at least the event that opened the challenge' }),
      }),
    ),
    meta: z.array(
      z.strictObject({
        key: metaKeySchema,
        value: jsonValueSchema,
      }),
    ),
    lock: z.strictObject({ wrappedKey: wrappedKeySchema }).optional(),
  });
}

/** Read a backup file's text: JSON first, then every check `parseBackup` makes. */
export function parseBackupText<E extends StoredEvent, S extends StoredSummary>(
  text: string,
  deps: ChallengeStoreDeps<E, S>,
): BackupParseResult<E, S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    return {
      ok: false,
      errors: [`The file is not valid JSON (${detail}). Choose the .json file Challenge Companion exported.`],
    };
  }
  return parseBackup(json, deps);
}

/**
 * Check a backup completely before anything is written: its envelope, every event against the event
 * schema, that each challenge's events are numbered 0, 1, 2 … and belong to it, that the rules accept
 * each history in order, and that no id or key appears twice. Every problem names its item, e.g.
 * `challenges[3].events[2].at: must be an ISO date-time`.
 */
export function parseBackup<E extends StoredEvent, S extends StoredSummary>(
  json: unknown,
  deps: ChallengeStoreDeps<E, S>,
): BackupParseResult<E, S> {
  const envelopeProblem = describeEnvelopeProblem(json);
  if (envelopeProblem) return { ok: false, errors: [envelopeProblem] };

  const parsed = backupFileSchema(deps.eventSchema).safeParse(json);
  if (!parsed.success) return { ok: false, errors: limitProblems(describeIssues(parsed.error.issues)) };
  const file = parsed.data as BackupFile<E>;

  const problems: string[] = [];
  const summaries: S[] = [];
  const challengeIndex = new Map<string, number>();
  const eventPlace = new Map<string, string>();
  file.challenges.forEach((challenge, index) => {
    const place = `challenges[${index}]`;
    const first = challengeIndex.get(challenge.challengeId);
    if (first !== undefined) {
      problems.push(`${place}.challengeId: "${challenge.challengeId}" is also used by challenges[${first}]`);
      return;
    }
    challengeIndex.set(challenge.challengeId, index);
    const structural = describeHistoryProblems(challenge, place, eventPlace);
    if (structural.length > 0) {
      problems.push(...structural);
      return;
    }
    const replayed = replayWithRules(challenge.events, place, deps);
    if (typeof replayed === 'string') problems.push(replayed);
    else summaries.push(replayed);
  });

  const metaIndex = new Map<string, number>();
  file.meta.forEach((item, index) => {
    const first = metaIndex.get(item.key);
    if (first !== undefined)
      problems.push(`meta[${index}].key: "${item.key}" is also used by meta[${first}]`);
    else metaIndex.set(item.key, index);
  });

  if (problems.length > 0) return { ok: false, errors: limitProblems(problems) };
  return { ok: true, backup: { file, summaries } as unknown as ValidatedBackup<E, S> };
}

function describeEnvelopeProblem(json: unknown): string | null {
  const notABackup = 'This file is not a Challenge Companion backup. Choose the .json file it exported.';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return notABackup;
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return `format: must be "${BACKUP_FORMAT}". ${notABackup}`;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return (
      `version: this backup was made by a newer release of Challenge Companion (format version ${version}; ` +
      `this release reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`
    );
  }
  return null;
}

function describeHistoryProblems(
  challenge: { challengeId: string; events: StoredEvent[] },
  place: string,
  eventPlace: Map<string, string>,
): string[] {
  const problems: string[] = [];
  challenge.events.forEach((event, index) => {
    const at = `${place}.events[${index}]`;
    if (event.challengeId !== challenge.challengeId) {
      problems.push(
        `${at}.challengeId: must be "${challenge.challengeId}", the challenge it is listed under`,
      );
    }
    if (event.seq !== index) {
      problems.push(`${at}.seq: must be ${index} (a challenge's events are numbered from 0 without gaps)`);
    }
    const seenAt = eventPlace.get(event.id);
    if (seenAt !== undefined) problems.push(`${at}.id: "${event.id}" is also used by ${seenAt}`);
    else eventPlace.set(event.id, at);
  });
  return problems;
}

/** The summary of a history the rules accept, or the first refusal, named by its event. */
function replayWithRules<E extends StoredEvent, S extends StoredSummary>(
  events: readonly E[],
  place: string,
  deps: ChallengeStoreDeps<E, S>,
): S | string {
  let history: readonly E[] = [];
  for (const [index, event] of events.entries()) {
    const outcome = deps.appendEvent(history, event);
    if (!outcome.ok) return `${formatPath(place, ['events', index])}: ${outcome.message}`;
    history = outcome.events;
  }
  try {
    return deps.summarise(history);
  } catch (thrown) {
    return `${place}: could not be summarised (${thrown instanceof Error ? thrown.message : String(thrown)})`;
  }
}

function limitProblems(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`,
  ];
}
