import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ChallengeEvent, ChallengeState } from '@/lib/challenge';
import { fillRecordingTool } from '@/lib/drafts';
import type { Protocol } from '@/lib/protocols';
import { sendMessage } from '@/lib/messaging/send';
import type { Settings } from '@/lib/settings/settings-schema';
import { PartnershipReport } from '@/components/drafts/PartnershipReport';
import { RecordingToolForm } from '@/components/drafts/RecordingToolForm';

interface Loaded {
  events: ChallengeEvent[];
  state: ChallengeState;
  now: string;
  settings: Settings;
  protocol: Protocol | undefined;
}

/** `records.html#challenge=<id>`: the one challenge this page is about, or null for any other fragment. */
export function challengeIdFromHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('challenge');
  return id !== null && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

async function loadRecords(challengeId: string): Promise<Loaded | string> {
  const [challenge, settings, protocols] = await Promise.all([
    sendMessage('challenge/get', { challengeId }),
    sendMessage('settings/get', {}),
    sendMessage('protocols/list', {}),
  ]);
  if (!challenge.ok) return challenge.error.message;
  if (!settings.ok) return settings.error.message;
  if (!protocols.ok) return protocols.error.message;
  const { events, state, now } = challenge.value;
  const protocol = protocols.value.protocols.find((candidate) => candidate.id === state.protocolId);
  return { events, state, now, settings: settings.value.settings, protocol };
}

/** The recording tool and the partnership report for one challenge, to edit, print or save as PDF. */
export function RecordsApp() {
  const [challengeId] = useState(() => challengeIdFromHash(location.hash));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(
    challengeId === null
      ? 'This page needs a challenge: open it from a challenge’s “Records” section.'
      : null,
  );
  // Bumped on reload so the forms start again from the refreshed history.
  const [version, setVersion] = useState(0);

  const load = useCallback(() => {
    if (challengeId === null) return;
    void loadRecords(challengeId).then((result) => {
      if (typeof result === 'string') setError(result);
      else {
        setLoaded(result);
        setError(null);
      }
    });
  }, [challengeId]);
  useEffect(load, [load]);

  const { state, protocol } = loaded ?? {};
  useEffect(() => {
    if (state) document.title = `Records: case ${state.caseReference}`;
  }, [state]);

  return (
    <main class="page records" aria-labelledby="records-title">
      <header class="records__header">
        <h1 id="records-title">Recording tool and partnership report</h1>
        {state && (
          <p class="records__case">
            Case {state.caseReference}, Stage {state.currentStage}
            {protocol ? ` of ${protocol.name}` : ''}
          </p>
        )}
        <button type="button" class="button no-print" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!loaded && !error && <p aria-live="polite">Loading the challenge…</p>}
      {loaded && !protocol && (
        <p role="alert" class="error">
          The protocol this challenge follows ({loaded.state.protocolId}) is not installed. Import it on the
          settings page, then reload this page.
        </p>
      )}
      {loaded && protocol && (
        <div key={version}>
          {protocol.recordingTool ? (
            <RecordingToolForm
              protocol={protocol}
              entries={fillRecordingTool(protocol, loaded.events, loaded.state, loaded.settings)}
            />
          ) : (
            <section class="panel" aria-labelledby="no-tool-heading">
              <h2 id="no-tool-heading">No recording tool</h2>
              <p>
                {protocol.name} has no recording form of its own. Keep the record in your agency’s system and
                use the partnership report below when the partnership must be told.
              </p>
            </section>
          )}
          <PartnershipReport
            challengeId={loaded.state.challengeId}
            protocol={protocol}
            events={loaded.events}
            state={loaded.state}
            settings={loaded.settings}
            now={new Date(loaded.now)}
            onChanged={() => {
              setVersion((v) => v + 1);
              load();
            }}
          />
        </div>
      )}
    </main>
  );
}
