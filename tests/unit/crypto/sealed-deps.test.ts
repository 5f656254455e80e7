import { describe, expect, test } from 'vitest';
import type { ChallengeEvent } from '../../../lib/challenge';
import { createSealedDeps, keysFromMaster, sealEvent, toBase64 } from '../../../lib/crypto';
import { createChallengeStoreDeps } from '../../../lib/store';
import { toSummaryRow } from '../../../lib/store/summary-row';
import { builtIn, drafts, history, openedDraft } from '../challenge/challenge-builders';

const protocol = builtIn('darlington-dsp-2024');

describe('createSealedDeps', () => {
  test('runs the rules and the summary on the opened events; the row keeps only the index key', async () => {
    const { eventKey } = await keysFromMaster(toBase64(new Uint8Array(32).fill(3)));
    const events = history(protocol, openedDraft(protocol), drafts.note());
    const sealed = await Promise.all(events.map((event) => sealEvent(eventKey, event)));
    const plain = createChallengeStoreDeps({ now: new Date('2025-05-02T09:00:00Z') });
    const deps = createSealedDeps({
      plain,
      opened: new Map(events.map((event) => [event.id, event])),
      caseReferenceKeys: new Map([[events[0]!.challengeId, 'ABC123']]),
    });

    const appended = deps.appendEvent(sealed.slice(0, 1), sealed[1]!);
    expect(appended).toEqual({ ok: true, events: sealed });
    const summary = deps.summarise(sealed);
    expect(summary).toMatchObject({
      caseReference: null,
      caseReferenceKey: 'ABC123',
      currentStage: 1,
      seq: 1,
    });
    expect({ ...summary, caseReference: null, caseReferenceKey: null }).toEqual({
      ...plain.summarise(events),
      caseReference: null,
      caseReferenceKey: null,
    });
    const row = toSummaryRow(summary);
    expect(row.caseReferenceKey).toBe('ABC123');
    expect(JSON.stringify(row)).not.toContain('CS-104233');
  });

  test('an event it was not given is refused, not guessed', async () => {
    const { eventKey } = await keysFromMaster(toBase64(new Uint8Array(32).fill(4)));
    const events: ChallengeEvent[] = history(protocol, openedDraft(protocol), drafts.note());
    const sealed = await Promise.all(events.map((event) => sealEvent(eventKey, event)));
    const deps = createSealedDeps({
      plain: createChallengeStoreDeps({ now: new Date('2025-05-02T09:00:00Z') }),
      opened: new Map([[events[0]!.id, events[0]!]]),
      caseReferenceKeys: new Map(),
    });
    expect(deps.appendEvent(sealed.slice(0, 1), sealed[1]!)).toMatchObject({ ok: false, rule: 'locked' });
    expect(() => deps.summarise(sealed)).toThrow(/not opened/);
  });
});
