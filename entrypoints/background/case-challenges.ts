// Not in lib/challenge's index: it brings the protocols, which the pages that import the index need not load.
import { listedChallenge, type ListingContext } from '@/lib/challenge/listed-challenge';
import { ok } from '@/lib/messaging/result';
import type { ChallengeService } from './challenge-service';
import { now } from './clock';
import { readSettings } from './settings-service';

/** What listedChallenge needs, read once per request: the clock, the settings' nation, the protocols. */
export async function listingContext(challenges: Pick<ChallengeService, 'importedProtocols'>) {
  const [at, settings, protocols] = await Promise.all([
    now(),
    readSettings(),
    challenges.importedProtocols(),
  ]);
  return { now: at, nation: settings.nation, protocols } satisfies ListingContext;
}

/**
 * Every challenge on one case, each with what the sidebar's list shows (stage title, deadline standing,
 * working days left), so the list needs one request and no calendar code of its own.
 */
export async function challengesForCase(challenges: ChallengeService, caseReference: string) {
  const page = await challenges.list({ caseReferencePrefix: caseReference, limit: 200 });
  if (!page.ok) return page;
  const context = await listingContext(challenges);
  const items = page.value.items
    .filter((item) => item.caseReference === caseReference)
    .map((item) => listedChallenge(item, context));
  return ok({ items, now: context.now.toISOString() });
}
