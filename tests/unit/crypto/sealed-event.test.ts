import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stampEvent, type ChallengeEvent, type NewChallengeEvent } from '../../../lib/challenge';
import {
  isSealedEvent,
  keysFromMaster,
  openEvent,
  sealEvent,
  toBase64,
  type LockKeys,
  type SealedEvent,
} from '../../../lib/crypto';
import { builtIn, CHALLENGE_ID, drafts, openedDraft, uuidFrom } from '../challenge/challenge-builders';

const protocol = builtIn('darlington-dsp-2024');
const masterOf = (fill: number) => toBase64(new Uint8Array(32).fill(fill));
const keysA: Promise<LockKeys> = keysFromMaster(masterOf(1));
const keysB: Promise<LockKeys> = keysFromMaster(masterOf(2));

const stamped = (draft: NewChallengeEvent, seq = 0): ChallengeEvent =>
  stampEvent(draft, {
    id: uuidFrom(seq + 1),
    challengeId: CHALLENGE_ID,
    seq,
    at: '2025-05-01T09:00:00.000Z',
  });

const everyType: [string, ChallengeEvent, string[]][] = [
  [
    'opened',
    stamped(openedDraft(protocol, { skipReason: 'Bruises on a baby' })),
    [
      'CS-104233',
      'no further action',
      'Sam Ortiz',
      'Priya Shah',
      'mosaic.example',
      'Three unexplained',
      'Bruises on a baby',
    ],
  ],
  [
    'contact-logged',
    stamped(drafts.contact(), 1),
    ['Sam Ortiz', 'The bruising', 'team manager', 'Review decision'],
  ],
  ['note-added', stamped(drafts.note(), 1), ['Left a voicemail']],
  [
    'timeframe-set',
    stamped({ ...drafts.timeframe(1, 5), note: 'Agreed on the phone' }, 1),
    ['Agreed on the phone'],
  ],
  [
    'escalated',
    stamped(drafts.escalate(3, 'Immediate risk to the baby'), 1),
    ['No resolution', 'Immediate risk'],
  ],
  ['meeting-recorded', stamped(drafts.meeting(), 1), ['Priya Shah', 'Differing views']],
  [
    'partnership-informed',
    stamped({ ...drafts.partnership(2), recipient: 'Board manager', notes: 'Sent the form' }, 1),
    ['Board manager', 'Sent the form'],
  ],
  [
    'email-drafted',
    stamped({ ...drafts.email(), subject: 'Challenge on CS-104233', body: 'Dear Sam Ortiz' }, 1),
    ['CS-104233', 'Dear Sam'],
  ],
  ['resolved', stamped(drafts.resolve(2), 1), ['Strategy discussion held']],
  ['withdrawn', stamped(drafts.withdraw(), 1), ['New information']],
  ['reopened', stamped(drafts.reopen(), 1), ['The concern has come back']],
];

describe('sealEvent / openEvent', () => {
  test.each(everyType)('%s: opens to exactly the event sealed', async (_type, event) => {
    const { eventKey } = await keysA;
    const sealed = await sealEvent(eventKey, event);
    expect(isSealedEvent(sealed)).toBe(true);
    expect(await openEvent(eventKey, sealed)).toEqual(event);
  });

  test.each(everyType)(
    '%s: the stored form holds none of the personal text',
    async (_type, event, secrets) => {
      const sealed = await sealEvent((await keysA).eventKey, event);
      const stored = JSON.stringify(sealed);
      for (const secret of secrets) expect(stored).not.toContain(secret);
      // The stamp and the type stay in clear: the store keys on them.
      expect(sealed).toMatchObject({
        id: event.id,
        challengeId: event.challengeId,
        seq: event.seq,
        type: event.type,
      });
    },
  );

  test('the fields derivation needs stay in clear', async () => {
    const sealed = await sealEvent((await keysA).eventKey, stamped(openedDraft(protocol)));
    expect(sealed).toMatchObject({
      protocolId: protocol.id,
      startingStage: 1,
      immediateRisk: false,
      subject: 'child',
    });
    expect(sealed).not.toHaveProperty('caseReference');
    expect(sealed).not.toHaveProperty('decision');
  });

  test('any note text round-trips and never shows in the stored form', async () => {
    const { eventKey } = await keysA;
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6, maxLength: 300, unit: 'grapheme' }), async (text) => {
        fc.pre(text.trim().length >= 6 && !/[\\"]/.test(text) && text.trim() === text);
        const event = stamped({ type: 'note-added', text }, 1);
        const sealed = await sealEvent(eventKey, event);
        expect(JSON.stringify(sealed)).not.toContain(text);
        expect(await openEvent(eventKey, sealed)).toEqual(event);
      }),
      { numRuns: 60 },
    );
  });

  test('another key does not open it', async () => {
    const sealed = await sealEvent((await keysA).eventKey, stamped(drafts.note(), 1));
    await expect(openEvent((await keysB).eventKey, sealed)).rejects.toThrow(/could not be opened/);
  });

  test('a changed byte of ciphertext does not open', async () => {
    const { eventKey } = await keysA;
    const sealed = await sealEvent(eventKey, stamped(drafts.note(), 1));
    const ct = sealed.sealed.ct;
    const flipped = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
    await expect(
      openEvent(eventKey, { ...sealed, sealed: { ...sealed.sealed, ct: flipped } }),
    ).rejects.toThrow(/could not be opened/);
  });

  test('a box moved onto another event does not open there', async () => {
    const { eventKey } = await keysA;
    const first = await sealEvent(eventKey, stamped(drafts.note(), 1));
    const second = await sealEvent(eventKey, stamped(drafts.reopen(), 2));
    const swapped: SealedEvent = { ...second, sealed: first.sealed };
    await expect(openEvent(eventKey, swapped)).rejects.toThrow(/could not be opened/);
  });

  test('a clear field changed on disk is caught by the event schema', async () => {
    const { eventKey } = await keysA;
    const sealed = await sealEvent(eventKey, stamped(drafts.timeframe(1, 5), 1));
    await expect(openEvent(eventKey, { ...sealed, workingDays: 999 })).rejects.toThrow(/workingDays/);
  });
});
