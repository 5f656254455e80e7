import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/**
 * Browsers let only the person change an extension's shortcut, on their own page: this shows the
 * current one and how to get there (an extension may open chrome:// pages in Chrome and Edge, not Firefox).
 * It lives with the options entrypoint, not in components/, because it asks the browser itself.
 */
export function ShortcutSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [openError, setOpenError] = useState('');

  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .filter((command) => command.name && command.name !== '_execute_action')
            .map((command) => ({
              name: command.name ?? '',
              description: command.description ?? command.name ?? '',
              shortcut: command.shortcut ?? '',
            })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);

  const openShortcuts = async () => {
    setOpenError('');
    try {
      await browser.tabs.create({ url: SHORTCUTS_PAGE });
    } catch {
      setOpenError('Your browser did not open its shortcuts page. Follow the steps below instead.');
    }
  };

  return (
    <section id="shortcut" aria-labelledby="shortcut-heading" class="card">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>Select a decision on a case page, then press the shortcut to start a challenge about it.</p>
      {shortcuts === null ? (
        <p>Reading your shortcuts…</p>
      ) : shortcuts.length === 0 ? (
        <p>Your browser did not report any shortcuts.</p>
      ) : (
        <dl class="facts">
          {shortcuts.map((command) => (
            <div key={command.name} class="facts__row">
              <dt>{command.description}</dt>
              <dd data-testid={`shortcut-${command.name}`}>
                {command.shortcut ? <kbd>{command.shortcut}</kbd> : 'Not set: choose one as described below.'}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" class="button button--secondary" onClick={() => void openShortcuts()}>
        Change the shortcut
      </button>
      {openError && (
        <p role="alert" class="error">
          {openError}
        </p>
      )}
      <h3>Changing it yourself</h3>
      <ul>
        <li>
          Chrome: go to <code>chrome://extensions/shortcuts</code> and find Challenge Companion.
        </li>
        <li>
          Microsoft Edge: go to <code>edge://extensions/shortcuts</code>.
        </li>
        <li>
          Firefox: go to <code>about:addons</code>, choose the cog button, then Manage Extension Shortcuts.
        </li>
      </ul>
    </section>
  );
}
