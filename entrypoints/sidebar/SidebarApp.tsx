import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '@/lib/messaging/catalogue';
import { sendMessage } from '@/lib/messaging/send';

type SidebarContext = ResponseOf<'sidebar/get-context'>;

export function SidebarApp() {
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage('sidebar/get-context', {}).then((reply) => {
      if (reply.ok) setContext(reply.value);
      else setError(reply.error.message);
    });
  }, []);

  const detected = context?.page?.detectedCase;
  return (
    <main class="sidebar" aria-labelledby="sidebar-title">
      <header class="sidebar__header">
        <h1 id="sidebar-title">Professional challenge</h1>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!context && !error && <p aria-live="polite">Loading…</p>}
      {context && (
        <section aria-labelledby="case-heading">
          <h2 id="case-heading">This case</h2>
          {detected ? (
            <dl class="facts">
              <dt>Case reference</dt>
              <dd data-testid="case-reference">{detected.caseReference}</dd>
              {detected.decision && (
                <>
                  <dt>Decision on screen</dt>
                  <dd>{detected.decision}</dd>
                </>
              )}
            </dl>
          ) : (
            <p>No case reference was found on this page.</p>
          )}
        </section>
      )}
    </main>
  );
}
