import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { builtIn, drafts, openedDraft } from '../challenge/challenge-builders';

/**
 * The toolbar popup's one request (challenge/open-soonest): the background's real service over
 * fake-indexeddb, with only browser.storage faked (settings and the test clock live there).
 */
vi.mock('wxt/browser', () => import('./fake-storage-browser'));
const { localArea: local } = await import('./fake-storage-browser');

const { createChallengeService } = await import('@/entrypoints/background/challenge-service');
const { listingContext } = await import('@/entrypoints/background/case-challenges');
const { openSoonest } = await import('@/entrypoints/background/open-soonest');

type Service = ReturnType<typeof createChallengeService>;

beforeEach(() => {
  local.clear();
  // Only Date is faked: fake-indexeddb still needs real timers. Thursday 1 May 2025, before a bank holiday.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-05-01T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const soonest = (service: Service, limit: number) =>
  openSoonest(
    (query) => service.list(query),
    limit,
    () => listingContext(service),
  );

async function open(service: Service, draft: ReturnType<typeof openedDraft>, minutesLater: number) {
  vi.setSystemTime(new Date(Date.parse('2025-05-01T09:00:00Z') + minutesLater * 60_000));
  const opened = await service.openChallenge(draft);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** Two Darlington challenges (one escalated to Stage 2: a later deadline), two LSCB (no deadlines), one withdrawn. */
async function seeded() {
  globalThis.indexedDB = new IDBFactory();
  const service = createChallengeService(() => undefined);
  const darlington = builtIn('darlington-dsp-2024');
  const lscb = builtIn('lscb-2019');
  const escalated = await open(service, openedDraft(darlington, { caseReference: 'CR-LATER' }), 0);
  const appended = await service.appendToChallenge(escalated.challengeId, escalated.seq, drafts.escalate(2));
  if (!appended.ok) throw new Error(appended.error.message);
  await open(service, openedDraft(darlington, { caseReference: 'CR-SOONEST' }), 10);
  await open(service, openedDraft(lscb, { caseReference: 'CR-UNDATED-OLD' }), 20);
  await open(service, openedDraft(lscb, { caseReference: 'CR-UNDATED-NEW' }), 30);
  const gone = await open(service, openedDraft(darlington, { caseReference: 'CR-WITHDRAWN' }), 40);
  await service.appendToChallenge(gone.challengeId, gone.seq, drafts.withdraw());
  vi.setSystemTime(new Date('2025-05-01T14:00:00Z'));
  return service;
}

describe('challenge/open-soonest', () => {
  test('soonest deadline first, then undated ones most recently changed first; closed ones left out', async () => {
    const service = await seeded();
    const reply = await soonest(service, 50);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.items.map((item) => item.caseReference)).toEqual([
      'CR-SOONEST',
      'CR-LATER',
      'CR-UNDATED-NEW',
      'CR-UNDATED-OLD',
    ]);
    expect(reply.value.more).toBe(false);
    expect(reply.value.now).toBe('2025-05-01T14:00:00.000Z');
  });

  test('each item carries the stage title and standing challenge/get derives at the same moment', async () => {
    const service = await seeded();
    const reply = await soonest(service, 50);
    if (!reply.ok) throw new Error(reply.error.message);
    for (const item of reply.value.items) {
      const got = await service.getChallenge(item.challengeId);
      if (!got.ok) throw new Error(got.error.message);
      expect(item.stageTitle).toBe(got.value.state.stageTitle);
      expect(item.deadlineState).toBe(got.value.state.deadlineState);
      expect(item.workingDaysLeft).toBe(got.value.state.workingDaysLeft);
    }
    const [first, second, undated] = reply.value.items;
    expect(first).toMatchObject({ stageTitle: 'Practitioner to decision-maker', deadlineState: 'on-track' });
    // Stage 2's three working days from Thursday 1 May skip the early May bank holiday (Monday 5 May).
    expect(second).toMatchObject({ stageTitle: 'Line manager to line manager', workingDaysLeft: 3 });
    expect(undated).toMatchObject({ deadline: null, deadlineState: null, workingDaysLeft: null });
  });

  test('the standing moves with the background clock: overdue once the deadline has passed', async () => {
    const service = await seeded();
    vi.setSystemTime(new Date('2025-05-09T12:00:00Z'));
    const reply = await soonest(service, 50);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.items.slice(0, 2).map((item) => item.deadlineState)).toEqual(['overdue', 'overdue']);
  });

  test('a limit keeps the soonest and says more are left', async () => {
    const service = await seeded();
    const one = await soonest(service, 1);
    const three = await soonest(service, 3);
    if (!one.ok || !three.ok) throw new Error('listing failed');
    expect(one.value.items.map((item) => item.caseReference)).toEqual(['CR-SOONEST']);
    expect(one.value.more).toBe(true);
    expect(three.value.items.map((item) => item.caseReference)).toEqual([
      'CR-SOONEST',
      'CR-LATER',
      'CR-UNDATED-NEW',
    ]);
    expect(three.value.more).toBe(true);
  });
});
