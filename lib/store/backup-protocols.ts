import { parseProtocolFile, type Protocol } from '../protocols';
import { ROOT_LABEL } from '../protocols/issue-format';
import type { JsonValue } from './meta-repository';

/**
 * The protocols a backup carries in its app data (`protocols:imported`, the partnership files the
 * practitioner imported). A challenge that follows one of them can only be checked by the rules with
 * it, so a restore into a profile that never imported it must bring it along: each is parsed with the
 * same schema and checks as a protocol file import, merged with the installed ones, and handed to the
 * rule check and the write of the same import (docs/backup-format.md, "Imported protocols").
 */

/** The app-data key the practitioner's imported protocol files are kept under. */
export const IMPORTED_PROTOCOLS_KEY = 'protocols:imported';

export interface InstalledProtocols {
  /** Imported by the practitioner (options → protocols), kept under IMPORTED_PROTOCOLS_KEY. */
  stored: readonly Protocol[];
  /** Pushed by IT through managed policy: not in the store, always win over a stored one of the same id. */
  policy: readonly Protocol[];
}

export type BackupProtocolsResult =
  | {
      ok: true;
      /** What the rules look protocols up in for this import: the installed set once it is written. */
      effective: Protocol[];
      /** App data the import writes over whatever is stored (either mode), in its one transaction. */
      putMeta: { key: string; value: JsonValue }[];
    }
  | { ok: false; errors: string[] };

/**
 * The imported protocols once `file` is imported: the stored ones and the file's. A protocol in both
 * with the same id and version must be identical, or the file is refused (two different texts under
 * one label would silently change how recorded challenges read). With a different version, a merge
 * keeps the installed one (as for all app data) and a replace takes the file's. Protocols the file does
 * not carry stay installed in either mode: they are reference data, not records.
 *
 * `file` is the backup's JSON before any other check; a malformed envelope is left to parseBackup.
 */
export function resolveBackupProtocols(
  file: unknown,
  installed: InstalledProtocols,
  mode: 'replace' | 'merge',
): BackupProtocolsResult {
  const entry = findEntry(file);
  const fromFile = entry ? parseCarried(entry.value, `meta[${entry.index}].value`) : { protocols: [] };
  if ('errors' in fromFile) return { ok: false, errors: fromFile.errors };

  const errors: string[] = [];
  const stored = [...installed.stored];
  fromFile.protocols.forEach(({ protocol, place }) => {
    for (const [source, list] of [
      ['imported in this browser', stored],
      ['set by your IT (managed policy)', installed.policy],
    ] as const) {
      const same = list.find((p) => p.id === protocol.id && p.version === protocol.version);
      const difference = same && firstDifference(same, protocol, '');
      if (same && difference !== null) {
        errors.push(
          `${place}${difference === '' ? '' : `.${difference}`}: protocol "${protocol.id}" version ` +
            `"${protocol.version}" differs from the one ${source} under the same id and version. A ` +
            'protocol’s text must not change without a new version: use the file the partnership ' +
            'issued, or ask it for the protocol under a new version.',
        );
      }
    }
    const at = stored.findIndex((p) => p.id === protocol.id);
    if (at === -1) stored.push(protocol);
    else if (mode === 'replace') stored[at] = protocol;
  });
  if (errors.length > 0) return { ok: false, errors };

  const policyIds = new Set(installed.policy.map((p) => p.id));
  const effective = [...stored.filter((p) => !policyIds.has(p.id)), ...installed.policy];
  // Written even when the file carries none: a replace clears app data, and must not lose these.
  const putMeta =
    entry || stored.length > 0
      ? [{ key: IMPORTED_PROTOCOLS_KEY, value: stored as unknown as JsonValue }]
      : [];
  return { ok: true, effective, putMeta };
}

/** The file's `protocols:imported` item (the first, if the file repeats it: parseBackup refuses that). */
function findEntry(file: unknown): { index: number; value: unknown } | undefined {
  if (typeof file !== 'object' || file === null) return undefined;
  const meta = (file as { meta?: unknown }).meta;
  if (!Array.isArray(meta)) return undefined;
  const index = meta.findIndex(
    (item: unknown) =>
      typeof item === 'object' && item !== null && (item as { key?: unknown }).key === IMPORTED_PROTOCOLS_KEY,
  );
  return index === -1 ? undefined : { index, value: (meta[index] as { value?: unknown }).value };
}

type Carried = { protocols: { protocol: Protocol; place: string }[] } | { errors: string[] };

/** Every carried protocol through the protocol file import's own checks, each problem named in the file. */
function parseCarried(value: unknown, place: string): Carried {
  if (!Array.isArray(value)) return { errors: [`${place}: must be a list of protocols`] };
  const errors: string[] = [];
  const protocols: { protocol: Protocol; place: string }[] = [];
  const seen = new Map<string, string>();
  value.forEach((item, index) => {
    const at = `${place}[${index}]`;
    const parsed = parseProtocolFile(item);
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((line) => within(at, line)));
      return;
    }
    const first = seen.get(parsed.protocol.id);
    if (first !== undefined) errors.push(`${at}.id: "${parsed.protocol.id}" is also used by ${first}`);
    else seen.set(parsed.protocol.id, at);
    protocols.push({ protocol: parsed.protocol, place: at });
  });
  return errors.length > 0 ? { errors } : { protocols };
}

/** A protocol import's "field: problem" line, placed inside the backup: `meta[2].value[0].stages[1]…`. */
function within(place: string, line: string): string {
  if (line.startsWith(`${ROOT_LABEL}:`)) return place + line.slice(ROOT_LABEL.length);
  return line.startsWith('[') ? place + line : `${place}.${line}`;
}

/**
 * Where two parsed protocols first differ, as a field path ('' for the whole value), or null when they
 * are identical. Key order does not count: both came through the same schema.
 */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
      const found = firstDifference(a[index], b[index], `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const found = firstDifference(a[key], b[key], path === '' ? key : `${path}.${key}`);
      if (found !== null) return found;
    }
    return null;
  }
  return Object.is(a, b) ? null : path;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
