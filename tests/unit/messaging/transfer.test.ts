import { describe, expect, test } from 'vitest';
import {
  createTransferBook,
  MAX_PARTS,
  MAX_TRANSFER_CHARS,
  PART_CHARS,
  splitIntoParts,
  TRANSFER_IDLE_MS,
} from '../../../lib/messaging/transfer';

/**
 * The bookkeeping of backups sent in parts, at the real part size (strings of a few million
 * characters are cheap in Node): a transfer of several parts round-trips exactly, and every way an
 * import can go wrong is refused before the text is handed over for the all-or-nothing import.
 */

/** Text of `length` characters with multi-byte and astral characters, so parts are not all ASCII. */
function backupLikeText(length: number): string {
  const unit = '{"text":"Health visitor’s note — café, 👶 safe?"},';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A clock and a scheduler the test moves by hand. */
function manualTime() {
  let now = 1_000_000;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  return {
    now: () => now,
    schedule: (ms: number, run: () => void) => {
      const timer = { at: now + ms, run, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
        timer.cancelled = true;
        timer.run();
      }
    },
    live: () => timers.filter((t) => !t.cancelled).length,
  };
}

type Details = { mode: 'merge' | 'replace'; passphrase?: string };

function book(time = manualTime()) {
  let counter = 0;
  return createTransferBook<Details>({
    now: time.now,
    schedule: time.schedule,
    newId: () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
  });
}

/** Sends every part of `text` in order; returns the id. */
function sendAll(transfers: ReturnType<typeof book>, text: string, details: Details = { mode: 'merge' }) {
  const parts = splitIntoParts(text);
  const begun = transfers.beginImport({ parts: parts.length, chars: text.length }, details);
  if (!begun.ok) throw new Error(begun.error.message);
  parts.forEach((part, index) => {
    expect(transfers.addImportPart(begun.value.importId, index, part)).toEqual({ ok: true, value: {} });
  });
  return begun.value.importId;
}

describe('splitIntoParts', () => {
  test('small text is one part; empty text is one empty part', () => {
    expect(splitIntoParts('{"format":1}')).toEqual(['{"format":1}']);
    expect(splitIntoParts('')).toEqual(['']);
  });

  test('parts are at most PART_CHARS and join back to the text', () => {
    const text = backupLikeText(2 * PART_CHARS + 12_345);
    const parts = splitIntoParts(text);
    expect(parts.length).toBe(3);
    expect(parts.every((part) => part.length <= PART_CHARS)).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(splitIntoParts('x'.repeat(PART_CHARS))).toHaveLength(1);
    expect(splitIntoParts('x'.repeat(PART_CHARS + 1)).map((part) => part.length)).toEqual([PART_CHARS, 1]);
  });

  test('a surrogate pair on a boundary stays whole, in the next part', () => {
    const text = `${'x'.repeat(PART_CHARS - 1)}👶${'y'.repeat(10)}`;
    const parts = splitIntoParts(text);
    expect(parts.map((part) => part.length)).toEqual([PART_CHARS - 1, 12]);
    expect(parts[1]!.startsWith('👶')).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  test('the largest importable text fits in MAX_PARTS parts', () => {
    expect(MAX_PARTS * (PART_CHARS - 1)).toBeGreaterThanOrEqual(MAX_TRANSFER_CHARS);
  });
});

describe('export', () => {
  test('the text is kept once and handed out part by part, in any order; then the export ends', () => {
    const transfers = book();
    const text = backupLikeText(PART_CHARS * 2 + 7);
    const begun = transfers.beginExport(text);
    expect(begun).toMatchObject({ parts: 3, chars: text.length });
    const read = (index: number) => {
      const part = transfers.exportPart(begun.exportId, index);
      if (!part.ok) throw new Error(part.error.message);
      return part.value.text;
    };
    const [third, first, again, second] = [read(2), read(0), read(0), read(1)];
    expect(again).toBe(first);
    expect(first + second + third).toBe(text);
    expect(transfers.pending()).toBeNull();
    expect(transfers.exportPart(begun.exportId, 0)).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  test('a part that does not exist, or an unknown export, is refused; the export stays', () => {
    const transfers = book();
    const { exportId } = transfers.beginExport('{"challenges":[]}');
    expect(transfers.exportPart(exportId, 1)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('no part 2') },
    });
    expect(transfers.exportPart('00000000-0000-4000-8000-999999999999', 0)).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(transfers.exportPart(exportId, 0)).toEqual({ ok: true, value: { text: '{"challenges":[]}' } });
  });
});

describe('import', () => {
  test('parts sent in order are handed over whole, with the mode and passphrase, exactly once', () => {
    const transfers = book();
    const text = backupLikeText(PART_CHARS * 2 + 99);
    const importId = sendAll(transfers, text, { mode: 'replace', passphrase: 'correct horse' });
    const committed = transfers.commitImport(importId);
    expect(committed.ok).toBe(true);
    if (!committed.ok) return;
    expect(committed.value.text).toBe(text);
    expect(committed.value.details).toEqual({ mode: 'replace', passphrase: 'correct horse' });
    expect(transfers.commitImport(importId)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  test('a one-part import of an empty file is handed over (the import then says it is no backup)', () => {
    const transfers = book();
    const importId = sendAll(transfers, '');
    expect(transfers.commitImport(importId)).toEqual({
      ok: true,
      value: { text: '', details: { mode: 'merge' } },
    });
  });

  test.each([
    ['no parts', { parts: 0, chars: 0 }, /1 to \d+ parts/],
    ['too many parts', { parts: MAX_PARTS + 1, chars: 10 }, /1 to \d+ parts/],
    [
      'more characters than any backup may have',
      { parts: MAX_PARTS, chars: MAX_TRANSFER_CHARS + 1 },
      /too large/,
    ],
    [
      'more characters than the parts can hold',
      { parts: 2, chars: 2 * PART_CHARS + 1 },
      /do not fit in 2 parts/,
    ],
    ['a fractional count', { parts: 1.5, chars: 10 }, /parts/],
  ])('a beginning with %s is refused and nothing is pending', (_name, declared, message) => {
    const transfers = book();
    const begun = transfers.beginImport(declared, { mode: 'merge' });
    expect(begun).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(message) },
    });
    expect(transfers.pending()).toBeNull();
  });

  /** Begins an import of `text` in its real parts; returns the id and the parts. */
  function begin(
    transfers: ReturnType<typeof book>,
    text: string,
    declared?: { parts: number; chars: number },
  ) {
    const parts = splitIntoParts(text);
    const begun = transfers.beginImport(declared ?? { parts: parts.length, chars: text.length }, {
      mode: 'merge',
    });
    if (!begun.ok) throw new Error(begun.error.message);
    return { importId: begun.value.importId, parts };
  }

  const refusals: [string, (transfers: ReturnType<typeof book>) => unknown, RegExp][] = [
    [
      'a part out of order',
      (transfers) => {
        const { importId, parts } = begin(transfers, backupLikeText(PART_CHARS * 2 + 5));
        transfers.addImportPart(importId, 0, parts[0]!);
        return transfers.addImportPart(importId, 2, parts[2]!);
      },
      /Part 3 arrived when part 2 was due/,
    ],
    [
      'a part sent twice',
      (transfers) => {
        const { importId, parts } = begin(transfers, backupLikeText(PART_CHARS + 5));
        transfers.addImportPart(importId, 0, parts[0]!);
        return transfers.addImportPart(importId, 0, parts[0]!);
      },
      /Part 1 arrived when part 2 was due/,
    ],
    [
      'a part beyond those announced',
      (transfers) => {
        const { importId, parts } = begin(transfers, '{"a":1}');
        transfers.addImportPart(importId, 0, parts[0]!);
        return transfers.addImportPart(importId, 1, '{}');
      },
      /Part 2 is beyond the 1 parts announced/,
    ],
    [
      'a part longer than PART_CHARS',
      (transfers) => {
        const { importId } = begin(transfers, 'x', { parts: 2, chars: PART_CHARS + 1 });
        return transfers.addImportPart(importId, 0, 'x'.repeat(PART_CHARS + 1));
      },
      /longer than \d+ characters/,
    ],
    [
      'parts adding up to more than announced',
      (transfers) => {
        const { importId } = begin(transfers, 'x', { parts: 2, chars: 10 });
        transfers.addImportPart(importId, 0, 'x'.repeat(6));
        return transfers.addImportPart(importId, 1, 'x'.repeat(6));
      },
      /more than the 10 characters announced/,
    ],
    [
      'a commit with a part missing',
      (transfers) => {
        const { importId, parts } = begin(transfers, backupLikeText(PART_CHARS * 2 + 5));
        transfers.addImportPart(importId, 0, parts[0]!);
        transfers.addImportPart(importId, 1, parts[1]!);
        return transfers.commitImport(importId);
      },
      /Only 2 of the 3 parts announced arrived/,
    ],
    [
      'a commit whose parts add up to fewer characters than announced',
      (transfers) => {
        const { importId } = begin(transfers, 'x', { parts: 1, chars: 20 });
        transfers.addImportPart(importId, 0, '{"format":1}');
        return transfers.commitImport(importId);
      },
      /add up to 12 characters, not the 20 announced/,
    ],
  ];

  test.each(refusals)(
    '%s is refused, the import is cancelled and its text never handed over',
    (_name, act, message) => {
      const transfers = book();
      const refused = act(transfers);
      expect(refused).toMatchObject({
        ok: false,
        error: { kind: 'invalid', message: expect.stringMatching(message) },
      });
      expect((refused as { error: { message: string } }).error.message).toMatch(/nothing was changed/);
      const cancelled = transfers.pending();
      expect(cancelled).toBeNull();
    },
  );

  test('after a refused part, neither more parts nor a commit are accepted', () => {
    const transfers = book();
    const { importId, parts } = begin(transfers, backupLikeText(PART_CHARS + 5));
    expect(transfers.addImportPart(importId, 1, parts[1]!).ok).toBe(false);
    expect(transfers.addImportPart(importId, 0, parts[0]!)).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(transfers.commitImport(importId)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  test('a part or commit for another import id is refused without disturbing the one under way', () => {
    const transfers = book();
    const { importId, parts } = begin(transfers, '{"a":1}');
    const stranger = '00000000-0000-4000-8000-999999999999';
    expect(transfers.addImportPart(stranger, 0, '{}')).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(transfers.commitImport(stranger)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    transfers.addImportPart(importId, 0, parts[0]!);
    expect(transfers.commitImport(importId)).toMatchObject({ ok: true, value: { text: '{"a":1}' } });
  });
});

describe('one transfer at a time, dropped when idle', () => {
  test('beginning an export drops a pending import, and beginning an import drops a pending export', () => {
    const transfers = book();
    const first = transfers.beginImport({ parts: 1, chars: 7 }, { mode: 'merge' });
    if (!first.ok) throw new Error(first.error.message);
    const { importId } = first.value;
    const { exportId } = transfers.beginExport('{"b":2}');
    expect(transfers.addImportPart(importId, 0, '{"a":1}')).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(transfers.pending()).toEqual({ kind: 'export', id: exportId });
    const second = transfers.beginImport({ parts: 1, chars: 7 }, { mode: 'replace' });
    expect(second.ok).toBe(true);
    expect(transfers.exportPart(exportId, 0)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  test('an import idle longer than TRANSFER_IDLE_MS is gone; activity keeps it alive', () => {
    const time = manualTime();
    const transfers = book(time);
    const text = backupLikeText(PART_CHARS * 2 + 3);
    const parts = splitIntoParts(text);
    const begun = transfers.beginImport({ parts: 3, chars: text.length }, { mode: 'merge' });
    if (!begun.ok) throw new Error(begun.error.message);
    const { importId } = begun.value;
    // Each part comes just inside the idle time: the transfer lives on.
    time.advance(TRANSFER_IDLE_MS - 1);
    expect(transfers.addImportPart(importId, 0, parts[0]!).ok).toBe(true);
    time.advance(TRANSFER_IDLE_MS - 1);
    expect(transfers.addImportPart(importId, 1, parts[1]!).ok).toBe(true);
    expect(time.live()).toBe(1);
    // Then nothing for longer than that: the scheduled drop frees it, and the rest is refused.
    time.advance(TRANSFER_IDLE_MS + 1);
    expect(transfers.pending()).toBeNull();
    expect(transfers.addImportPart(importId, 2, parts[2]!)).toMatchObject({
      ok: false,
      error: { kind: 'not-found', message: expect.stringContaining('import the file again') },
    });
    expect(transfers.commitImport(importId)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  test('an idle transfer is refused even if its timer has not run (a busy worker)', () => {
    let now = 0;
    const transfers = createTransferBook<Details>({ now: () => now, schedule: () => () => undefined });
    const { exportId } = transfers.beginExport('{"a":1}');
    now += TRANSFER_IDLE_MS + 1;
    expect(transfers.exportPart(exportId, 0)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  test('ids are random UUIDs by default', () => {
    const transfers = createTransferBook<Details>({ schedule: () => () => undefined });
    const first = transfers.beginExport('a').exportId;
    const second = transfers.beginExport('a').exportId;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });
});
