import { fail, ok, type Result } from './result';

/**
 * Whole-store backups cross the runtime messaging in parts (docs/backup-format.md, "Transport"):
 * Chromium refuses any message over 64 MiB, and a store of 10,000 challenges is already a 51 MB file.
 * This module is the plain bookkeeping of those transfers; the background wires it to the messages.
 */

/**
 * Characters of backup text in one message. Even serialized as JSON with every character a `\u0000`
 * escape (6 bytes) a part is 48 MiB, under the limit; real backup text is 1–3 bytes a character.
 * Checked in Chromium 156: parts of 8 Mi NULs, lone surrogates, quotes or `€` all arrive, while a
 * 70 MiB message is refused.
 */
export const PART_CHARS = 8 * 1024 * 1024;
/** The largest backup text accepted for import (as the single-message import accepted before). */
export const MAX_TRANSFER_CHARS = 200_000_000;
/** Enough parts for the largest text even if every part is one character short (see splitIntoParts). */
export const MAX_PARTS = Math.ceil(MAX_TRANSFER_CHARS / (PART_CHARS - 1));
/** A transfer nobody has touched for this long is dropped, with the memory it holds. */
export const TRANSFER_IDLE_MS = 2 * 60_000;

/**
 * Cuts text into parts of at most PART_CHARS, never between the two halves of a surrogate pair, so
 * every part is well-formed text: Chromium 156 carries a lone surrogate intact (checked), but an
 * encoder that converts to UTF-8 would replace it with U+FFFD. Empty text is one empty part.
 */
export function splitIntoParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + PART_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [''];
}

interface PendingExport {
  kind: 'export';
  id: string;
  parts: string[];
  delivered: Set<number>;
}

interface PendingImport<Details> {
  kind: 'import';
  id: string;
  parts: number;
  chars: number;
  received: string[];
  receivedChars: number;
  details: Details;
}

export interface TransferBookOptions {
  now?: () => number;
  newId?: () => string;
  idleMs?: number;
  /** Runs `drop` once after `ms` unless cancelled; frees the memory of an abandoned transfer. */
  schedule?: (ms: number, drop: () => void) => () => void;
}

const NO_EXPORT =
  'That export is no longer under way (it was idle too long, finished, or another export or import ' +
  'began). Nothing was changed; export again.';
const NO_IMPORT =
  'That import is no longer under way (it was idle too long, or another export or import began). ' +
  'Nothing was changed; import the file again.';
const CANCELLED = 'The import was cancelled and nothing was changed; import the file again.';

const defaultSchedule = (ms: number, drop: () => void) => {
  const timer = setTimeout(drop, ms);
  return () => clearTimeout(timer);
};

/**
 * One transfer at a time, in either direction: beginning a new one drops the one pending (and the
 * memory it holds). An import's parts must arrive in order, each within PART_CHARS, adding up to the
 * characters announced; any refusal cancels it. Only a complete import is handed over, once, by
 * `commitImport` — the caller's all-or-nothing import runs after that, so nothing stored can change
 * before every part has arrived and been counted.
 */
