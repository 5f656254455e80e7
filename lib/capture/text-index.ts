/**
 * The page text that quote anchors are measured against: the concatenation of the root's text nodes in
 * document order, like `textContent`, but without the text of elements the reader never sees as prose
 * (script, style, noscript, template) and without the extension's own injected host element, so that
 * offsets do not shift when the extension draws its UI. Highlight <mark>s are page text and stay in.
 */

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

/** Builds the text index of `root`: O(number of nodes). */
export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  // NodeFilter constants are spelled out: the content script may run where `NodeFilter` is not a global.
  const SHOW_ELEMENT = 0x1;
  const SHOW_TEXT = 0x4;
  const FILTER_ACCEPT = 1;
  const FILTER_REJECT = 2;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 1 && isSkippedElement(node as Element) ? FILTER_REJECT : FILTER_ACCEPT,
  });
  const nodes: IndexedTextNode[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const data = (node as Text).data;
    if (data.length === 0) continue;
    nodes.push({ node: node as Text, start: length, end: length + data.length });
    parts.push(data);
    length += data.length;
  }
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
  const doc = index.root.ownerDocument;
  const point = doc.createRange();
  point.setStart(container, offset);
  // First indexed node whose start is at or after the point: comparePoint is monotone along `nodes`.
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (point.comparePoint(nodes[mid]!.node, 0) >= 0) high = mid;
    else low = mid + 1;
  }
  return low < nodes.length ? nodes[low]!.start : index.text.length;
}

function findEntry(nodes: IndexedTextNode[], node: Text): IndexedTextNode | undefined {
  // Indexed nodes are in document order, so binary search by document position.
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const candidate = nodes[mid]!;
    if (candidate.node === node) return candidate;
    // Bit 4 (DOCUMENT_POSITION_FOLLOWING): `node` comes after the candidate.
    if (candidate.node.compareDocumentPosition(node) & 4) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
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
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const entry = nodes[mid]!;
    const before = isEnd ? offset <= entry.start : offset < entry.start;
    const after = isEnd ? offset > entry.end : offset >= entry.end;
    if (before) high = mid - 1;
    else if (after) low = mid + 1;
    else return entry;
  }
  // Offset at the very end (start) or very beginning (end) of the text.
  return isEnd ? nodes[0] : nodes[nodes.length - 1];
}
