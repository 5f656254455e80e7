import { describe, expect, test } from 'vitest';
import { deriveChallengeState, summariseChallenge } from '../../../lib/challenge';
import type { NewChallengeEvent } from '../../../lib/challenge';
import { CHALLENGE_ID, builtIn, drafts, historyOf, openedDraft } from './challenge-builders';

const darlington = builtIn('darlington-dsp-2024');
// Friday 2 May 2025, 14:00 BST; Stage 1 is due soon from 09:00 and overdue from 17:00 on Tuesday 6 May.
const opened: [NewChallengeEvent, string] = [openedDraft(darlington), '2025-05-02T13:00:00Z'];

const summaryAt = (steps: [NewChallengeEvent, string][], now: string) =>
  summariseChallenge(
    deriveChallengeState(historyOf(darlington, steps), { protocol: darlington, now: new Date(now) }),
  );

describe('summariseChallenge', () => {
  test('gives the flat row a store indexes', () => {
    expect(summaryAt([opened], '2025-05-02T14:00:00Z')).toEqual({
      challengeId: CHALLENGE_ID,
      status: 'open',
      caseReference: 'CS-104233',
      protocolId: 'darlington-dsp-2024',
      protocolVersion: darlington.version,
      subject: 'child',
      immediateRisk: false,
      currentStage: 1,
      areaOfDisagreement: darlington.areasOfDisagreement[0]?.id,
      nation: 'england-and-wales',
      nextDeadline: '2025-05-06T08:00:00.000Z',
      dueSoonAt: '2025-05-06T08:00:00.000Z',
      deadline: '2025-05-06T16:00:00.000Z',
      thresholdReached: false,
      partnershipInformed: false,
      resolvedAtStage: null,
      openedAt: '2025-05-02T13:00:00Z',
      lastChangeAt: '2025-05-02T13:00:00Z',
      seq: 0,
    });
  });

  test.each([
    ['before the due-soon point, the due-soon point', '2025-05-05T10:00:00Z', '2025-05-06T08:00:00.000Z'],
    ['once due soon, the deadline', '2025-05-06T09:00:00Z', '2025-05-06T16:00:00.000Z'],
    ['once overdue, still the (past) deadline', '2025-05-07T09:00:00Z', '2025-05-06T16:00:00.000Z'],
  ])('next deadline %s', (_name, now, nextDeadline) => {
    expect(summaryAt([opened], now).nextDeadline).toBe(nextDeadline);
  });

  test('a closed challenge has no deadlines and keeps the stage it was resolved at', () => {
    const summary = summaryAt([opened, [drafts.resolve(1), '2025-05-03T10:00:00Z']], '2025-05-04T10:00:00Z');
    expect(summary).toMatchObject({
      status: 'resolved',
      nextDeadline: null,
      dueSoonAt: null,
      deadline: null,
      resolvedAtStage: 1,
      lastChangeAt: '2025-05-03T10:00:00Z',
      seq: 1,
    });
  });

  test('holds no free text but the case reference', () => {
    const opening = openedDraft(darlington, { reason: 'SECRET-REASON', outcomeSought: 'SECRET-OUTCOME' });
    const summary = summaryAt(
      [
        [opening, '2025-05-02T13:00:00Z'],
        [drafts.contact(), '2025-05-02T14:00:00Z'],
        [drafts.resolve(1), '2025-05-03T10:00:00Z'],
      ],
      '2025-05-04T10:00:00Z',
    );
    const text = JSON.stringify(summary);
    for (const secret of [
      'SECRET',
      'Sam Ortiz',
      'Priya',
      'no further action',
      'bruising',
      'Strategy discussion',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('CS-104233');
  });
});
