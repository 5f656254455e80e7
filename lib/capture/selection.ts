/**
 * Turns the reader's selection into a quote anchor, or tells the caller there is nothing to challenge:
 * nothing selected, only whitespace, text in a form field, or text inside the extension's own UI.
 */
import { describeOffsets, type QuoteAnchor } from './text-quote';
import { buildTextIndex, HOST_ATTRIBUTE, rangeFromOffsets } from './text-index';

/** Longest quote kept; a longer selection is cut here (a decision is a sentence or a paragraph). */
export const MAX_QUOTE_LENGTH = 5000;

const FORM_FIELDS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

export interface SelectedQuote {
  anchor: QuoteAnchor;
  /** Where to place the floating button; all zero where the page has no layout. */
  rect: DOMRect;
}

export function selectionQuote(selection: Selection, root: Element): SelectedQuote | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  if (isExcluded(range.startContainer) || isExcluded(range.endContainer)) return null;
  if (isInFormField(root.ownerDocument)) return null;

  const index = buildTextIndex(root);
  let anchor = describeOffsets(index, range);
  let quotedRange = range;
  if (anchor.quote.trim() === '') return null;
  if (anchor.quote.length > MAX_QUOTE_LENGTH) {
    const { start } = anchor.position;
    const capped = rangeFromOffsets(index, start, start + MAX_QUOTE_LENGTH);
    if (!capped) return null;
    quotedRange = capped;
    anchor = describeOffsets(index, capped);
  }
  return { anchor, rect: quotedRange.getBoundingClientRect() };
}

function isExcluded(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  return element.closest(`[${HOST_ATTRIBUTE}]`) !== null || element.closest(FORM_FIELDS) !== null;
}

/**
 * Text selected inside an <input> or <textarea> does not show up as the document's Range in every
 * browser (Chrome reports a collapsed or element-level range around the field), so also ask which
 * element has focus and whether it holds a selection.
 */
function isInFormField(doc: Document): boolean {
  const active = doc.activeElement;
  if (!active) return false;
  const tag = active.tagName.toUpperCase();
  if (tag !== 'INPUT' && tag !== 'TEXTAREA') return false;
  const field = active as HTMLInputElement | HTMLTextAreaElement;
  try {
    return field.selectionStart !== null && field.selectionStart !== field.selectionEnd;
  } catch {
    // Input types without text selection (checkbox, number in some engines) throw here.
    return false;
  }
}
