import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
// Types only: the popup's first load carries no zod, calendar or protocol code (the background sends
// each challenge's stage title and standing).
import type { ResponseOf } from '@/lib/messaging/catalogue';
import { sendMessage } from '@/lib/messaging/send';
import { OpenChallengeItem } from '@/components/dashboard/OpenChallengeItem';
import { dashboardPath } from '@/components/dashboard/dashboard-route';
import { ThisPageSection } from './ThisPageSection';

/** How many open challenges the popup lists; the dashboard has the rest. */
const POPUP_LIMIT = 50;

type Loaded = ResponseOf<'challenge/open-soonest'>;

async function loadPopup(): Promise<Loaded | string> {
  const open = await sendMessage('challenge/open-soonest', { limit: POPUP_LIMIT });
  return open.ok ? open.value : open.error.message;
}

async function openDashboard(challengeId?: string) {
  await browser.tabs.create({ url: browser.runtime.getURL(dashboardPath(challengeId)) });
  window.close();
}

/** The toolbar popup: this page's access, the open challenges by deadline, and the way to the rest. */
export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void loadPopup().then(setLoaded), []);

  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">Challenge Companion</h1>
      <p role="status" class="popup__status">
        {status}
      </p>
      <ThisPageSection onStatus={setStatus} />
      <section aria-labelledby="open-heading" class="popup__section">
        <h2 id="open-heading">Open challenges</h2>
        {loaded === null && <p>Loading…</p>}
        {typeof loaded === 'string' && (
          <p role="alert" class="error">
            {loaded}
          </p>
        )}
        {loaded !== null && typeof loaded !== 'string' && loaded.items.length === 0 && (
          <p>No open challenges. Start one from a case page, or by hand from the dashboard.</p>
        )}
        {loaded !== null && typeof loaded !== 'string' && loaded.items.length > 0 && (
          <>
            <p class="hint">Soonest deadline first.</p>
            <ul class="popup-challenges" aria-labelledby="open-heading">
              {loaded.items.map((challenge) => (
                <OpenChallengeItem
                  key={challenge.challengeId}
                  challenge={challenge}
                  href={browser.runtime.getURL(dashboardPath(challenge.challengeId))}
                  onOpen={(id) => void openDashboard(id)}
                />
              ))}
            </ul>
            {loaded.more && <p class="hint">More open challenges are in the dashboard.</p>}
          </>
        )}
      </section>
      <div class="popup__footer">
        <button type="button" class="button" onClick={() => void openDashboard()}>
          Open all challenges
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          Settings
        </button>
      </div>
    </main>
  );
}
