/**
 * Approximate string matching: where does `pattern` occur in `text` with at most `maxErrors` edits
 * (insertions, deletions, substitutions)? Myers' bit-parallel algorithm (J. ACM 46(3), 1999) in
 * Hyyrö's multi-block form, as hypothesis/client uses through approx-string-match.
 *
 * Cost: O(ceil(m / 32) * n) word operations for a pattern of m characters over n characters of text,
 * plus O(m) per reported match to find where it starts. Callers keep n small by searching only
 * windows (see text-quote.ts), so the page-wide cost is not O(n * m).
 */

export interface ApproximateEnd {
  /** Exclusive end offset of the match in the text. */
  end: number;
  errors: number;
}

const WORD = 32;

/** Per-character bit masks of the pattern, one 32-bit word per block of 32 pattern characters. */
function patternMasks(pattern: string, blocks: number): Map<number, Uint32Array> {
  const masks = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Uint32Array(blocks);
      masks.set(code, mask);
    }
    mask[(i / WORD) | 0]! |= 1 << (i % WORD);
  }
  return masks;
}

/**
 * Runs the pattern over text[from, to). With `anchoredAt` set, every alignment must start exactly at
 * that offset (used to find where a match starts); otherwise a match may start anywhere.
 * Calls `onColumn(endExclusive, distance)` after each character.
 */
function scan(
  text: string,
  pattern: string,
  from: number,
  to: number,
  step: 1 | -1,
  anchored: boolean,
  onColumn: (position: number, distance: number) => void,
): void {
  const blocks = Math.ceil(pattern.length / WORD);
  const masks = patternMasks(pattern, blocks);
  // The DP column, one 32-row block a word: its +1 and -1 vertical deltas, the distance at each block's
  // last row, and that row's bit. Locals rather than an object: the content script's 10 KB budget.
  const positive = new Uint32Array(blocks).fill(0xffffffff);
  const negative = new Uint32Array(blocks);
  const score = new Int32Array(blocks);
  const lastRowBit = new Uint32Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const rows = Math.min(WORD, pattern.length - b * WORD);
    lastRowBit[b] = (1 << (rows - 1)) >>> 0;
    score[b] = b * WORD + rows;
  }

  /**
   * Advances one block of the DP column by one text character. `carryIn` is the horizontal delta
   * (-1, 0, +1) entering the block's top row; returns the delta leaving its bottom row.
   */
  const advanceBlock = (block: number, equal: number, carryIn: number): number => {
    let pv = positive[block]!;
    let mv = negative[block]!;
    const carryNegative = carryIn < 0 ? 1 : 0;
    const eq = equal | carryNegative;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const last = lastRowBit[block]!;
    const carryOut = (ph & last ? 1 : 0) - (mh & last ? 1 : 0);
    ph = (ph << 1) | (carryIn > 0 ? 1 : 0);
    mh = (mh << 1) | carryNegative;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    positive[block] = pv >>> 0;
    negative[block] = mv >>> 0;
    return carryOut;
  };

  const empty = new Uint32Array(blocks);
  for (let i = from; step > 0 ? i < to : i >= to; i += step) {
    const mask = masks.get(text.charCodeAt(i)) ?? empty;
    // Free start: the top row is 0 everywhere. Anchored start: the top row grows by one per character.
    let carry = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      carry = advanceBlock(b, mask[b]!, carry);
      score[b]! += carry;
    }
    onColumn(i, score[blocks - 1]!);
  }
}

/**
 * End positions in text[from, to) where the pattern matches with at most `maxErrors` edits. Adjacent
 * ends form a run (one occurrence seen at several lengths); of each run only the ends with the run's
 * smallest distance are kept, all of them, since which one is right depends on the context the caller
 * compares. Starts are found on demand with `findMatchStart`, which is O(m^2 / 32) per match, so
 * callers only ask for the few matches they rank highest.
 */
export function searchApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproximateEnd[] {
  if (pattern.length === 0) return [];
  const found: ApproximateEnd[] = [];
  // The current run: its smallest distance, the ends that have it, and the run's last end.
  let best = Number.POSITIVE_INFINITY;
  let ends: number[] = [];
  let last = -2;
  const closeRun = () => {
    for (const end of ends) found.push({ end, errors: best });
    best = Number.POSITIVE_INFINITY;
    ends = [];
  };
  scan(text, pattern, Math.max(0, from), Math.min(text.length, to), 1, false, (i, distance) => {
    if (distance > maxErrors) return;
    const end = i + 1;
    if (end !== last + 1) closeRun();
    last = end;
    if (distance < best) {
      best = distance;
      ends = [end];
    } else if (distance === best) ends.push(end);
  });
  closeRun();
  return found;
}

/**
 * Where the best alignment ending at `end` starts: scan the reversed pattern backwards from `end`
 * with the start anchored there, and take the longest span whose distance equals `errors`
 * (pattern.length + errors characters at most, so O(m) columns).
 */
export function findMatchStart(
  text: string,
  pattern: string,
  end: number,
  errors: number,
  floor = 0,
): number {
  const reversed = pattern.split('').reverse().join('');
  const lowest = Math.max(floor, end - pattern.length - errors);
  let start = end;
  let best = Number.POSITIVE_INFINITY;
  scan(text, reversed, end - 1, lowest, -1, true, (i, distance) => {
    if (distance <= best) {
      best = distance;
      start = i;
    }
  });
  return best <= errors ? start : Math.max(lowest, end - pattern.length);
}

/**
 * Levenshtein distance (context comparison): the anchored scan above over all of `b` ends with the
 * distance between all of `a` and all of `b`. Reusing it keeps one edit-distance algorithm in the
 * content script instead of two (its 10 KB budget); O(ceil(a / 32) * b).
 */
export function editDistance(a: string, b: string): number {
  if (a === '') return b.length;
  let distance = a.length;
  scan(b, a, 0, b.length, 1, true, (_, last) => (distance = last));
  return distance;
}
