import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { draftKey, sessionNewChallengeDrafts } = await import('../../../lib/store/new-challenge-drafts');

type Draft = { reason: string; caseReference: string };
const drafts = sessionNewChallengeDrafts<Draft>();

beforeEach(() => fakeBrowser.reset());

describe('new-challenge drafts in session storage', () => {
  test('a saved draft loads back for its case only, and only from session storage', async () => {
    await drafts.save('CR-1', { reason: 'Half-typed.', caseReference: 'CR-1' });
    expect(await drafts.load('CR-1')).toEqual({ reason: 'Half-typed.', caseReference: 'CR-1' });
    expect(await drafts.load('CR-2')).toBeNull();
    // Never on disk: nothing in local storage, where the passphrase lock could not protect it.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'draft:new-challenge:CR-1': { reason: 'Half-typed.', caseReference: 'CR-1' },
    });
  });

  test('clearing removes that case’s draft and leaves the others', async () => {
    await drafts.save('CR-1', { reason: 'One.', caseReference: 'CR-1' });
    await drafts.save('CR-2', { reason: 'Two.', caseReference: 'CR-2' });
    await drafts.clear('CR-1');
    expect(await drafts.load('CR-1')).toBeNull();
    expect(await drafts.load('CR-2')).toEqual({ reason: 'Two.', caseReference: 'CR-2' });
  });

  test('a value under the key that is not an object loads as no draft', async () => {
    await fakeBrowser.storage.session.set({ [draftKey('CR-1')]: 'not a draft' });
    expect(await drafts.load('CR-1')).toBeNull();
  });
});
