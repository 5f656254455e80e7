import { z } from 'zod';
import type { ChallengeStoreDeps, StoredSummary } from '../../../lib/store/store-deps';

/**
 * A small stand-in for lib/challenge, so the store's own behaviour (versions, transactions, indexes,
 * backup checks) is tested without the weight of real protocols. integration.test.ts runs the same
 * store against the real domain.
 */

const stamp = {
  id: z.string().min(1),
  challengeId: z.string().min(1),
  seq: z.number().int().min(0),
  at: z.iso.datetime({ error: 'not an ISO date-time' }),
};
const deadline = z.iso.datetime({ error: 'not an ISO date-time' }).nullable();

export const testEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('opened'),
    ...stamp,
    caseReference: z.string().min(1),
    protocolId: z.string().min(1),
    area: z.string().min(1),
    deadline,
  }),
  z.object({ type: z.literal('noted'), ...stamp, text: z.string().min(1) }),
  z.object({ type: z.literal('escalated'), ...stamp, toStage: z.number().int().min(2), deadline }),
  z.object({ type: z.literal('resolved'), ...stamp }),
  z.object({ type: z.literal('withdrawn'), ...stamp }),
  z.object({ type: z.literal('reopened'), ...stamp, deadline }),
]);
export type TestEvent = z.infer<typeof testEventSchema>;

export interface TestSummary extends StoredSummary {
  caseReference: string;
  currentStage: number;
  areaOfDisagreement: string;
  deadline: string | null;
  openedAt: string;
}

export const testDeps: ChallengeStoreDeps<TestEvent, TestSummary> = {
  eventSchema: testEventSchema,
  appendEvent(history, next) {
    const refuse = (rule: string, message: string) => ({ ok: false as const, rule, message });
    if (next.seq !== history.length) return refuse('sequence-gap', `must be event ${history.length}`);
    if (history.length === 0 && next.type !== 'opened')
      return refuse('first-event-must-be-opened', 'open it first');
    if (history.length > 0 && next.type === 'opened')
      return refuse('challenge-already-opened', 'already opened');
    if (history.length > 0) {
      const summary = testDeps.summarise(history);
      if (summary.status !== 'open' && next.type !== 'reopened' && next.type !== 'noted') {
        return refuse('closed-challenge-accepts-only-reopen', 'reopen it first');
      }
      if (summary.status === 'open' && next.type === 'reopened')
        return refuse('reopen-needs-closed', 'it is open');
      if (next.type === 'escalated' && next.toStage <= summary.currentStage) {
        return refuse('escalation-must-move-up', `must go above Stage ${summary.currentStage}`);
      }
    }
    return { ok: true, events: [...history, next] };
  },
  summarise(history) {
    const opened = history[0];
    if (opened?.type !== 'opened') throw new Error('history must start with opened');
    let status: TestSummary['status'] = 'open';
    let stage = 1;
    let currentDeadline = opened.deadline;
    for (const event of history) {
      if (event.type === 'escalated') [stage, currentDeadline] = [event.toStage, event.deadline];
      if (event.type === 'resolved') status = 'resolved';
      if (event.type === 'withdrawn') status = 'withdrawn';
      if (event.type === 'reopened') [status, currentDeadline] = ['open', event.deadline];
    }
    const last = history[history.length - 1]!;
    const running = status === 'open' ? currentDeadline : null;
    return {
      challengeId: opened.challengeId,
      status,
      seq: last.seq,
      caseReference: opened.caseReference,
      protocolId: opened.protocolId,
      currentStage: stage,
      areaOfDisagreement: opened.area,
      nextDeadline: running,
      deadline: running,
      openedAt: opened.at,
      lastChangeAt: last.at,
    };
  },
};

/** Instants a minute apart from a fixed start, so ordering by time is easy to read in tests. */
export const minute = (n: number): string => new Date(Date.UTC(2025, 4, 1, 9, 0) + n * 60_000).toISOString();

export function opened(
  challengeId: string,
  overrides: Partial<Extract<TestEvent, { type: 'opened' }>> = {},
): TestEvent {
  return {
    type: 'opened',
    id: `${challengeId}/0`,
    challengeId,
    seq: 0,
    at: minute(0),
    caseReference: `CS-${challengeId}`,
    protocolId: 'darlington-dsp-2024',
    area: 'threshold-decisions',
    deadline: minute(24 * 60),
    ...overrides,
  };
}

export function noted(challengeId: string, seq: number, at = minute(seq)): TestEvent {
  return { type: 'noted', id: `${challengeId}/${seq}`, challengeId, seq, at, text: `note ${seq}` };
}

export function escalated(
  challengeId: string,
  seq: number,
  toStage: number,
  deadlineAt: string | null,
  at = minute(seq),
): TestEvent {
  return {
    type: 'escalated',
    id: `${challengeId}/${seq}`,
    challengeId,
    seq,
    at,
    toStage,
    deadline: deadlineAt,
  };
}

export function closed(
  challengeId: string,
  seq: number,
  type: 'resolved' | 'withdrawn',
  at = minute(seq),
): TestEvent {
  return { type, id: `${challengeId}/${seq}`, challengeId, seq, at };
}
