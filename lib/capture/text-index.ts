/**
 * The page text that quote anchors are measured against: the concatenation of the root's text nodes in
 * document order, like `textContent`, but without the text of elements the reader never sees as prose
 * (script, style, noscript, template) and without the extension's own injected host element, so that
 * offsets do not shift when the extension draws its UI. Highlight <mark>s are page text and stay in.
 */
import { firstReached } from './bisect';

/** Attribute on the extension's own host element; its subtree is never page text. */
export const HOST_ATTRIBUTE = 'data-challenge-companion';

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface IndexedTextNode {
  node: Text;
  /** Offset of the node's first character in `TextIndex.text`. */
  start: number;
  end: number;
}

export interface TextIndex {
  root: Element;
  text: string;
  /** Non-empty text nodes in document order. */
  nodes: IndexedTextNode[];
}

/** True for elements whose subtree is not page text. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_ELEMENTS.has(element.tagName.toUpperCase()) || element.hasAttribute(HOST_ATTRIBUTE);
}

/**
 * Calls `visit` with each text node under `root` that is page text, in document order, and stops when
 * `visit` returns true. The one page walk that the index, highlights and case detection share.
 */
export function walkPageText(root: Node, visit: (text: Text) => unknown): void {
  // 5 = SHOW_ELEMENT | SHOW_TEXT; 2 = FILTER_REJECT (skip the whole subtree), 1 = FILTER_ACCEPT. Spelled
  // out: the content script may run where `NodeFilter` is not a global.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 5, {
    acceptNode: (node) => (node.nodeType === 1 && isSkippedElement(node as Element) ? 2 : 1),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeType === 3 && visit(node as Text)) return;
}

/** Builds the text index of `root`: O(number of nodes). */
export function buildTextIndex(root: Element): TextIndex {
  const nodes: IndexedTextNode[] = [];
  const parts: string[] = [];
  let length = 0;
  walkPageText(root, (node) => {
    const data = node.data;
    if (data.length === 0) return;
    nodes.push({ node, start: length, end: length + data.length });
    parts.push(data);
    length += data.length;
  });
  return { root, text: parts.join(''), nodes };
}

/**
 * Offset in the index text of a DOM boundary point (as found in a Range). A point inside a skipped
 * element, or between elements, maps to the offset of the next indexed character. O(log nodes).
 */
export function textOffsetOf(index: TextIndex, container: Node, offset: number): number {
  const { nodes } = index;
  if (container.nodeType === 3) {
    const entry = findEntry(nodes, container as Text);
    if (entry) return entry.start + Math.min(offset, entry.end - entry.start);
  }
  const point = index.root.ownerDocument.createRange();
  point.setStart(container, offset);
  // First indexed node whose start is at or after the point: comparePoint is monotone along `nodes`.
  const next = firstReached(nodes.length, (i) => point.comparePoint(nodes[i]!.node, 0) >= 0);
  return next < nodes.length ? nodes[next]!.start : index.text.length;
}

function findEntry(nodes: IndexedTextNode[], node: Text): IndexedTextNode | undefined {
  // Indexed nodes are in document order: the first that `node` does not follow (bit 4,
  // DOCUMENT_POSITION_FOLLOWING) is `node` itself if it is indexed at all.
  const candidate =
    nodes[firstReached(nodes.length, (i) => !(nodes[i]!.node.compareDocumentPosition(node) & 4))];
  return candidate?.node === node ? candidate : undefined;
}

/** A live Range over the index text between two offsets, or null if the offsets are out of bounds. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  const { nodes, text } = index;
  if (start < 0 || end > text.length || start > end) return null;
  if (nodes.length === 0) {
    // No text at all: the only range is the empty one at the root's start.
    const empty = index.root.ownerDocument.createRange();
    empty.setStart(index.root, 0);
    return empty;
  }
  const startEntry = entryAt(nodes, start, false);
  const endEntry = entryAt(nodes, end, true);
  if (!startEntry || !endEntry) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(startEntry.node, start - startEntry.start);
  range.setEnd(endEntry.node, end - endEntry.start);
  return range;
}

/**
 * The node holding `offset`. At a boundary between two nodes, a range start belongs to the next node
 * and a range end to the previous one, so the range never reaches into a neighbour it does not cover.
 */
function entryAt(nodes: IndexedTextNode[], offset: number, isEnd: boolean): IndexedTextNode | undefined {
  // Nodes are contiguous and non-empty, so the first node that ends after the offset (a start), or at or
  // after it (an end), holds it.
  const at = firstReached(nodes.length, (i) => (isEnd ? offset <= nodes[i]!.end : offset < nodes[i]!.end));
  // Offset at the very end (start) or very beginning (end) of the text.
  return nodes[at] ?? (isEnd ? nodes[0] : nodes[nodes.length - 1]);
}
