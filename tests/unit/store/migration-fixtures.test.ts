import { existsSync, writeFileSync } from 'node:fs';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { challengeEventSchema, type ChallengeEvent } from '../../../lib/challenge';
import {
  appendEvents,
  getChallengeEvents,
  getSummary,
  rebuildSummaries,
} from '../../../lib/store/challenge-repository';
import { listChallenges } from '../../../lib/store/challenge-listing';
import { createChallengeStoreDeps } from '../../../lib/store/challenge-store-deps';
import { DB_VERSION, openChallengeDatabase } from '../../../lib/store/database';
import { getMeta, putMeta } from '../../../lib/store/meta-repository';
import { MIGRATIONS, type Migration } from '../../../lib/store/migrations';
import type { StoredSummary } from '../../../lib/store/store-deps';
import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import {
  buildDatabaseFromFixture,
  dumpDatabase,
  fixturePath,
  readFixture,
  type DatabaseFixture,
} from './db-fixtures';
import { realHistory } from './real-challenges';

/**
 * Every schema version a user may still have on disk, opened by today's code: every record must still
 * be found. Adding schema version N+1 means one new step in lib/store/migrations.ts and one fixture
 * v<N+1>.json, written once with `WRITE_DB_FIXTURE=1 npx vitest run tests/unit/store/migration-fixtures`.
 */

const versions = Array.from({ length: DB_VERSION }, (_, index) => index + 1);
const deps = createChallengeStoreDeps({ now: new Date('2025-05-08T12:00:00Z') });

async function expectEveryRecordFound(
  factory: IDBFactory,
  name: string,
  fixture: DatabaseFixture,
  migrations?: readonly Migration[],
) {
  const db = await openChallengeDatabase(name, factory, { migrations });
  const events = fixture.stores.events as { challengeId: string; id: string }[];
  const summaries = fixture.stores.challenges as StoredSummary[];
  const meta = fixture.stores.meta as { key: string; value: unknown }[];
  expect(events.length).toBeGreaterThan(0);
  expect(summaries.length).toBeGreaterThan(0);
  expect(meta.length).toBeGreaterThan(0);

  for (const challengeId of new Set(events.map((event) => event.challengeId))) {
    const stored = await getChallengeEvents<ChallengeEvent>(db, challengeId);
    expect(stored).toEqual({ ok: true, value: events.filter((event) => event.challengeId === challengeId) });
    // Today's event schema still reads yesterday's events.
    for (const event of stored.ok ? stored.value : [])
      expect(challengeEventSchema.safeParse(event).success).toBe(true);
  }
  for (const summary of summaries) {
    expect(await getSummary(db, summary.challengeId)).toMatchObject({
      ok: true,
      value: { challengeId: summary.challengeId },
    });
  }
  // Found through the indexes too, not only by key.
  const listed = await listChallenges(db, { limit: 500 });
  expect(listed.ok && listed.value.items.map((item) => item.challengeId).sort()).toEqual(
    summaries.map((summary) => summary.challengeId).sort(),
  );
  for (const item of meta)
    expect(await getMeta(db, item.key, z.unknown())).toEqual({ ok: true, value: item.value });
  // And today's summariser can rebuild every row from the old histories.
  expect(await rebuildSummaries(db, deps)).toMatchObject({
    ok: true,
    value: { failed: [], rebuilt: summaries.length },
  });
  db.close();
}

describe('databases written by earlier schema versions', () => {
  test.each(versions)('a fixture exists for schema version %i', (version) => {
    expect(existsSync(fixturePath(version))).toBe(true);
    expect(readFixture(version).schemaVersion).toBe(version);
  });

  test.each(versions)(
    'a version %i database opens with today’s code and every record is found',
    async (version) => {
      const factory = new IDBFactory();
      await buildDatabaseFromFixture(factory, 'from-fixture', readFixture(version));
      await expectEveryRecordFound(factory, 'from-fixture', readFixture(version));
    },
  );

  test.each(versions)(
    'a version %i database also survives a further schema step (a rehearsal for the next release)',
    async (version) => {
      // What the next release will do: add a step. The records must come through the upgrade intact.
      const rehearsal: Migration = {
        version: DB_VERSION + 1,
        description: 'rehearsal: an extra index over existing records',
        migrate(_db, tx) {
          tx.objectStore('events').createIndex('by-type', 'type');
        },
      };
      const factory = new IDBFactory();
      await buildDatabaseFromFixture(factory, 'from-fixture', readFixture(version));
      await expectEveryRecordFound(factory, 'from-fixture', readFixture(version), [...MIGRATIONS, rehearsal]);
    },
  );
});

test.runIf(process.env.WRITE_DB_FIXTURE === '1')(
  `write the fixture for schema version ${DB_VERSION}`,
  async () => {
    const factory = new IDBFactory();
    const db = await openChallengeDatabase('fixture', factory);
    for (let n = 0; n < 6; n += 1) {
      const history = realHistory(n);
      const stored = await appendEvents(db, history[0]!.challengeId, -1, history, deps);
      if (!stored.ok) throw new Error(stored.error.message);
    }
    await putMeta(db, 'settings', {
      nation: 'england-and-wales',
      workingHours: { start: '09:00', end: '17:00' },
    });
    await putMeta(db, 'notified:00000000-0000-4000-8000-000000000000:stage-2', '2025-05-08T08:00:00.000Z');
    const fixture: DatabaseFixture = {
      schemaVersion: DB_VERSION,
      description:
        `Raw records of a schema version ${DB_VERSION} database (lib/store/migrations.ts steps 1..${DB_VERSION}) ` +
        'holding six real challenges and some app data. Never edit: users have databases like this.',
      stores: await dumpDatabase(db as unknown as IDBPDatabase<unknown>),
    };
    writeFileSync(fixturePath(DB_VERSION), `${JSON.stringify(fixture, null, 2)}\n`);
  },
);
