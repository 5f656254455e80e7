import type { DeadlineState } from '@/lib/calendar';

const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Deadlines are working-day deadlines in England, Wales and Scotland: always shown in UK time. */
export function formatLondon(iso: string): string {
  return londonFormat.format(new Date(iso));
}

/** "Due Mon 5 May 2025, 17:00 — 2 working days left", with due-soon and overdue said in words. */
export function deadlineWording(
  deadline: string,
  state: DeadlineState | null,
  workingDaysLeft: number | null,
): string {
  const when = formatLondon(deadline);
  if (state === 'overdue') return `Overdue: was due ${when}`;
  const left =
    workingDaysLeft === null
      ? ''
      : workingDaysLeft === 0
        ? ' — due today'
        : ` — ${workingDaysLeft} working day${workingDaysLeft === 1 ? '' : 's'} left`;
  return `${state === 'due-soon' ? 'Due soon: ' : 'Due '}${when}${left}`;
}
