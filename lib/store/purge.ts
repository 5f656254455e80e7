import { withWriteTransaction, type ChallengeDatabase } from './database';
import { asResult, type Result } from './store-result';

/**
 * Deletes whole challenges (every event and the summary row) in one transaction: after a retention
 * purge either all of the named challenges are gone or, if anything failed, none are. Ids that are not
 * stored are ignored, so a purge that is retried after a crash is harmless.
 */
export async function deleteChallenges(
  db: ChallengeDatabase,
  challengeIds: readonly string[],
): Promise<Result<number>> {
  const ids = [...new Set(challengeIds)];
  if (ids.length === 0) return asResult(() => Promise.resolve(0));
  return asResult(() =>
    withWriteTransaction(
      db,
      ['events', 'challenges'],
      async (tx) => {
        const events = tx.objectStore('events');
        const challenges = tx.objectStore('challenges');
        const present = await Promise.all(ids.map((id) => challenges.getKey(id)));
        await Promise.all(
          ids.flatMap((id) => [
            // Events are keyed [challengeId, seq]: one range covers a challenge's whole history.
            events.delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
            challenges.delete(id),
          ]),
        );
        return present.filter((key) => key !== undefined).length;
      },
      () => ({ put: [], deleted: ids }),
    ),
  );
}
