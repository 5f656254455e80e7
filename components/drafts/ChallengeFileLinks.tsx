import { useState } from 'preact/hooks';
import type { ChallengeState } from '@/lib/challenge';
import { icsForChallenges } from '@/lib/reports';
import { useExtensionUrl } from '../browser-services';
import { downloadText } from './file-download';

/**
 * The records page for one challenge, as an extension path. The link needs it absolute (the entrypoint's
 * `ExtensionUrl`, components/browser-services.ts): inside the in-page sidebar the frame's own address is a
 * per-session dynamic one, from which a relative link would not reach records.html.
 */
export function recordsPath(challengeId: string): `/records.html${string}` {
  return `/records.html#challenge=${encodeURIComponent(challengeId)}`;
}

/**
 * Links out of one challenge: its recording tool and partnership report on a full page (printable), and
 * the current stage's deadline for the practitioner's own calendar.
 */
export function ChallengeFileLinks({ state, now }: { state: ChallengeState; now: Date }) {
  const extensionUrl = useExtensionUrl();
  const [problem, setProblem] = useState<string | null>(null);
  const hasDeadline = state.status === 'open' && state.deadline !== null;

  function downloadDeadline() {
    try {
      const text = icsForChallenges([{ state }], { now });
      const safe = state.caseReference.replace(/[^A-Za-z0-9-]+/g, '-') || 'case';
      downloadText(`challenge-${safe}-stage-${state.currentStage}-deadline.ics`, text, 'text/calendar');
      setProblem(null);
    } catch (error) {
      setProblem(`The calendar file was not made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section aria-labelledby="records-links-heading">
      <h2 id="records-links-heading">Records</h2>
      <ul class="records-links">
        <li>
          <a href={extensionUrl(recordsPath(state.challengeId))} target="_blank" rel="noopener">
            Recording tool and partnership report
          </a>{' '}
          <span class="hint">(opens in a new tab)</span>
        </li>
        {hasDeadline && (
          <li>
            <button type="button" class="link-button" onClick={downloadDeadline}>
              Add deadline to calendar (.ics)
            </button>
          </li>
        )}
      </ul>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </section>
  );
}
