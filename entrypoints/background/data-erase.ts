import { browser } from 'wxt/browser';
import { ok, type Result } from '@/lib/messaging/result';
import { wipeAll } from '@/lib/store';
import type { ChallengeService } from './challenge-service';

/**
 * "Erase all data": every challenge and app record in IndexedDB, every setting and cached value in
 * extension storage (local and session). Case-site grants are kept: they are browser permissions, not
 * data, and the practitioner removes them in Options → Case-management sites. A managed policy also
 * stays, because IT set it and the browser keeps it.
 */
export async function eraseAllData(challenges: ChallengeService): Promise<Result<Record<string, never>>> {
  const db = await challenges.connection.get();
  const wiped = await wipeAll(db);
  if (!wiped.ok) return wiped;
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  challenges.notifyChanged();
  return ok({});
}
