import { z } from 'zod';
import {
  ABSOLUTE,
  ACCUSATORY,
  CHILD_FOCUS_SUGGESTION,
  EMOTIVE,
  EVIDENCE_MARKERS,
  FOCUS_WORDS,
  OPINION_MARKERS,
  UNSUPPORTED_OPINION_SUGGESTION,
  type ToneCategory,
  type TonePhraseGroup,
} from './tone-phrases';

/**
 * A tone check from the briefings' qualities of good challenge. It points out wording that works against
 * them, each with a suggestion; it is guidance and never blocks sending. Spans are UTF-16 offsets into the
 * text (JavaScript string indices), `end` exclusive, so `text.slice(start, end)` is the offending wording.
 */

export interface ToneFinding {
  category: ToneCategory;
  /** The `toneQualities` id (lib/protocols) the wording works against. */
  quality: TonePhraseGroup['quality'];
  start: number;
  end: number;
  /** 'span': the wording at start..end. 'whole-text': something missing from the text as a whole. */
  scope: 'span' | 'whole-text';
  text: string;
  suggestion: string;
}

export const toneCheckOptionsSchema = z.object({
  subject: z.enum(['child', 'adult-at-risk']),
  /** More words that name whom the challenge is for (a child's initials, "Baby K"). */
  focusWords: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
});
export type ToneCheckOptions = z.input<typeof toneCheckOptionsSchema>;

/** A phrase as a whole-word, case-insensitive pattern; either apostrophe, any run of spaces between words. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        .replace(/ /g, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const PATTERNS = new Map<TonePhraseGroup, RegExp>(
  [ACCUSATORY, EMOTIVE, ABSOLUTE].map((group) => [group, phrasePattern(group.phrases)]),
);
const OPINION = phrasePattern(OPINION_MARKERS);
const EVIDENCE = phrasePattern(EVIDENCE_MARKERS);
/** A date or a count ("2 May", "3 times", "12/05") is evidence too. */
const DATE_OR_COUNT = /\d/;
const EXCLAMATION = /!+/g;
/** Capitals used to shout: a known emphasis word, or three capitalised words in a row. */
const EMPHASIS_CAPITALS =
  /(?<![\p{L}\p{N}])(?:NOT|NEVER|ALWAYS|MUST|NOW|URGENT|URGENTLY|IMMEDIATELY|PLEASE|STILL|AGAIN|VERY|REALLY|SERIOUSLY|STOP)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,}(?![\p{L}\p{N}])/gu;

function finding(
  group: Pick<TonePhraseGroup, 'category' | 'quality'>,
  text: string,
  start: number,
  end: number,
  suggestion: string,
): ToneFinding {
  return {
    category: group.category,
    quality: group.quality,
    start,
    end,
    scope: 'span',
    text: text.slice(start, end),
    suggestion,
  };
}

function phraseFindings(text: string): ToneFinding[] {
  const found: ToneFinding[] = [];
  for (const [group, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push(finding(group, text, match.index, match.index + match[0].length, group.suggestion));
    }
  }
  const calm = { category: 'emotive', quality: 'calm' } as const;
  for (const match of text.matchAll(EXCLAMATION)) {
    found.push(
      finding(
        calm,
        text,
        match.index,
        match.index + match[0].length,
        'Use a full stop: calm wording carries more weight than emphasis.',
      ),
    );
  }
  for (const match of text.matchAll(EMPHASIS_CAPITALS)) {
    found.push(
      finding(
        calm,
        text,
        match.index,
        match.index + match[0].length,
        'Write it in ordinary case: capitals read as shouting.',
      ),
    );
  }
  return found;
}

/** Opinion markers in sentences that name no record, observation, date or count. */
function opinionFindings(text: string): ToneFinding[] {
  const found: ToneFinding[] = [];
  for (const sentence of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const words = sentence[0];
    if (new RegExp(EVIDENCE.source, 'iu').test(words) || DATE_OR_COUNT.test(words)) continue;
    for (const marker of words.matchAll(OPINION)) {
      const start = sentence.index + marker.index;
      found.push(
        finding(
          { category: 'unsupported-opinion', quality: 'evidence-based' },
          text,
          start,
          start + marker[0].length,
          UNSUPPORTED_OPINION_SUGGESTION,
        ),
      );
    }
  }
  return found;
}

/** RPD briefing, "Child-focused": the text should say whom the challenge is for. */
function focusFinding(text: string, options: z.infer<typeof toneCheckOptionsSchema>): ToneFinding[] {
  if (text.trim() === '') return [];
  const words = [...FOCUS_WORDS[options.subject], ...(options.focusWords ?? [])];
  if (phrasePattern(words).test(text)) return [];
  return [
    {
      category: 'child-focus',
      quality: 'child-focused',
      start: 0,
      end: text.length,
      scope: 'whole-text',
      text: '',
      suggestion: CHILD_FOCUS_SUGGESTION[options.subject],
    },
  ];
}

/** Drops a span finding that lies inside another ("always" inside "you always"), keeping the wider one. */
function withoutNested(findings: ToneFinding[]): ToneFinding[] {
  return findings.filter(
    (inner) =>
      inner.scope === 'whole-text' ||
      !findings.some(
        (outer) =>
          outer !== inner &&
          outer.scope === 'span' &&
          outer.start <= inner.start &&
          outer.end >= inner.end &&
          (outer.end - outer.start > inner.end - inner.start ||
            findings.indexOf(outer) < findings.indexOf(inner)),
      ),
  );
}

/**
 * Checks `text` (an email body, a reason, a note) and returns the findings in text order.
 * @throws RangeError naming the option when the options are invalid.
 */
export function toneCheck(text: string, options: ToneCheckOptions): ToneFinding[] {
  const parsed = toneCheckOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`${issue?.path.join('.') || 'options'}: ${issue?.message ?? 'invalid'}`);
  }
  const findings = withoutNested([...phraseFindings(text), ...opinionFindings(text)]);
  return [...findings.sort((a, b) => a.start - b.start || b.end - a.end), ...focusFinding(text, parsed.data)];
}
