import { describe, expect, it } from 'vitest';
import { foundOnPage, pageReported, quotesFound } from '@/entrypoints/background/tab-page-updates';
import type { TabPage } from '@/entrypoints/background/tab-pages';
import type { PageSnapshot } from '@/lib/messaging/page-schemas';

const CASE = { caseReference: 'MER-55012', system: 'meridian' } as unknown as PageSnapshot['detectedCase'];
const snapshot = (url: string, detectedCase: PageSnapshot['detectedCase'] = null): PageSnapshot =>
  ({ url, pageTitle: 'Case', detectedCase }) as PageSnapshot;
const empty: TabPage = { page: null, capture: null, highlightsFound: null };

/** Applies updates in order, as writeTabPage does. */
function run(...steps: ((current: TabPage) => Partial<TabPage> | null)[]): TabPage {
  return steps.reduce<TabPage>((current, step) => ({ ...current, ...step(current) }), empty);
}

const TOP = 'https://cms.example/cases/MER-55012';
const NEXT = 'https://cms.example/cases/MER-60000';
const FORM = 'https://cms.example/forms/referral?case=MER-55012';

describe('a tab record as its frames report', () => {
  it('keeps a quote found in an iframe when the top frame reports the same page again afterwards', () => {
    const record = run(
      (c) => pageReported(c, 0, snapshot(TOP, CASE), TOP),
      (c) => quotesFound(c, 0, [], TOP),
      (c) => pageReported(c, 7, snapshot(FORM, CASE), TOP),
      (c) => quotesFound(c, 7, ['ch-1'], TOP),
      // Late content changes the title: the top frame reports again; its highlights did not change.
      (c) => pageReported(c, 0, { ...snapshot(TOP, CASE), pageTitle: 'Case (updated)' }, TOP),
    );
    expect(record.highlightsFound).toEqual(['ch-1']);
  });

  it('keeps the iframe quote whichever frame of the page reports first', () => {
    const record = run(
      (c) => pageReported(c, 7, snapshot(FORM, CASE), TOP),
      (c) => quotesFound(c, 7, ['ch-1'], TOP),
      (c) => pageReported(c, 0, snapshot(TOP, CASE), TOP),
      (c) => quotesFound(c, 0, ['ch-2'], TOP),
    );
    expect(record.highlightsFound?.sort()).toEqual(['ch-1', 'ch-2']);
  });

  it('does not count what frames found on the previous page or route, and drops those lists', () => {
    const before = run(
      (c) => pageReported(c, 0, snapshot(TOP, CASE), TOP),
      (c) => quotesFound(c, 0, ['ch-old'], TOP),
      (c) => quotesFound(c, 7, ['ch-old-form'], TOP),
    );
    // The next page's iframe happens to report before its top frame.
    const after = run(
      () => before,
      (c) => quotesFound(c, 9, ['ch-1'], NEXT),
      (c) => pageReported(c, 0, snapshot(NEXT, CASE), NEXT),
    );
    expect(after.highlightsFound).toEqual(['ch-1']);
    expect(Object.keys(after.foundByFrame ?? {})).toEqual(['9']);
    // A top frame on a new address that has found nothing yet: not looked, rather than "not found".
    expect(pageReported(before, 0, snapshot(NEXT), NEXT)).toMatchObject({ highlightsFound: null });
  });

  it('replaces a frame’s own list when it reports again, leaving the others', () => {
    const record = run(
      (c) => quotesFound(c, 0, ['ch-1', 'ch-2'], TOP),
      (c) => quotesFound(c, 7, ['ch-3'], TOP),
      (c) => quotesFound(c, 0, ['ch-2'], TOP),
    );
    expect(record.highlightsFound?.sort()).toEqual(['ch-2', 'ch-3']);
  });

  it('lets a child frame set the page only when it found a case; the top frame always does', () => {
    expect(pageReported(empty, 7, snapshot(FORM), TOP)).toBeNull();
    expect(pageReported(empty, 7, snapshot(FORM, CASE), TOP)).toMatchObject({ page: snapshot(FORM, CASE) });
    expect(pageReported(empty, 0, snapshot(TOP), TOP)).toEqual({
      page: snapshot(TOP),
      highlightsFound: null,
    });
    expect(foundOnPage(undefined, TOP)).toBeNull();
  });
});
