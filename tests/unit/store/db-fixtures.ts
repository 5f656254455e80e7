import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { runMigrations, type UntypedDatabase, type UpgradeTransaction } from '../../../lib/store/migrations';

/**
 * A database fixture is the raw content of every object store of a database built by the schema steps
 * of one version: what a user who last ran that release has on disk. One file per version, never edited
 * once committed (tests/unit/store/fixtures/v<N>.json).
 */
export interface DatabaseFixture {
  schemaVersion: number;
  description: string;
  stores: Record<string, unknown[]>;
}

export const fixturePath = (version: number): URL => new URL(`./fixtures/v${version}.json`, import.meta.url);

export function readFixture(version: number): DatabaseFixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DatabaseFixture;
}

/** Build, in `factory`, the database a user of `fixture.schemaVersion` has: its steps, its records. */
export async function buildDatabaseFromFixture(
  factory: IDBFactory,
  name: string,
  fixture: DatabaseFixture,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name, fixture.schemaVersion);
    request.onupgradeneeded = (event) => {
      void runMigrations(
        wrap(request.result) as unknown as UntypedDatabase,
        wrap(request.transaction!) as unknown as UpgradeTransaction,
        event.oldVersion,
        fixture.schemaVersion,
      );
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = Object.keys(fixture.stores);
  const tx = db.transaction(names, 'readwrite');
  for (const storeName of names) {
    for (const record of fixture.stores[storeName]!) tx.objectStore(storeName).put(record);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

/** Every record of every store, as a fixture file holds them. */
export async function dumpDatabase(db: IDBPDatabase<unknown>): Promise<Record<string, unknown[]>> {
  const stores: Record<string, unknown[]> = {};
  for (const storeName of [...db.objectStoreNames].sort()) stores[storeName] = await db.getAll(storeName);
  return stores;
}
