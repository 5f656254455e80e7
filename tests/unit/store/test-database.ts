import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openChallengeDatabase, type ChallengeDatabase } from '../../../lib/store/database';

/**
 * Each test gets its own IndexedDB (a fresh factory), so no test sees another's records. The import of
 * 'fake-indexeddb/auto' provides the IDB globals (IDBKeyRange, IDBCursor …) idb and the store use.
 */
export async function freshDatabase(): Promise<{ db: ChallengeDatabase; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const db = await openChallengeDatabase('test', factory);
  return { db, factory };
}
