import { appendEvent, stampEvent, type ChallengeEvent, type NewChallengeEvent } from '../../../lib/challenge';
import { appendEvents, createChallengeStoreDeps, type ChallengeDatabase } from '../../../lib/store';
import { BUILT_IN_IDS, builtIn, opened, step, uuidFrom } from '../drafts/draft-fixtures';

/** A small seeded generator (mulberry32), so the generated store is the same on every run. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

const HOUR = 60 * 60 * 1000;

/**
 * One challenge's history as a practitioner's years might hold it: opened on some day of 2024–2026 in
 * England and Wales or Scotland, then a random walk of contacts, escalations, timeframes, meetings,
 * reports to the partnership, resolutions, withdrawals and reopenings, each accepted by the rules (a step
 * the rules refuse is skipped, as the sidebar would not offer it).
 */
export function generatedHistory(n: number, seed = 1): ChallengeEvent[] {
  const random = randomFrom(seed * 100_003 + n);
  const protocol = builtIn(random.pick(BUILT_IN_IDS));
  const area = random.pick(protocol.areasOfDisagreement).id;
  let at = Date.parse('2024-01-02T09:00:00Z') + random.below(3 * 365 * 24) * HOUR;
  const drafts: NewChallengeEvent[] = [
    opened(protocol, {
      caseReference: `GEN-${n}`,
      areaOfDisagreement: area,
      nation: random.pick(['england-and-wales', 'scotland'] as const),
    }),
  ];
  const steps = random.below(12);
  let events: ChallengeEvent[] = [];
  let stage = 1;
  const add = (draft: NewChallengeEvent) => {
    const next = stampEvent(draft, {
      id: uuidFrom(n * 1000 + events.length + 1),
      challengeId: uuidFrom(n),
      seq: events.length,
      at: new Date(at).toISOString(),
    }) as ChallengeEvent;
    const result = appendEvent(events, next, protocol);
    if (result.ok) events = result.events;
    return result.ok;
  };
  add(drafts[0]!);
  for (let index = 0; index < steps; index += 1) {
    at += (1 + random.below(96)) * HOUR;
    const roll = random.below(10);
    if (roll < 3) add(step.contact({ occurredAt: new Date(at - HOUR).toISOString() }));
    else if (roll < 5) {
      if (add(step.escalate(stage + 1))) stage += 1;
      add(step.timeframe(stage, 1 + random.below(5)));
    } else if (roll === 5) add(step.partnership(stage));
    else if (roll === 6)
      add(step.resolve(stage, { professionalsSatisfied: random.pick(['yes', 'partly', 'no'] as const) }));
    else if (roll === 7) add(step.withdraw());
    else if (roll === 8) add(step.reopen());
    else add(step.meeting({ heldAt: new Date(at - HOUR).toISOString() }));
  }
  return events;
}

/** Stores `count` generated challenges through the store's own append, each in one write. */
export async function seedGeneratedStore(db: ChallengeDatabase, count: number, seed = 1): Promise<number> {
  const deps = createChallengeStoreDeps({ now: new Date('2026-06-01T12:00:00Z') });
  let events = 0;
  for (let n = 1; n <= count; n += 1) {
    const history = generatedHistory(n, seed);
    const stored = await appendEvents(db, history[0]!.challengeId, -1, history, deps);
    if (!stored.ok) throw new Error(`challenge ${n}: ${stored.error.message}`);
    events += history.length;
  }
  return events;
}
