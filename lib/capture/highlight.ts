/**
 * Highlights of challenged quotes on the case page: the range's text nodes are split at the range's
 * edges and wrapped in <mark> elements. Only nodes are moved; no page text is ever parsed as HTML.
 * Removing the highlight merges the pieces back into the page's original Text nodes, so a page script
 * that kept a reference to one of them still holds a node that is in the document.
 */
import { walkPageText } from './text-index';

export const HIGHLIGHT_ATTRIBUTE = 'data-challenge-companion-highlight';

/** Elements where a stray <mark> around whitespace would break the page's structure. */
const NO_MARK_PARENTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'SELECT', 'OPTGROUP', 'DATALIST']);

export function highlightRange(range: Range, doc: Document): () => void {
  const marks: HTMLElement[] = [];
  /** Per split node: the original node followed by the pieces split off it, in order. */
  const splits: Text[][] = [];
  // Read the boundaries once: the Range is live and moves as the nodes are split and wrapped.
  const { startContainer, startOffset: rangeStart, endContainer, endOffset: rangeEnd } = range;
  for (const node of textNodesIn(range)) {
    const pieces: Text[] = [node];
    let target = node;
    const startOffset = node === startContainer ? rangeStart : 0;
    const endOffset = node === endContainer ? rangeEnd : node.length;
    if (endOffset <= startOffset) continue;
    if (endOffset < node.length) pieces.push(target.splitText(endOffset));
    if (startOffset > 0) {
      target = target.splitText(startOffset);
      pieces.splice(1, 0, target);
    }
    if (pieces.length > 1) splits.push(pieces);
    const mark = doc.createElement('mark');
    mark.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const pieces of splits) mergePieces(pieces);
  };
}

/** Puts the split-off pieces' text back into the original node, where the page has not moved them. */
function mergePieces([original, ...pieces]: Text[]): void {
  for (const piece of pieces) {
    if (piece.previousSibling === original) {
      original.appendData(piece.data);
      piece.remove();
    }
  }
}

/** Text nodes the range covers, skipping non-prose elements and whitespace where a mark would not fit. */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const found: Text[] = [];
  walkPageText(root, (text) => {
    if (!range.intersectsNode(text)) return;
    const parent = text.parentElement;
    if (parent && NO_MARK_PARENTS.has(parent.tagName.toUpperCase()) && text.data.trim() === '') return;
    found.push(text);
  });
  return found;
}
