/**
 * Quote anchors, in the spirit of the W3C Web Annotation Data Model's TextQuoteSelector (exact, prefix,
 * suffix) combined with a TextPositionSelector (start, end), as hypothesis/client stores them
 * (https://www.w3.org/TR/annotation-model/#text-quote-selector). The quote is what the practitioner
 * challenged; the context and position only help to find it again when the record has changed.
 */
import {
  collapseWhitespace,
  toCollapsedOffset,
  toOriginalSpan,
  type CollapsedText,
} from './collapsed-whitespace';
import { editDistance, findMatchStart, searchApproximate, type ApproximateEnd } from './approximate-match';
import { buildTextIndex, rangeFromOffsets, textOffsetOf, type TextIndex } from './text-index';

export interface QuoteAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets in the root's page text (see text-index.ts). */
  position: { start: number; end: number };
}

export const CONTEXT_LENGTH = 32;
/** Fuzzy matches may differ from the quote by this share of its (whitespace-collapsed) length. */
export const MAX_ERROR_RATIO = 0.15;
/** Characters either side of the expected position searched first, before the whole text. */
const NEAR_WINDOW = 2048;
/** Exact occurrences considered; a quote found more often than this is ranked among the first ones. */
const MAX_EXACT_CANDIDATES = 1000;
/** Fuzzy matches whose start is located and whose context is scored. */
const MAX_FUZZY_CANDIDATES = 12;

export function describeRange(range: Range, root: Element): QuoteAnchor {
  return describeOffsets(buildTextIndex(root), range);
}

export function describeOffsets(index: TextIndex, range: Range): QuoteAnchor {
  const { text } = index;
  const start = textOffsetOf(index, range.startContainer, range.startOffset);
  const end = Math.max(start, textOffsetOf(index, range.endContainer, range.endOffset));
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    position: { start, end },
  };
}

/** Finds the anchor's quote in `root` again, or null when nothing close enough is there. */
export function anchorQuote(anchor: QuoteAnchor, root: Element): Range | null {
  const index = buildTextIndex(root);
  const span = locateQuote(anchor, index.text);
  return span ? rangeFromOffsets(index, span.start, span.end) : null;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where the quote is in `text`, in three passes, each only when the previous found nothing:
 * 1. the exact quote (indexOf: O(n) per occurrence found);
 * 2. the quote with whitespace runs collapsed, in the collapsed text (O(n));
 * 3. approximate matching in the collapsed text with up to MAX_ERROR_RATIO * m edits, first in a
 *    window around the expected position (O((m + window) * m / 32)), then in windows around exact
 *    occurrences of pieces of the quote (pigeonhole filter: with k edits, one of k + 1 disjoint pieces
 *    survives intact). The filter keeps typical cost far below O(n * m / 32); it degrades to that bound
 *    only when the pieces are common everywhere (long quotes of very repetitive text).
 * Candidates of a pass are ranked by quote similarity, prefix and suffix agreement, and nearness to the
 * recorded position, as hypothesis/client's match-quote does.
 */
export function locateQuote(anchor: QuoteAnchor, text: string): Span | null {
  if (anchor.quote.length === 0) return null;
  const exact = exactOccurrences(text, anchor.quote).map((start) => ({
    start,
    end: start + anchor.quote.length,
    errors: 0,
  }));
  if (exact.length > 0) return best(exact, anchor, text);

  const collapsedText = collapseWhitespace(text);
  const collapsedQuote = collapseWhitespace(anchor.quote).text;
  const inCollapsed = exactOccurrences(collapsedText.text, collapsedQuote).map((start) => ({
    ...toOriginalSpan(collapsedText, start, start + collapsedQuote.length),
    errors: 0,
  }));
  if (inCollapsed.length > 0) return best(inCollapsed, anchor, text);

  const fuzzy = approximateCandidates(anchor, collapsedText, collapsedQuote);
  return fuzzy.length > 0 ? best(fuzzy, anchor, text) : null;
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_EXACT_CANDIDATES;) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

interface Candidate extends Span {
  errors: number;
}

function approximateCandidates(anchor: QuoteAnchor, collapsed: CollapsedText, quote: string): Candidate[] {
  const m = quote.length;
  const maxErrors = Math.floor(m * MAX_ERROR_RATIO);
  if (maxErrors === 0) return [];
  const text = collapsed.text;
  const expected = toCollapsedOffset(collapsed, anchor.position.start);

  const reach = m + maxErrors + NEAR_WINDOW;
  let ends = searchApproximate(text, quote, maxErrors, expected - reach, expected + reach);
  if (ends.length === 0) {
    ends = [];
    for (const window of pieceWindows(text, quote, maxErrors)) {
      ends.push(...searchApproximate(text, quote, maxErrors, window.start, window.end));
    }
  }
  // Rank cheaply (errors, then nearness) before paying O(m^2 / 32) per start.
  const ranked = ends
    .sort((a, b) => a.errors - b.errors || Math.abs(a.end - m - expected) - Math.abs(b.end - m - expected))
    .slice(0, MAX_FUZZY_CANDIDATES);
  return ranked.map((match: ApproximateEnd) => {
    const start = findMatchStart(text, quote, match.end, match.errors);
    return { ...toOriginalSpan(collapsed, start, match.end), errors: match.errors };
  });
}

/** Merged text windows that can hold a match with ≤ maxErrors edits (pigeonhole filter). */
function pieceWindows(text: string, quote: string, maxErrors: number): Span[] {
  const m = quote.length;
  const pieces = maxErrors + 1;
  const windows: Span[] = [];
  for (let p = 0; p < pieces; p++) {
    const from = Math.floor((p * m) / pieces);
    const piece = quote.slice(from, Math.floor(((p + 1) * m) / pieces));
    if (piece.length === 0) continue;
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      windows.push({ start: at - from - maxErrors, end: at - from + m + maxErrors });
    }
  }
  windows.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

function best(candidates: Candidate[], anchor: QuoteAnchor, text: string): Span {
  let winner = candidates[0]!;
  let winnerScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const score = candidateScore(candidate, anchor, text);
    if (score > winnerScore) {
      winner = candidate;
      winnerScore = score;
    }
  }
  return { start: winner.start, end: winner.end };
}

/** Weights as in hypothesis/client's match-quote: the quote matters most, then context, then position. */
function candidateScore(candidate: Candidate, anchor: QuoteAnchor, text: string): number {
  const quoteSimilarity = 1 - candidate.errors / Math.max(1, anchor.quote.length);
  const prefixSimilarity = contextSimilarity(
    anchor.prefix,
    text.slice(Math.max(0, candidate.start - 2 * CONTEXT_LENGTH), candidate.start),
    'before',
  );
  const suffixSimilarity = contextSimilarity(
    anchor.suffix,
    text.slice(candidate.end, candidate.end + 2 * CONTEXT_LENGTH),
    'after',
  );
  const positionSimilarity = 1 - Math.abs(candidate.start - anchor.position.start) / Math.max(1, text.length);
  return 50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * positionSimilarity;
}

/** Similarity (0..1) of recorded context to the page's context, ignoring whitespace differences. */
function contextSimilarity(recorded: string, around: string, side: 'before' | 'after'): number {
  const wanted = collapseWhitespace(recorded).text;
  if (wanted.length === 0) return around.length === 0 ? 1 : 0.5;
  const collapsedAround = collapseWhitespace(around).text;
  const actual =
    side === 'before' ? collapsedAround.slice(-wanted.length) : collapsedAround.slice(0, wanted.length);
  return 1 - editDistance(wanted, actual) / wanted.length;
}
