/**
 * Which case is this page about? Custom adapters from settings first (the user knows their site best),
 * then the built-in adapter whose address shape fits, then the generic labelled-value fallback.
 */
import { adultcareAdapter } from './adultcare';
import { casebookAdapter } from './casebook';
import { customCaseAdapter } from './custom';
import { detectGeneric } from './generic';
import { meridianAdapter } from './meridian';
import type { CaseAdapter, CustomAdapter, DetectedCase } from './types';

export type { CaseAdapter, CustomAdapter, DetectedCase } from './types';

export const BUILT_IN_ADAPTERS: readonly CaseAdapter[] = [casebookAdapter, meridianAdapter, adultcareAdapter];

export function detectCase(doc: Document, url: string, custom: CustomAdapter[] = []): DetectedCase | null {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return null;
  }
  const customAdapters = custom.map(customCaseAdapter).filter((adapter) => adapter !== null);
  for (const adapter of [...customAdapters, ...BUILT_IN_ADAPTERS]) {
    if (!adapter.matches(address)) continue;
    const found = detectSafely(adapter, doc, address);
    if (found) return withoutEmptyFields(found);
  }
  const generic = detectGeneric(doc, address);
  return generic && withoutEmptyFields(generic);
}

/** One broken adapter (a page that changed shape) must not stop the others, nor break the page. */
function detectSafely(adapter: CaseAdapter, doc: Document, url: URL): DetectedCase | null {
  try {
    return adapter.detect(doc, url);
  } catch {
    return null;
  }
}

/** Optional fields that were not found are left out rather than sent as undefined. */
function withoutEmptyFields(found: DetectedCase): DetectedCase {
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)) as DetectedCase;
}
