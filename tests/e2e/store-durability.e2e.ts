import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };

let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => extension.close());

async function extensionPage() {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  return page;
}

test('every acknowledged write survives the service worker being stopped mid-burst', async () => {
  const page = await extensionPage();
  const opened = await sendFromPage<Reply<{ challengeId: string; seq: number }>>(page, 'challenge/open', {
    opened: darlingtonOpening('CR-BURST-1'),
  });
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  const { challengeId } = opened.value;

  // A burst of notes, each sent as soon as the last was acknowledged; the page keeps what was acknowledged.
  const burst = page.evaluate(async (id) => {
    const acknowledged: number[] = [];
    const refused: string[] = [];
    let expectedSeq = 0;
    for (let i = 1; i <= 60; i++) {
      const reply = await chrome.runtime
        .sendMessage({
          type: 'challenge/append',
          payload: { challengeId: id, expectedSeq, event: { type: 'note-added', text: `note ${i}` } },
        })
        .catch((error: unknown) => ({ ok: false, error: { kind: 'unavailable', message: String(error) } }));
      if (reply?.ok) {
        acknowledged.push(i);
        expectedSeq = reply.value.seq;
      } else {
        refused.push(reply?.error?.kind ?? 'none');
        const current = await chrome.runtime
          .sendMessage({ type: 'challenge/get', payload: { challengeId: id } })
          .catch(() => null);
        if (current?.ok) expectedSeq = current.value.state.seq;
      }
    }
    return { acknowledged, refused };
  }, challengeId);

  // Stop the worker while the burst is under way (MV3 termination, see shared/TESTING.md).
  const cdp = await extension.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((version) => version.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await page.waitForTimeout(150);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const { acknowledged } = await burst;
  expect(stopped).toBe(true);
  expect(acknowledged.length).toBeGreaterThan(0);

  const after = await sendFromPage<Reply<{ events: { type: string; text?: string }[] }>>(
    page,
    'challenge/get',
    {
      challengeId,
    },
  );
  expect(after.ok).toBe(true);
  if (!after.ok) return;
  const notes = after.value.events.filter((event) => event.type === 'note-added').map((event) => event.text);
  for (const i of acknowledged) expect(notes).toContain(`note ${i}`);
  // Nothing was written twice, and the extension still takes new writes.
  expect(new Set(notes).size).toBe(notes.length);
  const more = await sendFromPage<Reply<unknown>>(page, 'challenge/append', {
    challengeId,
    expectedSeq: after.value.events.length - 1,
    event: { type: 'note-added', text: 'after the restart' },
  });
  expect(more.ok).toBe(true);
  await page.close();
});

test('two pages editing one challenge at once: one succeeds, the other gets the conflict error', async () => {
  const first = await extensionPage();
  const second = await extensionPage();
  const opened = await sendFromPage<Reply<{ challengeId: string; seq: number }>>(first, 'challenge/open', {
    opened: darlingtonOpening('CR-CONFLICT-1'),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const { challengeId, seq } = opened.value;

  // Both pages saw the challenge at the same version and both write.
  const [a, b] = await Promise.all([
    sendFromPage<Reply<{ seq: number }>>(first, 'challenge/append', {
      challengeId,
      expectedSeq: seq,
      event: { type: 'note-added', text: 'from the first window' },
    }),
    sendFromPage<Reply<{ seq: number }>>(second, 'challenge/append', {
      challengeId,
      expectedSeq: seq,
      event: { type: 'note-added', text: 'from the second window' },
    }),
  ]);
  const outcomes = [a, b];
  expect(outcomes.filter((reply) => reply.ok)).toHaveLength(1);
  const refused = outcomes.find((reply) => !reply.ok);
  expect(refused && !refused.ok && refused.error.kind).toBe('conflict');
  expect(refused && !refused.ok && refused.error.message).toContain('changed in another tab or window');

  const stored = await sendFromPage<Reply<{ events: { type: string; text?: string }[] }>>(
    first,
    'challenge/get',
    {
      challengeId,
    },
  );
  if (!stored.ok) throw new Error(stored.error.message);
  const notes = stored.value.events.filter((event) => event.type === 'note-added');
  expect(notes).toHaveLength(1);
  // The refused writer reloads and writes again: nothing it meant to save is lost.
  const loser = a.ok ? second : first;
  const loserText = a.ok ? 'from the second window' : 'from the first window';
  const retry = await sendFromPage<Reply<{ seq: number }>>(loser, 'challenge/append', {
    challengeId,
    expectedSeq: stored.value.events.length - 1,
    event: { type: 'note-added', text: loserText },
  });
  expect(retry.ok).toBe(true);
});

test('a forged or malformed message is refused and changes nothing', async () => {
  const page = await extensionPage();
  const before = await sendFromPage<Reply<{ items: unknown[] }>>(page, 'challenge/list', { limit: 500 });
  const replies = await Promise.all([
    sendFromPage<Reply<unknown>>(page, 'challenge/open', { opened: { type: 'opened', caseReference: 'x' } }),
    sendFromPage<Reply<unknown>>(page, 'challenge/append', { challengeId: 'not-a-uuid', expectedSeq: 0 }),
    sendFromPage<Reply<unknown>>(page, 'no/such-message', {}),
    page.evaluate(() => chrome.runtime.sendMessage('just a string')),
  ]);
  for (const reply of replies as Reply<unknown>[]) {
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/nothing was changed|refused|not understood/i);
  }
  const after = await sendFromPage<Reply<{ items: unknown[] }>>(page, 'challenge/list', { limit: 500 });
  expect(after.ok && after.value.items).toEqual(before.ok && before.value.items);
});
