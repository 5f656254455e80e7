import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Nation } from '@/lib/calendar';
import type { Protocol } from '@/lib/protocols';
import { sendMessage } from '@/lib/messaging/send';
import { OpenChallengeItem } from '@/components/dashboard/OpenChallengeItem';
import { dashboardPath } from '@/components/dashboard/dashboard-route';
import { loadOpenChallenges, type OpenChallenges } from './open-challenges';
import { ThisPageSection } from './ThisPageSection';

interface Loaded extends OpenChallenges {
  protocols: Protocol[];
  nation: Nation;
}

async function loadPopup(): Promise<Loaded | string> {
  const [open, settings, protocols] = await Promise.all([
    loadOpenChallenges(),
    sendMessage('settings/get', {}),
    sendMessage('protocols/list', {}),
  ]);
  if (!open.ok) return open.error.message;
  if (!settings.ok) return settings.error.message;
  if (!protocols.ok) return protocols.error.message;
  return { ...open.value, protocols: protocols.value.protocols, nation: settings.value.settings.nation };
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
              {loaded.items.map((summary) => (
                <OpenChallengeItem
                  key={summary.challengeId}
                  summary={summary}
                  protocols={loaded.protocols}
                  now={new Date(loaded.now)}
                  nation={loaded.nation}
                  href={browser.runtime.getURL(dashboardPath(summary.challengeId))}
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
