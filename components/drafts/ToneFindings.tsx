import type { ToneFinding } from '@/lib/drafts';

/**
 * The tone check's findings under a draft. Guidance only (the briefings' qualities of good challenge): it
 * never blocks a way out. role=status so a change is announced without taking focus.
 */
export function ToneFindings({ id, findings }: { id: string; findings: readonly ToneFinding[] }) {
  return (
    <div id={id} class="tone-findings" role="status">
      {findings.length === 0 ? (
        <p>Tone check: calm, factual and focused on the child or adult. Nothing to suggest.</p>
      ) : (
        <>
          <p>
            Tone check: {findings.length === 1 ? 'one suggestion' : `${findings.length} suggestions`} (you can
            send it as it is).
          </p>
          <ul>
            {findings.map((finding) => (
              <li key={`${finding.category}-${finding.start}-${finding.end}`}>
                {finding.scope === 'span' && <q class="tone-findings__words">{finding.text}</q>}{' '}
                {finding.suggestion}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
