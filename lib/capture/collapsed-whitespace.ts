/**
 * Text with every run of whitespace collapsed to one space, and the way back to the original
 * offsets. Quotes are matched in this form so that reflowed text (a line break that became a space,
 * doubled spaces, non-breaking spaces) does not cost any of the fuzzy match's error budget.
 */
import { firstReached } from './bisect';

export interface CollapsedText {
  text: string;
  /** toOriginal[i] is the original offset of collapsed character i; toOriginal[text.length] is the original length. */
  toOriginal: Int32Array;
}

const WHITESPACE = /\s/;

export function collapseWhitespace(original: string): CollapsedText {
  const toOriginal = new Int32Array(original.length + 1);
  let out = '';
  const chunks: string[] = [];
  let length = 0;
  let inRun = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (WHITESPACE.test(char)) {
      if (inRun) continue;
      inRun = true;
      out += ' ';
    } else {
      inRun = false;
      out += char;
    }
    toOriginal[length++] = i;
    // Flush in chunks: repeated `+=` on a 200 KB string is fine in V8, but joining keeps it linear everywhere.
    if (out.length >= 4096) {
      chunks.push(out);
      out = '';
    }
  }
  chunks.push(out);
  toOriginal[length] = original.length;
  return { text: chunks.join(''), toOriginal: toOriginal.subarray(0, length + 1) };
}

/** The collapsed offset of an original offset (the first collapsed character at or after it). */
export function toCollapsedOffset(collapsed: CollapsedText, originalOffset: number): number {
  const { toOriginal } = collapsed;
  return firstReached(toOriginal.length - 1, (i) => toOriginal[i]! >= originalOffset);
}

/**
 * Original [start, end) of the collapsed span [start, end). A collapsed space at either edge stands for
 * its whole whitespace run, so the run is included whole.
 */
export function toOriginalSpan(
  collapsed: CollapsedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { text, toOriginal } = collapsed;
  const originalStart = toOriginal[start]!;
  if (end <= start) return { start: originalStart, end: originalStart };
  const originalEnd = text[end - 1] === ' ' ? toOriginal[end]! : toOriginal[end - 1]! + 1;
  return { start: originalStart, end: originalEnd };
}
