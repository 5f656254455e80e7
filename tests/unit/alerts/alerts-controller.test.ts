import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ChallengeSummary } from '../../../lib/challenge';
import { z } from 'zod';
import { appendEvents, createChallengeStoreDeps, getMeta, getSummary, putMeta } from '../../../lib/store';
import type { ChallengeDatabase } from '../../../lib/store/database';
import { CHALLENGE_ID, builtIn, nextEvent, openedDraft } from '../challenge/challenge-builders';
import { freshDatabase } from '../store/test-database';

/** The few browser calls the controller makes, recorded. WXT's fakeBrowser has no notifications. */
const calls = vi.hoisted(() => ({
  badge: { text: '', color: '', title: '' },
  alarms: new Map<string, { when?: number; periodInMinutes?: number }>(),
  notifications: [] as { id: string; options: { iconUrl: string; title: string; message: string } }[],
}));
vi.mock('wxt/browser', () => ({
  browser: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (calls.badge.text = text),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (calls.badge.color = color),
      setTitle: async ({ title }: { title: string }) => void (calls.badge.title = title),
    },
    alarms: {
      clear: async (name: string) => calls.alarms.delete(name),
      get: async (name: string) => calls.alarms.get(name),
      create: async (name: string, info: { when?: number; periodInMinutes?: number }) =>
        void calls.alarms.set(name, info),
    },
    notifications: {
      create: async (id: string, options: { iconUrl: string; title: string; message: string }) =>
        void calls.notifications.push({ id, options }),
    },
    runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
  },
}));

const { createAlertsController, SENT_NOTIFICATIONS_KEY } =
  await import('../../../lib/alerts/alerts-controller');
const { OVERDUE_COLOR, DUE_SOON_COLOR } = await import('../../../lib/alerts/badge-model');

const darlington = builtIn('darlington-dsp-2024');
const HOURS = { start: '09:00', end: '17:00' };
// Thursday 1 May 2025, 09:00 BST: Stage 1 (one working day) runs to Friday.
const OPENED_AT = '2025-05-01T08:00:00.000Z';

let db: ChallengeDatabase;
let settings: { notifications: boolean; workingHours: typeof HOURS; nation?: 'england-and-wales' };

const controllerAt = (now: string) =>
  createAlertsController({
    database: async () => db,
    now: async () => new Date(now),
    settings: async () => settings,
    importedProtocols: async () => [],
    clickTarget: '/options.html',
  });

const stored = async (): Promise<ChallengeSummary> => {
  const summary = await getSummary<ChallengeSummary>(db, CHALLENGE_ID);
  if (!summary.ok || !summary.value) throw new Error('summary missing');
  return summary.value;
};

beforeEach(async () => {
  ({ db } = await freshDatabase());
  settings = { notifications: true, workingHours: HOURS };
  calls.badge = { text: '', color: '', title: '' };
  calls.alarms.clear();
  calls.notifications.length = 0;
  const deps = createChallengeStoreDeps({ now: new Date(OPENED_AT), hours: HOURS });
  const opened = nextEvent([], openedDraft(darlington), OPENED_AT);
  const result = await appendEvents(db, CHALLENGE_ID, -1, [opened], deps);
  if (!result.ok) throw new Error(result.error.message);
});

