/**
 * The dashboard's address: `dashboard.html#challenge=<id>` shows one challenge, `#new` the form for a
 * challenge started by hand, anything else the list. The popup and notifications deep-link with it.
 */
export type DashboardRoute = { view: 'list' } | { view: 'challenge'; challengeId: string } | { view: 'new' };

const CHALLENGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The route a hash names, or null for any other fragment: the forms' error summaries link to their
 * fields by `#field-id`, and following such a link must not leave the form.
 */
export function parseDashboardHash(hash: string): DashboardRoute | null {
  const fragment = hash.replace(/^#/, '');
  if (fragment === '') return { view: 'list' };
  if (fragment === 'new') return { view: 'new' };
  const challengeId = new URLSearchParams(fragment).get('challenge');
  if (challengeId !== null && CHALLENGE_ID.test(challengeId)) return { view: 'challenge', challengeId };
  return null;
}

export function dashboardHash(route: DashboardRoute): string {
  if (route.view === 'challenge') return `#challenge=${encodeURIComponent(route.challengeId)}`;
  if (route.view === 'new') return '#new';
  return '';
}

/** The extension path of the dashboard, optionally at one challenge (pass to runtime.getURL). */
export function dashboardPath(challengeId?: string): `/dashboard.html${string}` {
  return `/dashboard.html${challengeId === undefined ? '' : dashboardHash({ view: 'challenge', challengeId })}`;
}
