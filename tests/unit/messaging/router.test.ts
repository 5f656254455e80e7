import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { messageCatalogue, type MessageType } from '../../../lib/messaging/catalogue';
import {
  classifySender,
  createMessageRouter,
  type MessageHandlers,
  type RouterTrust,
} from '../../../lib/messaging/router';
import { ok } from '../../../lib/messaging/result';
import { MAX_TRANSFER_CHARS, PART_CHARS } from '../../../lib/messaging/transfer';

/**
 * Forged and malformed messages (issue: "refused, nothing changed"). The router decides who sent a
 * message from the browser's own `sender`, so each forgery is a sender the browser could report for
 * something other than the extension's own pages and granted content scripts.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const GRANTED = 'http://127.0.0.1:4873';
const trust: RouterTrust = {
  extensionId: ID,
  extensionOrigin: ORIGIN,
  isGrantedOrigin: async (origin) => origin === GRANTED,
};

type Sender = Parameters<typeof classifySender>[0];
const extensionPage: Sender = { id: ID, url: `${ORIGIN}dashboard.html` };
const contentScript: Sender = {
  id: ID,
  url: `${GRANTED}/casebook/case/CR-1.html`,
  tab: { id: 7 } as Sender['tab'],
  frameId: 0,
};

function spiedRouter() {
  const handlers = Object.fromEntries(
    Object.keys(messageCatalogue).map((type) => [type, vi.fn(async () => ok({}))]),
  ) as unknown as MessageHandlers & Record<MessageType, ReturnType<typeof vi.fn>>;
  const calls = () => Object.values(handlers).reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  return { route: createMessageRouter(handlers, trust), handlers, calls };
}

const snapshot = { url: `${GRANTED}/casebook/case/CR-1.html`, pageTitle: 'Case', detectedCase: null };
const validAppend = {
  challengeId: '00000000-0000-4000-8000-000000001000',
  expectedSeq: 0,
  event: { type: 'note-added', text: 'A note.' },
};

const forgeries: [string, Sender, string, unknown][] = [
  [
    'another extension’s id',
    { ...extensionPage, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' },
    'challenge/list',
    {},
  ],
  ['no extension id at all (a web page)', { url: 'https://evil.example/' }, 'challenge/list', {}],
  [
    'a web page claiming our id',
    { id: ID, url: 'https://evil.example/', tab: { id: 3 } as Sender['tab'] },
    'challenge/list',
    {},
  ],
  ['no sender url', { id: ID }, 'challenge/list', {}],
  [
    'a lookalike extension origin',
    { id: ID, url: `chrome-extension://${ID}evil/x.html` },
    'challenge/list',
    {},
  ],
  [
    'a content script on a site nobody granted',
    { ...contentScript, url: 'https://not-granted.example/case/1' },
    'page/case-detected',
    { ...snapshot, url: 'https://not-granted.example/case/1' },
  ],
  ['a content script without a tab', { ...contentScript, tab: undefined }, 'page/case-detected', snapshot],
  [
    'a content script on a file: page',
    { ...contentScript, url: 'file:///etc/passwd' },
    'page/case-detected',
    snapshot,
  ],
  [
    'a granted content script sending challenge/append (extension pages only)',
    contentScript,
    'challenge/append',
    validAppend,
  ],
  ['a granted content script asking for every challenge', contentScript, 'challenge/list', {}],
  ['a granted content script exporting the data', contentScript, 'data/export-begin', {}],
  [
    'a granted content script sending a backup part',
    contentScript,
    'data/import-part',
    { importId: '00000000-0000-4000-8000-000000002000', index: 0, text: '{}' },
  ],
  ['a granted content script changing settings', contentScript, 'settings/update', {}],
  [
    'an extension page sending page/case-detected (content scripts only)',
    extensionPage,
    'page/case-detected',
    snapshot,
  ],
  ['an extension page sending page/selection-captured', extensionPage, 'page/selection-captured', snapshot],
];

describe('forged senders', () => {
  test.each(forgeries)('%s: refused as forbidden, no handler runs', async (_name, sender, type, payload) => {
    const { route, calls } = spiedRouter();
    const reply = await route({ type, payload }, sender);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(calls()).toBe(0);
  });

  test('the genuine senders get through (so the refusals above are not a router that refuses everything)', async () => {
    const { route, handlers } = spiedRouter();
    expect(await route({ type: 'page/case-detected', payload: snapshot }, contentScript)).toMatchObject({
      ok: true,
    });
    expect(await route({ type: 'challenge/append', payload: validAppend }, extensionPage)).toMatchObject({
      ok: true,
    });
    expect(handlers['page/case-detected']).toHaveBeenCalledTimes(1);
    expect(handlers['challenge/append']).toHaveBeenCalledTimes(1);
  });
});

describe('malformed messages', () => {
  test.each([
    ['not an object', 'challenge/list'],
    ['no type', { payload: {} }],
    ['a type that is not a string', { type: 42, payload: {} }],
    ['an unknown type', { type: 'challenge/delete-everything', payload: {} }],
    ['a prototype key as type', { type: 'toString', payload: {} }],
    ['__proto__ as type', JSON.parse('{"type":"__proto__","payload":{}}') as unknown],
    ['an overlong type', { type: 'x'.repeat(5000), payload: {} }],
    [
      'a page snapshot with a javascript: url',
      { type: 'page/case-detected', payload: { ...snapshot, url: 'javascript:alert(1)' } },
    ],
    [
      'an overlong quote',
      {
        type: 'page/selection-captured',
        payload: { ...snapshot, anchor: { quote: 'x'.repeat(5001), prefix: '', suffix: '' } },
      },
    ],
    [
      'a backup part longer than one part may be',
      {
        type: 'data/import-part',
        payload: {
          importId: '00000000-0000-4000-8000-000000002000',
          index: 0,
          text: 'x'.repeat(PART_CHARS + 1),
        },
      },
    ],
    [
      'an import announcing more characters than any backup may have',
      { type: 'data/import-begin', payload: { mode: 'merge', parts: 2, chars: MAX_TRANSFER_CHARS + 1 } },
    ],
    [
      'an append without an event',
      { type: 'challenge/append', payload: { challengeId: 'a', expectedSeq: 0 } },
    ],
  ])('%s: refused as invalid, no handler runs', async (_name, message) => {
    const { route, calls } = spiedRouter();
    const sender = (message as { type?: string }).type?.startsWith?.('page/') ? contentScript : extensionPage;
    const reply = await route(message, sender);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(calls()).toBe(0);
  });

  test('random JSON as the whole message or as any declared message’s payload: refused or valid, never thrown (2,000 cases)', async () => {
    const types = Object.keys(messageCatalogue) as MessageType[];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ type: fc.constantFrom(...types), payload: fc.jsonValue() }),
          fc.record({ type: fc.string(), payload: fc.jsonValue() }),
        ),
        fc.constantFrom(extensionPage, contentScript),
        async (message, sender) => {
          const { route, calls } = spiedRouter();
          const reply = await route(message, sender);
          if (reply.ok) {
            // Accepted only when the payload really is valid for that message from that sender.
            const { type, payload } = message as { type: MessageType; payload: unknown };
            const definition = messageCatalogue[type];
            expect(definition.request.safeParse(payload).success).toBe(true);
            expect(calls()).toBe(1);
            return;
          }
          expect(['invalid', 'forbidden']).toContain(reply.error.kind);
          expect(reply.error.message).toMatch(/nothing was changed/);
          expect(calls()).toBe(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
