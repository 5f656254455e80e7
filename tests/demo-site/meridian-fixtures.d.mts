// Types for meridian-fixtures.mjs.

import type { MeridianCase } from './meridian-cases.mjs';

/** Absolute path of tests/fixtures/pages/, with a trailing separator. */
export const FIXTURE_DIR: string;

/** The case view and form view content nodes, created in `doc` but not attached: what goes into `#main`. */
export function renderMeridianViews(
  doc: Document,
  meridianCase: MeridianCase,
): { casePage: Element; referralForm: Element };

/** The SPA case page and its iframe form for one case, serialised from jsdom (not formatted). */
export function renderMeridianDocuments(
  meridianCase: MeridianCase,
): Promise<{ casePage: string; referralForm: string }>;

/** Every Meridian fixture file's expected content (Prettier-formatted), keyed by file name. */
export function renderMeridianFixtures(): Promise<Record<string, string>>;