describe('recompute', () => {
  // Wednesday 7 May 2025, 10:00 BST (Monday 5 May is a bank holiday): Stage 1 is overdue.
  const overdueMorning = '2025-05-07T09:00:00.000Z';

  test('refreshes the stale summary, shows the overdue badge and raises one content-free notification', async () => {
    const before = await stored();
    expect(before.nextDeadline).toBe(before.dueSoonAt);

    await controllerAt(overdueMorning).recompute();

    expect((await stored()).nextDeadline).toBe(before.deadline);
    expect(calls.badge).toEqual({ text: '1', color: OVERDUE_COLOR, title: '1 challenge stage is overdue' });
    expect(calls.alarms.get('alerts:periodic')).toEqual({ periodInMinutes: 15 });
    expect(calls.notifications).toEqual([
      {
        id: `challenge-companion:${CHALLENGE_ID}:1:overdue`,
        options: {
          type: 'basic',
          iconUrl: 'chrome-extension://test/icon/128.png',
          title: 'Challenge Companion',
          message: 'A challenge stage is overdue',
        },
      },
    ]);
    expect(JSON.stringify(calls.notifications)).not.toContain('CS-104233');
  });

  test('a restarted worker (a new controller on the same store) does not notify again', async () => {
    await controllerAt(overdueMorning).recompute();
    await controllerAt(overdueMorning).recompute();
    await controllerAt('2025-05-08T09:00:00.000Z').recompute();
    expect(calls.notifications).toHaveLength(1);
  });

  test('stays quiet outside working hours, then notifies once they start', async () => {
    await controllerAt('2025-05-10T09:00:00.000Z').recompute(); // Saturday
    await controllerAt('2025-05-07T06:00:00.000Z').recompute(); // Wednesday 07:00 BST
    expect(calls.badge.text).toBe('1');
    expect(calls.notifications).toHaveLength(0);
    await controllerAt(overdueMorning).recompute();
    expect(calls.notifications).toHaveLength(1);
  });

  test('stays quiet on a bank holiday of the practitioner’s nation', async () => {
    settings = { ...settings, nation: 'england-and-wales' };
    await controllerAt('2025-05-05T09:00:00.000Z').recompute(); // Early May bank holiday, 10:00 BST
    expect(calls.badge.text).toBe('1');
    expect(calls.notifications).toHaveLength(0);
  });

  test('notifications switched off raise nothing, but the badge still counts', async () => {
    settings = { ...settings, notifications: false };
    await controllerAt(overdueMorning).recompute();
    expect(calls.badge.text).toBe('1');
    expect(calls.notifications).toHaveLength(0);
  });

  test('between the due-soon warning and the deadline: amber, and an alarm for the deadline', async () => {
    const { dueSoonAt, deadline } = await stored();
    if (!dueSoonAt || !deadline) throw new Error('Stage 1 has no deadline');
    const between = new Date((Date.parse(dueSoonAt) + Date.parse(deadline)) / 2).toISOString();
    const before = Date.now();

    await controllerAt(between).recompute();

    expect(calls.badge).toMatchObject({ text: '1', color: DUE_SOON_COLOR });
    const when = calls.alarms.get('alerts:next')?.when ?? 0;
    const distance = Date.parse(deadline) - Date.parse(between);
    expect(when - before).toBeGreaterThanOrEqual(distance);
    expect(when - before).toBeLessThan(distance + 60_000);
  });

  test('before the warning: no badge, and an alarm for the warning', async () => {
    await controllerAt(OPENED_AT).recompute();
    expect(calls.badge).toMatchObject({ text: '', title: 'Challenge Companion: nothing due' });
    expect(calls.alarms.has('alerts:next')).toBe(true);
    expect(calls.notifications).toHaveLength(0);
  });
});

describe('notifications at scale and across versions', () => {
  const overdueMorning = '2025-05-07T09:00:00.000Z';

  test('many overdue stages raise one summary notification, and none again after a restart', async () => {
    const deps = createChallengeStoreDeps({ now: new Date(OPENED_AT), hours: HOURS });
    for (let n = 1; n <= 5; n += 1) {
      const challengeId = `00000000-0000-4000-8000-00000000000${n}`;
      const opened = { ...nextEvent([], openedDraft(darlington), OPENED_AT), challengeId };
      const result = await appendEvents(db, challengeId, -1, [{ ...opened, id: crypto.randomUUID() }], deps);
      if (!result.ok) throw new Error(result.error.message);
    }
    await controllerAt(overdueMorning).recompute();
    expect(calls.badge.text).toBe('6');
    expect(calls.notifications).toHaveLength(1);
    expect(calls.notifications[0]).toMatchObject({
      id: 'challenge-companion:summary',
      options: { message: '6 challenge alerts need attention: open Challenge Companion to see them' },
    });
    for (const day of ['2025-05-07T10:00:00.000Z', '2025-05-08T09:00:00.000Z'])
      await controllerAt(day).recompute();
    expect(calls.notifications).toHaveLength(1);
  });

  test('keys remembered by an earlier version (the flat list) are not raised again', async () => {
    await putMeta(db, SENT_NOTIFICATIONS_KEY, [`${CHALLENGE_ID}:1:overdue`, `${CHALLENGE_ID}:1:due-soon`]);
    await controllerAt(overdueMorning).recompute();
    expect(calls.badge.text).toBe('1');
    expect(calls.notifications).toHaveLength(0);
    expect(await getMeta(db, SENT_NOTIFICATIONS_KEY, z.array(z.string()))).toMatchObject({ ok: true });
  });
});
