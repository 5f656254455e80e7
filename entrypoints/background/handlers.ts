import type { MessageHandlers } from '@/lib/messaging/router';
import { fail, ok } from '@/lib/messaging/result';
import type { ChallengeService } from './challenge-service';
import { createLockHandlers } from './lock-handlers';
import { challengesForCase, listingContext } from './case-challenges';
import { openSoonest } from './open-soonest';
import { reportFigures } from './report-figures';
import { createDataTransferHandlers } from './data-transfer';
import { injectCaseScript, injectIntoOpenTabs } from './case-sites';
import { commandCasePage, sendTabCommand } from './page-commands';
import { eraseAllData } from './data-erase';
import { readManagedPolicy } from './managed-policy';
import { retentionStatus } from './retention';
import { readSettings, readSettingsWithManaged, updateSettings } from './settings-service';
import { pageReported, quotesFound } from './tab-page-updates';
import { forgetUsedCapture, readTabPage, writeTabPage } from './tab-pages';

/** Message handlers: validate-then-delegate. Payloads arrive already parsed by the router. */
export function createHandlers(challenges: ChallengeService): MessageHandlers {
  return {
    ...createLockHandlers(challenges),
    ...createDataTransferHandlers(challenges),
    'page/case-detected': async (page, { tabId, frameId, tabUrl }) => {
      if (tabId === undefined) return fail('forbidden', 'Only a case page can report a case.');
      // Same-origin frames of the case page report too; the top frame's view of the page wins.
      await writeTabPage(tabId, (current) => pageReported(current, frameId ?? 0, page, tabUrl ?? '') ?? {});
      const reference = page.detectedCase?.caseReference;
      const { customAdapters } = await readSettings();
      return ok({
        highlights: reference ? await challenges.highlightsForCase(reference) : [],
        customAdapters,
      });
    },
    'page/highlights-found': async ({ challengeIds }, { tabId, frameId, tabUrl }) => {
      if (tabId === undefined) return ok({});
      // Each frame (the page, a same-origin form in an iframe) keeps its own list; the sidebar sees all.
      await writeTabPage(tabId, (current) => quotesFound(current, frameId ?? 0, challengeIds, tabUrl ?? ''));
      return ok({});
    },
    'page/selection-captured': async (capture, { tabId }) => {
      if (tabId === undefined) return fail('forbidden', 'Only a case page can capture a quote.');
      await writeTabPage(tabId, { capture });
      await sendTabCommand(tabId, { type: 'open-sidebar', payload: {} }, 0);
      return ok({});
    },
    'page/frame-loaded': async (_payload, { tabId }) => {
      // The sender is a granted page (the router checked its origin); frames that run the script already
      // ignore a second copy, and frames of other origins are skipped by the browser.
      if (tabId !== undefined) await injectCaseScript(tabId);
      return ok({});
    },
    'sidebar/get-context': async (_payload, { tabId }) => {
      if (tabId === undefined) return ok({ page: null, capture: null, highlightsFound: null, tabId: null });
      const { page, capture, highlightsFound } = await readTabPage(tabId);
      return ok({ page, capture, highlightsFound, tabId });
    },
    'sidebar/open-in-tab': async ({ tabId }) =>
      ok({ opened: await commandCasePage(tabId, { type: 'open-sidebar', payload: {} }, 0) }),
    'sidebar/set-collapsed': async ({ collapsed }, { tabId }) => {
      if (tabId !== undefined) {
        await sendTabCommand(tabId, { type: 'set-sidebar-collapsed', payload: { collapsed } }, 0);
      }
      return ok({});
    },
    'sidebar/close': async (_payload, { tabId }) => {
      if (tabId !== undefined) await sendTabCommand(tabId, { type: 'close-sidebar', payload: {} }, 0);
      return ok({});
    },
    'sites/changed': async ({ grantedOrigins }) => {
      // permissions.onAdded does not fire in every browser and grant path; the page that granted tells us too.
      await injectIntoOpenTabs(grantedOrigins);
      return ok({});
    },
    'challenge/open': async ({ opened }, { tabId }) => {
      const result = await challenges.openChallenge(opened);
      // The quote is used: a sidebar opened again in this tab must not offer it for a second challenge.
      if (result.ok && tabId !== undefined && opened.type === 'opened') {
        await forgetUsedCapture(tabId, opened.decision.quote);
      }
      return result;
    },
    'challenge/append': ({ challengeId, expectedSeq, event }) =>
      challenges.appendToChallenge(challengeId, expectedSeq, event),
    'challenge/get': ({ challengeId }) => challenges.getChallenge(challengeId),
    'challenge/list': (query) => challenges.list(query),
    'challenge/for-case': ({ caseReference }) => challengesForCase(challenges, caseReference),
    'challenge/open-soonest': ({ limit }) =>
      openSoonest(
        (query) => challenges.list(query),
        limit,
        () => listingContext(challenges),
      ),
    'reports/figures': ({ period }) => reportFigures(challenges, period),
    'settings/get': async () => ok(await readSettingsWithManaged()),
    'policy/get': async () => {
      const { permittedSites, lock, managed } = await readManagedPolicy();
      return ok({ permittedSites, ...lock, managed });
    },
    'retention/status': () => retentionStatus(challenges),
    'data/erase': () => eraseAllData(challenges),
    'settings/update': async (update) => {
      const saved = await updateSettings(update);
      return saved.ok ? ok({ settings: saved.value }) : saved;
    },
    'protocols/list': () => challenges.listProtocols(),
    'protocols/import': ({ fileText }) => challenges.importProtocol(fileText),
    'protocols/remove': ({ protocolId }) => challenges.removeProtocol(protocolId),
  };
}
