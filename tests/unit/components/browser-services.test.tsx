// @vitest-environment jsdom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  ExtensionUrlContext,
  NewChallengeDraftsContext,
  type ExtensionUrl,
  type NewChallengeDrafts,
} from '../../../components/browser-services';
import { ChallengeFileLinks, recordsPath } from '../../../components/drafts/ChallengeFileLinks';
import { MessengerContext, type Messenger } from '../../../components/messenger';
import { NewChallengeForm } from '../../../components/NewChallengeForm';
import type { NewChallengeDraft } from '../../../components/new-challenge-draft';
import type { SelectionCapture } from '../../../lib/messaging/page-schemas';
import { ok } from '../../../lib/messaging/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';
import { builtIn, deriveAt, hour, openedDraft } from '../challenge/challenge-builders';

/**
 * The new-challenge form's drafts and the records link's absolute URL come from the entrypoint
 * (components/browser-services.ts), so here the components render in plain Node with fakes: what the
 * form restores, saves and clears, and the address the records link points at.
 */

/** A draft store kept in a Map that records every call, as session storage would hold the drafts. */
function fakeDrafts(saved: Record<string, Partial<NewChallengeDraft>> = {}) {
  const held = new Map(Object.entries(saved));
  const calls: string[] = [];
  const drafts: NewChallengeDrafts = {
    load: async (caseReference) => {
      calls.push(`load ${caseReference}`);
      return held.get(caseReference) ?? null;
    },
    save: async (caseReference, draft) => {
      calls.push(`save ${caseReference}`);
      held.set(caseReference, draft);
    },
    clear: async (caseReference) => {
      calls.push(`clear ${caseReference}`);
      held.delete(caseReference);
    },
  };
  return { drafts, held, calls };
}

const darlington = builtIn('darlington-dsp-2024');
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  practitioner: { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust', email: '' },
};
const capture: SelectionCapture = {
  url: 'https://casebook.example/case/CR-204871',
  pageTitle: 'Case CR-204871',
  detectedCase: { system: 'casebook', caseReference: 'CR-204871', decisionMaker: 'Sam Ortiz, Team manager' },
  anchor: { quote: 'No further action.', prefix: 'Outcome: ', suffix: ' Closed.' },
};

let host: HTMLElement;
beforeAll(() => {
  // jsdom has no idle callbacks; the form only uses one to fetch its validator early.
  globalThis.requestIdleCallback ??= (run) =>
    setTimeout(() => run({ didTimeout: false, timeRemaining: () => 0 }), 0) as unknown as number;
  globalThis.cancelIdleCallback ??= (id) => clearTimeout(id);
});
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

async function mount(node: ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(node, host));
  await wait(0);
  return host;
}

/** Lets timers and promises run, then Preact re-render. */
async function wait(ms: number) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function form(drafts: NewChallengeDrafts, send: Messenger, onOpened: (id: string) => void = () => {}) {
  return (
    <MessengerContext.Provider value={send}>
      <NewChallengeDraftsContext.Provider value={drafts}>
        <NewChallengeForm
          capture={capture}
          detected={capture.detectedCase}
          settings={settings}
          protocols={[darlington]}
          onOpened={onOpened}
        />
      </NewChallengeDraftsContext.Provider>
    </MessengerContext.Provider>
  );
}

const field = (root: HTMLElement, id: string) => root.querySelector<HTMLInputElement>(`#nc-${id}`)!;
const noMessages = (async () => {
  throw new Error('the form sent a message');
}) as unknown as Messenger;

describe('NewChallengeForm with the draft store its entrypoint provides', () => {
  test("restores the case's saved draft, with the fresh capture's quote over the old one", async () => {
    const { drafts, calls } = fakeDrafts({
      'CR-204871': {
        reason: 'Half-typed reason.',
        quote: { quote: 'An older quote.', prefix: '', suffix: '' },
      },
    });
    const root = await mount(form(drafts, noMessages));
    expect(calls[0]).toBe('load CR-204871');
    expect(field(root, 'reason').value).toBe('Half-typed reason.');
    expect(root.querySelector('blockquote')!.textContent).toBe('No further action.');
    expect(field(root, 'decisionMaker-name').value).toBe('Sam Ortiz');
  });

  test('saves what is typed under the case reference after a pause in typing', async () => {
    const { drafts, held } = fakeDrafts();
    const root = await mount(form(drafts, noMessages));
    await type(field(root, 'reason'), 'The bruising is not addressed.');
    await wait(400);
    expect(held.get('CR-204871')).toMatchObject({
      reason: 'The bruising is not addressed.',
      caseReference: 'CR-204871',
      quote: capture.anchor,
    });
  });

  test('opening the challenge clears the draft, and only after the background accepted it', async () => {
    const complete: Partial<NewChallengeDraft> = {
      areaOfDisagreement: darlington.areasOfDisagreement[0]!.id,
      decisionMakerAgency: 'Children’s Social Care',
      reason: 'Three unexplained bruises in a month.',
      outcomeSought: 'A strategy discussion.',
    };
    const { drafts, held, calls } = fakeDrafts({ 'CR-204871': complete });
    const sent: unknown[] = [];
    const send = (async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      return ok({ challengeId: 'new-id' });
    }) as unknown as Messenger;
    const opened = vi.fn();
    const root = await mount(form(drafts, send, opened));
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await wait(0);

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'challenge/open',
      payload: { opened: { caseReference: 'CR-204871', reason: complete.reason } },
    });
    expect(calls.at(-1)).toBe('clear CR-204871');
    expect(held.has('CR-204871')).toBe(false);
    expect(opened).toHaveBeenCalledWith('new-id');
  });

  test('without a draft store from the entrypoint it fails loudly instead of losing what is typed', async () => {
    host = document.createElement('div');
    expect(() =>
      render(
        <MessengerContext.Provider value={noMessages}>
          <NewChallengeForm
            capture={capture}
            detected={capture.detectedCase}
            settings={settings}
            protocols={[darlington]}
            onOpened={() => {}}
          />
        </MessengerContext.Provider>,
        host,
      ),
    ).toThrow(/NewChallengeDraftsContext\.Provider/);
  });
});

describe('ChallengeFileLinks with the extension URL maker its entrypoint provides', () => {
  const state = deriveAt(darlington, [[openedDraft(darlington), hour(0)]], hour(1));

  test('links to the records page by the absolute URL the entrypoint makes from its path', async () => {
    const asked: string[] = [];
    const extensionUrl: ExtensionUrl = (path) => {
      asked.push(path);
      return `chrome-extension://abcdefghijklmnopabcdefghijklmnop${path}`;
    };
    const odd = { ...state, challengeId: 'id with #/&' };
    const root = await mount(
      <ExtensionUrlContext.Provider value={extensionUrl}>
        <ChallengeFileLinks state={odd} now={new Date(hour(1))} />
      </ExtensionUrlContext.Provider>,
    );
    expect(asked).toEqual(['/records.html#challenge=id%20with%20%23%2F%26']);
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Recording tool and partnership report');
    expect(link.getAttribute('href')).toBe(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/records.html#challenge=id%20with%20%23%2F%26',
    );
    expect(recordsPath(state.challengeId)).toBe(`/records.html#challenge=${state.challengeId}`);
  });
});
