// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MessengerContext, type Messenger } from '../../../components/messenger';
import { ImportedProtocols } from '../../../components/settings/ImportedProtocols';
import { parseProtocolFile, type Protocol } from '../../../lib/protocols';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The imported-protocol list's confirmation step on the DOM Preact renders, with a fake messenger: the
 * step is reached and left by keyboard, focus goes into it and back, and the outcome is announced
 * (status for a removal, alert for a refusal).
 */
// Read by path: under jsdom, import.meta.url is not a file: URL.
const parsed = parseProtocolFile(
  readFileSync(path.resolve('tests/fixtures/protocols/valid-custom.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const northshire: Protocol = parsed.protocol;
const LABEL = `${northshire.partnership}: ${northshire.name} (${northshire.version})`;

let host: HTMLElement;
afterEach(() => host?.remove());

async function mount(reply: Awaited<ReturnType<Messenger>>, imported: Protocol[] = [northshire]) {
  host = document.createElement('div');
  document.body.append(host);
  const send = vi.fn(async () => reply) as unknown as Messenger;
  const onChanged = vi.fn(async () => undefined);
  await act(() =>
    render(
      <MessengerContext.Provider value={send}>
        <ImportedProtocols imported={imported} policyIds={[]} onChanged={onChanged} />
      </MessengerContext.Provider>,
      host,
    ),
  );
  return { send, onChanged };
}

const button = (name: string | RegExp) => {
  const found = [...host.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
};
const click = (element: HTMLElement) => act(() => element.click());
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('ImportedProtocols', () => {
  test('Remove names its protocol; the confirmation takes focus and Escape returns it, sending nothing', async () => {
    const { send } = await mount({ ok: true, value: { protocolId: northshire.id, label: LABEL } });
    const remove = button(/^Remove/);
    expect(remove.textContent).toBe(`Remove ${LABEL}`);
    expect(remove.getAttribute('aria-expanded')).toBe('false');

    await click(remove);
    const group = host.querySelector('[role="group"]') as HTMLElement;
    expect(document.activeElement).toBe(group);
    expect(group.getAttribute('aria-labelledby')).toBe('remove-protocol-question');
    expect(document.getElementById('remove-protocol-question')?.textContent).toBe(`Remove “${LABEL}”?`);
    expect(remove.getAttribute('aria-expanded')).toBe('true');

    await act(() => {
      group.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(host.querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement).toBe(button(/^Remove/));
    expect(send).not.toHaveBeenCalled();
  });

  test('confirmed: the message is sent, the list refreshed, the removal announced as status', async () => {
    const { send, onChanged } = await mount({ ok: true, value: { protocolId: northshire.id, label: LABEL } });
    await click(button(/^Remove/));
    await click(button('Yes, remove it'));
    await settle();
    expect(send).toHaveBeenCalledWith('protocols/remove', { protocolId: northshire.id });
    expect(onChanged).toHaveBeenCalledOnce();
    expect(host.querySelector('[role="status"]')?.textContent).toBe(`Removed “${LABEL}”.`);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    // The removed protocol's button goes with the refreshed list: focus waits on the list heading.
    expect(document.activeElement).toBe(host.querySelector('#imported-protocols-heading'));
  });

  test('refused: the background’s reason in an alert, focus back on Remove, nothing announced as done', async () => {
    const reason =
      '“N” cannot be removed: 1 stored challenge follows it (1 open, 0 closed). Nothing was removed.';
    await mount({ ok: false, error: { kind: 'conflict', message: reason } });
    await click(button(/^Remove/));
    await click(button('Yes, remove it'));
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(reason);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('');
    expect(document.activeElement).toBe(button(/^Remove/));
    expect(host.querySelector('[role="group"]')).toBeNull();
  });

  test('a policy protocol is listed without a Remove button', async () => {
    host = document.createElement('div');
    document.body.append(host);
    await act(() =>
      render(
        <MessengerContext.Provider value={vi.fn() as unknown as Messenger}>
          <ImportedProtocols
            imported={[northshire]}
            policyIds={[northshire.id]}
            onChanged={async () => undefined}
          />
        </MessengerContext.Provider>,
        host,
      ),
    );
    expect(host.querySelectorAll('button')).toHaveLength(0);
    expect(host.textContent).toContain('Installed by your organisation');
  });
});
