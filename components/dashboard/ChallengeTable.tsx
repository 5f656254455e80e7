import type { Nation } from '@/lib/calendar';
import type { ChallengeSummary } from '@/lib/challenge';
import type { Protocol } from '@/lib/protocols';
import { deadlineWording, formatLondon } from '../deadline-wording';
import { dashboardHash } from './dashboard-route';
import { areaLabel, stageLabel, summaryDeadline } from './summary-deadline';

interface Props {
  items: readonly ChallengeSummary[];
  caption: string;
  protocols: readonly Protocol[];
  now: Date;
  nation: Nation;
}

const STATUS: Record<ChallengeSummary['status'], string> = {
  open: 'Open',
  resolved: 'Resolved',
  withdrawn: 'Withdrawn',
};

/** One page of challenges. Each case reference is a link to the challenge (a hash route on this page). */
export function ChallengeTable({ items, caption, protocols, now, nation }: Props) {
  return (
    <div class="table-scroll">
      <table class="challenge-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Case reference</th>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Deadline</th>
            <th scope="col">Area of disagreement</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const due = summaryDeadline(item, now, nation);
            return (
              <tr key={item.challengeId}>
                <th scope="row">
                  <a href={dashboardHash({ view: 'challenge', challengeId: item.challengeId })}>
                    {item.caseReference || 'No case reference'}
                  </a>
                  {item.immediateRisk && <span class="tag tag--risk">Immediate risk</span>}
                </th>
                <td>{stageLabel(item, protocols)}</td>
                <td>
                  {STATUS[item.status]}
                  {item.resolvedAtStage !== null && ` at Stage ${item.resolvedAtStage}`}
                </td>
                <td class={due ? `deadline--${due.state}` : undefined}>
                  {due ? deadlineWording(due.deadline, due.state, due.workingDaysLeft) : '—'}
                </td>
                <td>{areaLabel(item.areaOfDisagreement, protocols)}</td>
                <td>
                  <time dateTime={item.lastChangeAt}>{formatLondon(item.lastChangeAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
