/**
 * Highlights of challenged quotes on the case page: the range's text nodes are split at the range's
 * edges and wrapped in <mark> elements. Only nodes are moved; no page text is ever parsed as HTML.
 * Removing the highlight merges the pieces back into the page's original Text nodes, so a page script
 * that kept a reference to one of them still holds a node that is in the document.
 */
import { isSkippedElement } from './text-index';

export const HIGHLIGHT_ATTRIBUTE = 'data-challenge-companion-highlight';

/** Elements where a stray <mark> around whitespace would break the page's structure. */
const NO_MARK_PARENTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'SELECT', 'OPTGROUP', 'DATALIST']);

interface SplitNode {
  original: Text;
  /** The original node followed by the pieces split off it, in order. */
  pieces: Text[];
}

export function highlightRange(range: Range, doc: Document): () => void {
  const marks: HTMLElement[] = [];
  const splits: SplitNode[] = [];
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
    if (pieces.length > 1) splits.push({ original: node, pieces });
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
    for (const { original, pieces } of splits) mergePieces(original, pieces);
  };
}

/** Puts the split-off pieces' text back into the original node, where the page has not moved them. */
function mergePieces(original: Text, pieces: Text[]): void {
  for (const piece of pieces.slice(1)) {
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
  const doc = root.ownerDocument ?? (root as Document);
  const SHOW_ELEMENT = 0x1;
  const SHOW_TEXT = 0x4;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    // 1 = FILTER_ACCEPT, 2 = FILTER_REJECT (skip the whole subtree).
    acceptNode: (node) => (node.nodeType === 1 && isSkippedElement(node as Element) ? 2 : 1),
  });
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3 || !range.intersectsNode(node)) continue;
    const text = node as Text;
    const parent = text.parentElement;
    if (parent && NO_MARK_PARENTS.has(parent.tagName.toUpperCase()) && text.data.trim() === '') continue;
    found.push(text);
  }
  return found;
}