export function createTransferBook<Details>(options: TransferBookOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const idleMs = options.idleMs ?? TRANSFER_IDLE_MS;
  const schedule = options.schedule ?? defaultSchedule;
  let pending: PendingExport | PendingImport<Details> | null = null;
  let lastActive = 0;
  let cancelTimer: (() => void) | null = null;

  const drop = () => {
    pending = null;
    cancelTimer?.();
    cancelTimer = null;
  };
  const touch = () => {
    lastActive = now();
    cancelTimer?.();
    cancelTimer = schedule(idleMs, drop);
  };
  /** Drops the pending transfer once it has been idle too long (the timer may not have run yet). */
  const current = () => {
    if (pending && now() - lastActive > idleMs) drop();
    return pending;
  };
  const findExport = (id: string) => {
    const transfer = current();
    return transfer?.kind === 'export' && transfer.id === id ? transfer : null;
  };
  const findImport = (id: string) => {
    const transfer = current();
    return transfer?.kind === 'import' && transfer.id === id ? transfer : null;
  };
  const cancel = (message: string) => {
    drop();
    return fail('invalid', `${message} ${CANCELLED}`);
  };

  return {
    /** Drops whatever is pending (an export drops it before building its text, to free the memory). */
    dropPending: drop,

    /** Keeps the whole text's parts until each has been fetched once (or the transfer is dropped). */
    beginExport(text: string): { exportId: string; parts: number; chars: number } {
      drop();
      const parts = splitIntoParts(text);
      pending = { kind: 'export', id: newId(), parts, delivered: new Set() };
      touch();
      return { exportId: pending.id, parts: parts.length, chars: text.length };
    },

    exportPart(exportId: string, index: number): Result<{ text: string }> {
      const transfer = findExport(exportId);
      if (!transfer) return fail('not-found', NO_EXPORT);
      const text = transfer.parts[index];
      if (text === undefined) {
        return fail(
          'invalid',
          `This export has ${transfer.parts.length} parts; there is no part ${index + 1}.`,
        );
      }
      transfer.delivered.add(index);
      if (transfer.delivered.size === transfer.parts.length) drop();
      else touch();
      return ok({ text });
    },

    beginImport(declared: { parts: number; chars: number }, details: Details): Result<{ importId: string }> {
      drop();
      const { parts, chars } = declared;
      if (!Number.isInteger(parts) || parts < 1 || parts > MAX_PARTS)
        return fail(
          'invalid',
          `A backup arrives in 1 to ${MAX_PARTS} parts, not ${parts}; nothing was changed.`,
        );
      if (!Number.isInteger(chars) || chars < 0 || chars > MAX_TRANSFER_CHARS)
        return fail(
          'invalid',
          `The backup is too large to import (at most ${MAX_TRANSFER_CHARS} characters); nothing was changed.`,
        );
      if (chars > parts * PART_CHARS)
        return fail(
          'invalid',
          `${chars} characters do not fit in ${parts} parts of at most ${PART_CHARS}; nothing was changed.`,
        );
      pending = { kind: 'import', id: newId(), parts, chars, received: [], receivedChars: 0, details };
      touch();
      return ok({ importId: pending.id });
    },

    addImportPart(importId: string, index: number, text: string): Result<Record<string, never>> {
      const transfer = findImport(importId);
      if (!transfer) return fail('not-found', NO_IMPORT);
      const expected = transfer.received.length;
      if (index >= transfer.parts)
        return cancel(`Part ${index + 1} is beyond the ${transfer.parts} parts announced.`);
      if (index !== expected)
        return cancel(`Part ${index + 1} arrived when part ${expected + 1} was due (parts go in order).`);
      if (text.length > PART_CHARS)
        return cancel(`Part ${index + 1} is longer than ${PART_CHARS} characters.`);
      if (transfer.receivedChars + text.length > transfer.chars)
        return cancel(`The parts add up to more than the ${transfer.chars} characters announced.`);
      transfer.received.push(text);
      transfer.receivedChars += text.length;
      touch();
      return ok({});
    },

    /** Hands over the whole text once every announced part and character has arrived; ends the transfer. */
    commitImport(importId: string): Result<{ text: string; details: Details }> {
      const transfer = findImport(importId);
      if (!transfer) return fail('not-found', NO_IMPORT);
      if (transfer.received.length !== transfer.parts)
        return cancel(`Only ${transfer.received.length} of the ${transfer.parts} parts announced arrived.`);
      if (transfer.receivedChars !== transfer.chars)
        return cancel(
          `The parts add up to ${transfer.receivedChars} characters, not the ${transfer.chars} announced.`,
        );
      drop();
      return ok({ text: transfer.received.join(''), details: transfer.details });
    },

    /** What is pending now, for tests and diagnostics. */
    pending(): { kind: 'export' | 'import'; id: string } | null {
      const transfer = current();
      return transfer ? { kind: transfer.kind, id: transfer.id } : null;
    },
  };
}

export type TransferBook<Details> = ReturnType<typeof createTransferBook<Details>>;
