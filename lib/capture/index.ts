/**
 * What the case-page content script uses from capture: quote anchors, highlights, the selection, the
 * cleaned address and case detection. Everything here is dependency-free DOM code, because the content
 * script runs on every case page and has a 10 KB gzipped budget. Settings validation (zod) lives in
 * custom-adapter-schema.ts and must not be exported from here.
 */
export { BUILT_IN_ADAPTERS, detectCase } from './adapters';
export type { CaseAdapter, CustomAdapter, DetectedCase } from './adapters';
export { highlightRange, HIGHLIGHT_ATTRIBUTE } from './highlight';
export { cleanPageUrl } from './page-url';
export { MAX_QUOTE_LENGTH, selectionQuote, type SelectedQuote } from './selection';
export { HOST_ATTRIBUTE } from './text-index';
export { anchorQuote, describeRange, type QuoteAnchor } from './text-quote';
