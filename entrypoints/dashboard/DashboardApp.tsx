import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ResponseOf } from '@/lib/messaging/catalogue';
import type { SelectionCapture } from '@/lib/messaging/page-schemas';
import { sendMessage } from '@/lib/messaging/send';
import { ChallengeView } from '@/components/ChallengeView';
import { NewChallengeForm } from '@/components/NewChallengeForm';
import { ManualStart } from '@/components/dashboard/ManualStart';
import {
  dashboardHash,
  parseDashboardHash,
  type DashboardRoute,
} from '@/components/dashboard/dashboard-route';
import { ChallengeListView } from './ChallengeListView';
import { useDeadlineAnnouncer } from './use-deadline-announcer';
import { UnlockForm } from '@/components/UnlockForm';

interface Loaded {
  settings: ResponseOf<'settings/get'>['settings'];
  protocols: ResponseOf<'protocols/list'>['protocols'];
  now: Date;
}

async function loadDashboard(): Promise<Loaded | string> {
  const [settings, protocols, clock] = await Promise.all([
    sendMessage('settings/get', {}),
    sendMessage('protocols/list', {}),
    // The background's clock, which "overdue" is measured against (one row: the cheapest read).
    sendMessage('challenge/list', { limit: 1 }),
  ]);
  if (!settings.ok) return settings.error.message;
  if (!protocols.ok) return protocols.error.message;
  if (!clock.ok) return clock.error.message;
  return {
    settings: settings.value.settings,
    protocols: protocols.value.protocols,
    now: new Date(clock.value.now),
  };
}

function go(route: DashboardRoute) {
  const hash = dashboardHash(route);
  if (hash === '') history.pushState(null, '', location.pathname);
  else location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The dashboard: all challenges, one challenge, or a challenge started by hand, by the address's hash. */
export function DashboardApp() {
  const [loaded, setLoaded] = useState<Loaded | string | null>(null);
  const [route, setRoute] = useState<DashboardRoute>(
    () => parseDashboardHash(location.hash) ?? { view: 'list' },
  );
  const [capture, setCapture] = useState<SelectionCapture | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const view = useRef<HTMLDivElement>(null);
  const firstRoute = useRef(true);

  const announce = useCallback((message: string) => setAnnouncement(message), []);
  useDeadlineAnnouncer(view, announce, route.view === 'challenge');

  const [locked, setLocked] = useState(false);
  useEffect(() => void loadDashboard().then(setLoaded), []);
  useEffect(() => {
    void sendMessage('lock/status', {}).then((reply) => setLocked(reply.ok && reply.value.locked));
  }, []);
  useEffect(() => {
    const onHash = () => {
      const next = parseDashboardHash(location.hash);
      if (next) setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (route.view !== 'new') setCapture(null);
    // Keyboard and screen-reader users start at the top of the new view, not where the link was.
    if (!firstRoute.current) view.current?.focus();
    firstRoute.current = false;
  }, [route]);

  return (
    <>
      <header class="dashboard__header">
        <div class="dashboard__bar">
          <h1>Challenge Companion</h1>
          <nav aria-label="Dashboard">
            <a
              href="dashboard.html"
              onClick={(event) => {
                event.preventDefault();
                go({ view: 'list' });
              }}
            >
              All challenges
            </a>
            <button type="button" class="button" onClick={() => go({ view: 'new' })}>
              Start a challenge by hand
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => void browser.runtime.openOptionsPage()}
            >
              Settings
            </button>
          </nav>
        </div>
      </header>
      <div role="status" aria-live="polite" class="visually-hidden" data-testid="announcer">
        {announcement}
      </div>
      <main class="page dashboard" aria-label="Challenges">
        {locked && <UnlockForm onUnlocked={() => setLocked(false)} />}
        {loaded === null && <p>Loading…</p>}
        {typeof loaded === 'string' && (
          <p role="alert" class="error">
            {loaded}
          </p>
        )}
        <div ref={view} tabIndex={-1} class="dashboard__view">
          {!locked && loaded !== null && typeof loaded !== 'string' && (
            <>
              {route.view === 'list' && (
                <ChallengeListView
                  protocols={loaded.protocols}
                  nation={loaded.settings.nation}
                  now={loaded.now}
                  announce={announce}
                />
              )}
              {route.view === 'challenge' && (
                <ChallengeView
                  key={route.challengeId}
                  challengeId={route.challengeId}
                  protocols={loaded.protocols}
                  onBack={() => go({ view: 'list' })}
                  backLabel="Back to all challenges"
                />
              )}
              {route.view === 'new' && !capture && <ManualStart onContinue={setCapture} />}
              {route.view === 'new' && capture && (
                <NewChallengeForm
                  capture={capture}
                  detected={capture.detectedCase}
                  settings={loaded.settings}
                  protocols={loaded.protocols}
                  onOpened={(challengeId) => {
                    announce(`Challenge opened on ${capture.detectedCase?.caseReference ?? 'the case'}.`);
                    go({ view: 'challenge', challengeId });
                  }}
                />
              )}
            </>
          )}
        </div>
      </main>
    </>
  );
}
