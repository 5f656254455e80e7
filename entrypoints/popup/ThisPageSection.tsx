import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/send';
import { isSitePermitted, notPermittedMessage } from '@/lib/settings/permitted-sites';

type PageAccess =
  | { kind: 'loading' }
  | { kind: 'not-a-case-site' }
  | { kind: 'not-granted'; tabId: number; origin: string; host: string }
  | { kind: 'granted'; tabId: number; host: string };

async function readPageAccess(): Promise<PageAccess> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url || !/^https?:\/\//.test(tab.url)) return { kind: 'not-a-case-site' };
  const { origin, host } = new URL(tab.url);
  const granted = await browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
  return granted
    ? { kind: 'granted', tabId: tab.id, host }
    : { kind: 'not-granted', tabId: tab.id, origin, host };
}

/** The active tab: allow the extension on its site, or open the sidebar there. */
export function ThisPageSection({ onStatus }: { onStatus: (message: string) => void }) {
  const [access, setAccess] = useState<PageAccess>({ kind: 'loading' });
  // Read before any click: the permission request must stay inside the click's user gesture.
  const [permittedSites, setPermittedSites] = useState<string[] | null>(null);
  useEffect(() => void readPageAccess().then(setAccess), []);
  useEffect(() => {
    void sendMessage('policy/get', {}).then(
      (reply) => reply.ok && setPermittedSites(reply.value.permittedSites),
    );
  }, []);

  const allow = async (origin: string) => {
    // The request must run inside the click: browsers refuse permission prompts outside a user gesture.
    const pattern = `${origin}/*`;
    if (!isSitePermitted(pattern, permittedSites)) return onStatus(notPermittedMessage(permittedSites ?? []));
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) return onStatus('The browser did not allow the site; nothing changed.');
    await sendMessage('sites/changed', { grantedOrigins: [pattern] });
    onStatus(`Allowed on ${new URL(origin).host}.`);
    setAccess(await readPageAccess());
  };

  const openSidebar = async (tabId: number) => {
    const reply = await sendMessage('sidebar/open-in-tab', { tabId });
    if (reply.ok && reply.value.opened) window.close();
    else onStatus('The sidebar could not open on this page. Reload the page and try again.');
  };

  return (
    <section aria-labelledby="this-page-heading" class="popup__section">
      <h2 id="this-page-heading">This page</h2>
      {access.kind === 'loading' && <p>Checking this page…</p>}
      {access.kind === 'not-a-case-site' && (
        <p class="hint">Open a case record in your case-management system to challenge a decision on it.</p>
      )}
      {access.kind === 'not-granted' && (
        <>
          <p class="hint">Challenge Companion cannot read this site until you allow it.</p>
          <button type="button" class="button" onClick={() => void allow(access.origin)}>
            Allow Challenge Companion on {access.host}
          </button>
        </>
      )}
      {access.kind === 'granted' && (
        <button type="button" class="button" onClick={() => void openSidebar(access.tabId)}>
          Open the sidebar on this page
        </button>
      )}
    </section>
  );
}
