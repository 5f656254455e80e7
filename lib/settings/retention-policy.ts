import { addDays, addMonths } from 'date-fns';

/**
 * Retention of closed challenges. A challenge that is resolved or withdrawn is deleted `retentionMonths`
 * after its last change; WARNING_DAYS before that the practitioner is warned (once) so they can export a
 * backup first. Open challenges are never purged, whatever their age.
 */
export const RETENTION_WARNING_DAYS = 14;

export interface ClosedChallenge {
  challengeId: string;
  status: string;
  lastChangeAt: string;
}

export interface RetentionPlan {
  /** Closed challenges past their retention period: delete now. */
  purgeNow: string[];
  /** Closed challenges that will be past it within the warning period. */
  dueSoon: string[];
  /** Each candidate's retention end (ISO), for telling the practitioner when. */
  dueOn: Record<string, string>;
}

const CLOSED = new Set(['resolved', 'withdrawn']);

/** When one closed challenge falls due for deletion. */
export function purgeDate(lastChangeAt: string, retentionMonths: number): Date {
  return addMonths(new Date(lastChangeAt), retentionMonths);
}

/** Which challenges to delete now and which to warn about. retentionMonths 0 keeps everything. */
export function planRetention(
  challenges: readonly ClosedChallenge[],
  retentionMonths: number,
  now: Date,
): RetentionPlan {
  const plan: RetentionPlan = { purgeNow: [], dueSoon: [], dueOn: {} };
  if (!Number.isInteger(retentionMonths) || retentionMonths <= 0) return plan;
  const warnUntil = addDays(now, RETENTION_WARNING_DAYS);
  for (const challenge of challenges) {
    if (!CLOSED.has(challenge.status)) continue;
    const due = purgeDate(challenge.lastChangeAt, retentionMonths);
    if (Number.isNaN(due.getTime())) continue;
    if (due <= now) plan.purgeNow.push(challenge.challengeId);
    else if (due <= warnUntil) plan.dueSoon.push(challenge.challengeId);
    else continue;
    plan.dueOn[challenge.challengeId] = due.toISOString();
  }
  return plan;
}

/** Challenge id → ISO instant the practitioner was first warned it would be deleted. */
export type WarnedAt = Record<string, string>;

export interface RetentionDecision {
  /** Delete these now: past their date, and warned at least RETENTION_WARNING_DAYS ago. */
  purge: string[];
  /** Not warned about before: show the (content-free) warning now. */
  newlyWarned: string[];
  /** The warning record to keep (ids no longer due are forgotten). */
  warned: WarnedAt;
  /** How many challenges are waiting to be deleted, and when the first of them will be. */
  pending: number;
  purgeOn: string | null;
}

/**
 * Deletion waits until the practitioner has had the warning for the whole period, even when a challenge
 * is already past its date: a newly set short period, or a browser left closed for months, must not
 * delete anything without notice and a chance to export.
 */
export function decideRetention(plan: RetentionPlan, warnedBefore: WarnedAt, now: Date): RetentionDecision {
  const candidates = [...plan.purgeNow, ...plan.dueSoon];
  const warned: WarnedAt = {};
  const newlyWarned: string[] = [];
  for (const id of candidates) {
    const at = warnedBefore[id];
    if (at === undefined) newlyWarned.push(id);
    warned[id] = at ?? now.toISOString();
  }
  const safeAfter = (id: string) =>
    addDays(new Date(warned[id] ?? now.toISOString()), RETENTION_WARNING_DAYS);
  const purge = plan.purgeNow.filter((id) => safeAfter(id) <= now);
  for (const id of purge) delete warned[id];
  const remaining = Object.keys(warned);
  let purgeOn: Date | null = null;
  for (const id of remaining) {
    const due = new Date(plan.dueOn[id] ?? now.toISOString());
    const allowed = safeAfter(id);
    const when = due > allowed ? due : allowed;
    if (!purgeOn || when < purgeOn) purgeOn = when;
  }
  return {
    purge,
    newlyWarned,
    warned,
    pending: remaining.length,
    purgeOn: purgeOn ? purgeOn.toISOString() : null,
  };
}
