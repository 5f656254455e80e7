// @vitest-environment jsdom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { MessengerContext, type Messenger } from '../../../components/messenger';
import { EraseDataForm } from '../../../components/settings/EraseDataForm';
import { RetentionSection } from '../../../components/settings/RetentionSection';
import type { MessageType } from '../../../lib/messaging/catalogue';
import { fail, ok, type Result } from '../../../lib/messaging/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';

/**
 * Components reach the background only through the messenger their entrypoint provides
 * (components/messenger.ts), so here they render in plain Node with a fake one: what they send, and what
 * they show for the background's answer, including a refusal.
 */
type Sent = { type: MessageType; payload: unknown };
type Replies = Partial<Record<MessageType, (payload: unknown) => Result<unknown>>>;

/** A messenger that records every message and answers from `replies`; a message it was not given fails the test. */
function fakeMessenger(replies: Replies): { send: Messenger; sent: Sent[] } {
  const sent: Sent[] = [];
  const send = (async (type: MessageType, payload: unknown) => {
    sent.push({ type, payload });
    const reply = replies[type];
    if (!reply) throw new Error(`unexpected message ${type}`);
    return reply(payload);
  }) as Messenger;
  return { send, sent };
}

let host: HTMLElement;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

async function mount(send: Messenger, node: ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(<MessengerContext.Provider value={send}>{node}</MessengerContext.Provider>, host);
  });
  await settle();
  return host;
}

/** Lets the fake's replies resolve and Preact re-render. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement) {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

const alerts = (root: HTMLElement) => [...root.querySelectorAll('[role="alert"]')].map((e) => e.textContent);

describe('RetentionSection', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, retentionMonths: 0 };

  test('asks for the retention status on mount and warns of the challenges due to be deleted', async () => {
    const { send, sent } = fakeMessenger({
      'retention/status': () => ok({ dueForPurge: 2, purgeOn: '2026-12-06T09:00:00.000Z' }),
    });
    const root = await mount(send, <RetentionSection settings={settings} managed={[]} onSaved={() => {}} />);
    expect(sent).toEqual([{ type: 'retention/status', payload: {} }]);
    expect(alerts(root)).toEqual([
      '2 closed challenges will be deleted on 6 December 2026. Export a backup first (in Data, below) if you need them.',
    ]);
  });

  test('saves the months as a number, reports "Saved." and hands the saved settings up', async () => {
    const saved: Settings[] = [];
    const { send, sent } = fakeMessenger({
      'retention/status': () => ok({ dueForPurge: 0, purgeOn: null }),
      'settings/update': (update) => ok({ settings: { ...settings, ...(update as Partial<Settings>) } }),
    });
    const root = await mount(
      send,
      <RetentionSection settings={settings} managed={[]} onSaved={(s) => saved.push(s)} />,
    );
    await type(root.querySelector<HTMLInputElement>('#retentionMonths')!, '24');
    await submit(root.querySelector('form')!);

    expect(sent.filter((m) => m.type === 'settings/update')).toEqual([
      { type: 'settings/update', payload: { retentionMonths: 24 } },
    ]);
    expect(saved.map((s) => s.retentionMonths)).toEqual([24]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved.');
    expect(alerts(root)).toEqual([]);
  });

  test("shows the background's refusal, marks the field it names, and does not report a save", async () => {
    const refusal = 'retentionMonths: must be at most 12 months under your policy. Nothing was saved.';
    const saved: Settings[] = [];
    const { send, sent } = fakeMessenger({
      'retention/status': () => ok({ dueForPurge: 0, purgeOn: null }),
      'settings/update': () => fail('invalid', refusal),
    });
    const root = await mount(
      send,
      <RetentionSection settings={settings} managed={[]} onSaved={(s) => saved.push(s)} />,
    );
    const input = root.querySelector<HTMLInputElement>('#retentionMonths')!;
    await type(input, '60');
    await submit(root.querySelector('form')!);

    expect(sent.filter((m) => m.type === 'settings/update')).toEqual([
      { type: 'settings/update', payload: { retentionMonths: 60 } },
    ]);
    expect(saved).toEqual([]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
    expect(alerts(root)).toContain(refusal);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.textContent).toContain('must be at most 12 months under your policy');
  });

  test('a value the page can already see is wrong is never sent', async () => {
    const { send, sent } = fakeMessenger({ 'retention/status': () => ok({ dueForPurge: 0, purgeOn: null }) });
    const root = await mount(send, <RetentionSection settings={settings} managed={[]} onSaved={() => {}} />);
    await type(root.querySelector<HTMLInputElement>('#retentionMonths')!, '121');
    await submit(root.querySelector('form')!);

    expect(sent.map((m) => m.type)).toEqual(['retention/status']);
    expect(alerts(root)).toEqual(['Nothing was saved: correct the fields marked above.']);
  });
});

describe('EraseDataForm', () => {
  const form = (root: HTMLElement) => root.querySelector('form')!;
  const confirmBox = (root: HTMLElement) => root.querySelector<HTMLInputElement>('#erase-confirm')!;

  test('sends nothing until ERASE is typed in capitals', async () => {
    const { send, sent } = fakeMessenger({});
    const root = await mount(send, <EraseDataForm />);
    await type(confirmBox(root), 'erase');
    await submit(form(root));

    expect(sent).toEqual([]);
    expect(root.querySelector('#erase-confirm-error')!.textContent).toBe(
      'Error: Type ERASE in capitals to confirm.',
    );
  });

  test("sends data/erase with the confirm word, and shows the background's refusal as the error", async () => {
    const refusal = 'Challenge Companion is locked. Unlock it first; nothing was erased.';
    const { send, sent } = fakeMessenger({ 'data/erase': () => fail('locked', refusal) });
    const root = await mount(send, <EraseDataForm />);
    await type(confirmBox(root), 'ERASE');
    await submit(form(root));

    expect(sent).toEqual([{ type: 'data/erase', payload: { confirm: 'ERASE' } }]);
    expect(root.querySelector('#erase-confirm-error')!.textContent).toBe(`Error: ${refusal}`);
    expect(confirmBox(root).getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
  });

  test('says everything was erased once the background has done it', async () => {
    const { send, sent } = fakeMessenger({ 'data/erase': () => ok({}) });
    const root = await mount(send, <EraseDataForm />);
    await type(confirmBox(root), 'ERASE');
    await submit(form(root));

    expect(sent).toEqual([{ type: 'data/erase', payload: { confirm: 'ERASE' } }]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Everything was erased. Reload this page to start again with the default settings.',
    );
    expect(confirmBox(root).value).toBe('');
  });
});

test('without a messenger, a component that messages says so instead of reaching the browser', () => {
  host = document.createElement('div');
  document.body.append(host);
  expect(() => render(<EraseDataForm />, host)).toThrow(/No messenger/);
});
