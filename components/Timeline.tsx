import type { ChallengeEvent } from '@/lib/challenge';
import { actionLine } from '@/lib/drafts';
import { formatLondon } from './deadline-wording';

const METHOD: Record<string, string> = {
  phone: 'by phone',
  video: 'by video call',
  'in-person': 'in person',
  email: 'by email',
  meeting: 'at a meeting',
};

/** One line of plain text per event: what happened, in the words a practitioner would use. */
export function describeEvent(event: ChallengeEvent): string {
  switch (event.type) {
    case 'opened':
      return `Challenge opened at Stage ${event.startingStage}: ${event.reason}`;
    case 'contact-logged':
      return `Spoke with ${event.withWhom.name} ${METHOD[event.method] ?? ''}: ${event.discussed}${event.agreed ? ` Agreed: ${event.agreed}` : ''}`;
    case 'note-added':
      return `Note: ${event.text}`;
    case 'timeframe-set':
      return `Timeframe for Stage ${event.stage} set to ${event.workingDays} working day${event.workingDays === 1 ? '' : 's'}${event.note ? ` (${event.note})` : ''}`;
    case 'escalated': {
      const risk = event.immediateRisk ? ' (child or adult now at immediate risk)' : '';
      const skip = event.skipReason ? ` Earlier stages skipped because: ${event.skipReason}` : '';
      return `Escalated to Stage ${event.toStage}${risk}: ${event.reason}${skip}`;
    }
    case 'meeting-recorded':
      return `Meeting recorded with ${event.attendees.map((person) => person.name).join(', ')}`;
    case 'partnership-informed':
      return `Partnership informed at Stage ${event.atStage} (${event.method})`;
    case 'email-drafted':
      return `Email drafted: ${event.subject ?? event.kind}`;
    case 'resolved':
      return `Resolved at Stage ${event.atStage} (professionals satisfied: ${event.professionalsSatisfied}): ${event.outcome}`;
    case 'withdrawn':
      return `Withdrawn: ${event.reason}`;
    case 'reopened':
      return `Reopened: ${event.reason}`;
  }
}

/** The actions agreed on a contact or at a meeting, each with who and by when, listed under its line. */
function agreedActionsOf(event: ChallengeEvent): string[] {
  const actions =
    event.type === 'contact-logged'
      ? event.actions
      : event.type === 'meeting-recorded'
        ? event.agreedActions
        : [];
  // Full names here: the timeline is the practitioner's own record, not something sent out.
  return actions.map((action) => actionLine(action, false));
}

export function Timeline({ events }: { events: readonly ChallengeEvent[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol class="timeline">
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.at}>{formatLondon(event.at)}</time>
            <p>{describeEvent(event)}</p>
            {agreedActionsOf(event).length > 0 && (
              <ul aria-label="Agreed actions">
                {agreedActionsOf(event).map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
