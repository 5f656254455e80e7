import { z } from 'zod';
import { decideProtocolRemoval, protocolSchema, type Protocol } from '../protocols';
import { IMPORTED_PROTOCOLS_KEY } from './backup-protocols';
import { withWriteTransaction, type ChallengeDatabase, type WriteTransaction } from './database';
import { asResult, fail, ok, type Result } from './store-result';
import { describeIssues } from './zod-issues';

/** What the store cannot see for itself: IT's policy protocols and the default protocol in force. */
export interface ProtocolRemovalContext {
  policyIds: readonly string[];
  defaultProtocolId: string;
  defaultManaged: boolean;
}

/** Summary rows read per request while counting: bounded memory on a large store, few round trips. */
const COUNT_BATCH = 500;

const storedProtocolsSchema = z.array(protocolSchema);

/**
 * Removes one protocol the practitioner imported, unless a rule refuses (lib/protocols/protocol-removal).
 * The challenges that follow it are counted in the same readwrite transaction that writes the shorter
 * list, so a challenge saved under it just before cannot slip between the count and the write. The
 * count reads the summary rows' protocolId, which stays in clear under the passphrase lock (the opened
 * event's protocolId is a clear field), so this works locked or not and opens no sealed event.
 * A refusal writes nothing: the transaction commits having only read.
 */
export async function removeImportedProtocol(
  db: ChallengeDatabase,
  protocolId: string,
  context: ProtocolRemovalContext,
): Promise<Result<{ removed: Protocol }>> {
  const outcome = await asResult(() =>
    withWriteTransaction(
      db,
      ['challenges', 'meta'],
      async (tx): Promise<Result<{ removed: Protocol }>> => {
        const meta = tx.objectStore('meta');
        const record = await meta.get(IMPORTED_PROTOCOLS_KEY);
        const stored = storedProtocolsSchema.safeParse(record?.value ?? []);
        if (!stored.success) {
          return fail(
            'invalid',
            `The imported protocols stored in this browser are not in the expected form ` +
              `(${describeIssues(stored.error.issues, IMPORTED_PROTOCOLS_KEY).join('; ')}). Nothing was ` +
              'removed; import the protocol file again to replace them.',
          );
        }
        const decision = decideProtocolRemoval({
          protocolId,
          stored: stored.data,
          ...context,
          uses: await countFollowing(tx, protocolId),
        });
        if (!decision.ok) return fail(decision.kind, decision.message);
        await meta.put({ key: IMPORTED_PROTOCOLS_KEY, value: decision.remaining });
        return ok({ removed: decision.removed });
      },
      // No summary row changes: the badge's tally stays as it is.
      () => ({ put: [], deleted: [] }),
    ),
  );
  return outcome.ok ? outcome.value : outcome;
}

/** How many stored challenges follow `protocolId`, open and closed (resolved or withdrawn). */
async function countFollowing(
  tx: WriteTransaction<['challenges', 'meta']>,
  protocolId: string,
): Promise<{ open: number; closed: number }> {
  const challenges = tx.objectStore('challenges');
  const uses = { open: 0, closed: 0 };
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const rows = await challenges.getAll(range, COUNT_BATCH);
    for (const row of rows) {
      if (row.protocolId !== protocolId) continue;
      if (row.status === 'open') uses.open += 1;
      else uses.closed += 1;
    }
    if (rows.length < COUNT_BATCH) return uses;
    after = rows.at(-1)!.challengeId;
  }
}
