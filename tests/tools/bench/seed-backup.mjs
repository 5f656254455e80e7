// Builds a backup file (docs/backup-format.md) inside an extension page: shipping ~50 MB of JSON
// through Playwright would cost more than the import being measured. Self-contained, so that it can be
// passed to page.evaluate.

/**
 * @param {{ challenges: number; eventsPerChallenge: number; openEvery: number; nowIso: string }} options
 * Every `openEvery`-th challenge stays open (opened within the last 60 days, so many are overdue);
 * the rest end with `resolved`. Each has `eventsPerChallenge` events: opened, note-added…, [resolved].
 */
export function buildBackupText({ challenges, eventsPerChallenge, openEvery, nowIso }) {
  const now = Date.parse(nowIso);
  const day = 86_400_000;
  const iso = (ms) => new Date(ms).toISOString();
  const items = [];
  for (let c = 0; c < challenges; c += 1) {
    const challengeId = crypto.randomUUID();
    const open = c % openEvery === 0;
    // Open ones began 1–60 days ago; resolved ones within the last two years.
    const startedAt = now - (open ? (1 + (c % 60)) * day : (61 + (c % 640)) * day) - (c % 480) * 60_000;
    const stamp = (seq) => ({
      id: crypto.randomUUID(),
      challengeId,
      seq,
      at: iso(startedAt + seq * 3_600_000),
    });
    const events = [
      {
        type: 'opened',
        protocolId: 'darlington-dsp-2024',
        protocolVersion: 'DSP2 (V2)',
        nation: 'england-and-wales',
        workingHours: { start: '09:00', end: '17:00' },
        caseReference: `CR-${String(300_000 + c)}`,
        subject: 'child',
        childInCare: false,
        areaOfDisagreement: 'threshold-decisions',
        decision: { quote: 'Decision: No further action — case closed to Children’s Social Care' },
        decisionMaker: { name: 'Sam Ortiz', role: 'Team manager', agency: 'Children’s Social Care' },
        practitioner: { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust' },
        reason: 'Three unexplained bruises reported in a month; the decision does not address them.',
        outcomeSought: 'A strategy discussion about the child’s safety.',
        immediateRisk: false,
        startingStage: 1,
        ...stamp(0),
      },
    ];
    const notes = eventsPerChallenge - (open ? 1 : 2);
    for (let n = 1; n <= notes; n += 1) {
      events.push({
        type: 'note-added',
        text: `Follow-up note ${n}: called the team, no reply yet.`,
        ...stamp(n),
      });
    }
    if (!open) {
      events.push({
        type: 'resolved',
        atStage: 1,
        outcome: 'Strategy discussion held; case reopened for assessment.',
        professionalsSatisfied: 'yes',
        ...stamp(notes + 1),
      });
    }
    items.push({ challengeId, events });
  }
  items.sort((a, b) => (a.challengeId < b.challengeId ? -1 : 1));
  return JSON.stringify({
    format: 'challenge-companion-backup',
    version: 1,
    exportedAt: nowIso,
    challenges: items,
    meta: [],
  });
}
