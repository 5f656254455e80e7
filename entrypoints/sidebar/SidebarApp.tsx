import { lazy, Suspense } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '@/lib/messaging/catalogue';
import { sendMessage } from '@/lib/messaging/send';
import { ChallengeList } from '@/components/ChallengeList';
import { NewChallengeForm } from '@/components/NewChallengeForm';
import { watchForCovering } from './covering-guard';
import { QuickHideButton } from './QuickHideButton';

// Loaded when first needed, not when the sidebar opens: an open challenge brings the drafts, reports and
// protocol code, and the unlock form the crypto messages (docs/PERFORMANCE.md, "Click → sidebar").
const importChallengeView = () => import('@/components/ChallengeView');
const ChallengeView = lazy(() => importChallengeView().then((m) => m.ChallengeView));
const UnlockForm = lazy(() => import('@/components/UnlockForm').then((m) => m.UnlockForm));
const loadingText = <p aria-live="polite">Loading…</p>;

type SidebarContext = ResponseOf<'sidebar/get-context'>;
type Settings = ResponseOf<'settings/get'>['settings'];
type Protocols = ResponseOf<'protocols/list'>['protocols'];

interface Loaded {
  context: SidebarContext;
  settings: Settings;
  protocols: Protocols;
}

async function loadEverything(): Promise<Loaded | string> {
  const [context, settings, protocols] = await Promise.all([
    sendMessage('sidebar/get-context', {}),
    sendMessage('settings/get', {}),
    sendMessage('protocols/list', {}),
  ]);
  if (!context.ok) return context.error.message;
  if (!settings.ok) return settings.error.message;
  if (!protocols.ok) return protocols.error.message;
  return { context: context.value, settings: settings.value.settings, protocols: protocols.value.protocols };
}

export function SidebarApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openChallenge, setOpenChallenge] = useState<string | null>(null);
  // Bumped after a challenge is opened so the list is fetched again.
  const [listVersion, setListVersion] = useState(0);
  const [locked, setLocked] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [covered, setCovered] = useState(false);
  // Read by the click guard at event time, so it follows the observer at once, not after a re-render.
  const coveredNow = useRef(false);
  useEffect(() => {
    // A still, frame-sized sentinel: its visibility is the frame's, whatever the sidebar scrolls to.
    const sentinel = document.createElement('div');
    sentinel.setAttribute('aria-hidden', 'true');
    sentinel.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;pointer-events:none;visibility:visible';
    document.body.append(sentinel);
    const stop = watchForCovering(sentinel, (isCovered) => {
      coveredNow.current = isCovered;
      setCovered(isCovered);
    });
    return () => {
      stop();
      sentinel.remove();
    };
  }, []);
  useEffect(() => {
    // While covered, every click and key press is dropped before any control sees it.
    const refuse = (event: Event) => {
      if (!coveredNow.current) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    for (const type of ['click', 'pointerdown', 'mousedown', 'keydown'])
      window.addEventListener(type, refuse, true);
    return () => {
      for (const type of ['click', 'pointerdown', 'mousedown', 'keydown']) {
        window.removeEventListener(type, refuse, true);
      }
    };
  }, []);
  const toggleCollapsed = (next: boolean) => {
    setCollapsed(next);
    void sendMessage('sidebar/set-collapsed', { collapsed: next });
  };

  useEffect(() => {
    // Once the sidebar is idle, fetch the challenge view so opening a challenge does not wait for it.
    const idle = requestIdleCallback(() => void importChallengeView(), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  useEffect(() => {
    void sendMessage('lock/status', {}).then((reply) => setLocked(reply.ok && reply.value.locked));
    void loadEverything().then((result) => {
      if (typeof result === 'string') setError(result);
      else setLoaded(result);
    });
  }, []);

  const context = locked ? undefined : loaded?.context;
  const detected = context?.page?.detectedCase ?? context?.capture?.detectedCase ?? null;
  if (collapsed) {
    return (
      <main class="sidebar sidebar--collapsed" aria-label="Professional challenge">
        <button
          type="button"
          class="sidebar__expand"
          aria-expanded="false"
          aria-label="Expand the Professional challenge sidebar"
          onClick={() => toggleCollapsed(false)}
        >
          Expand
        </button>
      </main>
    );
  }
  return (
    <main class="sidebar" aria-label="Professional challenge">
      {covered && (
        <p role="alert" class="error sidebar__covered" data-testid="covered-warning">
          Something on the page is covering Challenge Companion, so it is not accepting clicks.
        </p>
      )}
      <header class="sidebar__header">
        <h1 id="sidebar-title">Professional challenge</h1>
        <button
          type="button"
          class="button button--secondary"
          aria-expanded="true"
          aria-label="Collapse the sidebar"
          onClick={() => toggleCollapsed(true)}
        >
          Collapse
        </button>
        <button
          type="button"
          class="button button--secondary sidebar__close"
          onClick={() => void sendMessage('sidebar/close', {})}
        >
          Close
        </button>
        <QuickHideButton />
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {locked && (
        <Suspense fallback={loadingText}>
          <UnlockForm
            onUnlocked={() => {
              setLocked(false);
              setListVersion((v) => v + 1);
            }}
          />
        </Suspense>
      )}
      {!loaded && !error && <p aria-live="polite">Loading…</p>}
      {loaded && context && (
        <section aria-labelledby="case-heading">
          <h2 id="case-heading">This case</h2>
          {detected ? (
            <>
              <dl class="facts">
                <dt>Case reference</dt>
                <dd data-testid="case-reference">{detected.caseReference}</dd>
              </dl>
              {!openChallenge && (
                <ChallengeList
                  key={listVersion}
                  caseReference={detected.caseReference}
                  highlightsFound={context.highlightsFound}
                  onOpen={setOpenChallenge}
                />
              )}
            </>
          ) : (
            <p>No case reference was found on this page.</p>
          )}
        </section>
      )}
      {loaded && !locked && openChallenge && (
        <Suspense fallback={loadingText}>
          <ChallengeView
            challengeId={openChallenge}
            protocols={loaded.protocols}
            onBack={() => {
              setOpenChallenge(null);
              setListVersion((v) => v + 1);
            }}
          />
        </Suspense>
      )}
      {loaded && context && !openChallenge && (
        <NewChallengeForm
          capture={context.capture}
          detected={detected}
          settings={loaded.settings}
          protocols={loaded.protocols}
          onOpened={(challengeId) => {
            // The background forgot the captured quote (it is used); "Back" offers an empty form.
            setLoaded((current) => current && { ...current, context: { ...current.context, capture: null } });
            setListVersion((v) => v + 1);
            setOpenChallenge(challengeId);
          }}
        />
      )}
    </main>
  );
}
