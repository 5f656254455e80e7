/**
 * Case sites described in settings (CustomAdapter). Settings are validated when saved, but a stored
 * value can still be unusable here (an older version's data, a pattern this engine rejects): such an
 * adapter is skipped, never allowed to throw on the case page.
 */
import { compileUrlPattern } from '../url-pattern';
import { cleanReference, pageLines, queryFirst, textAt } from './page-reading';
import type { CaseAdapter, CustomAdapter } from './types';

/**
 * Page text a user's pattern is run against. Capped because the pattern is arbitrary: a catastrophic
 * backtracking pattern over a whole 200 KB record would hang the page; over 20 000 characters it is
 * bounded, and the reference is near the top of a record in every system seen so far.
 */
const MAX_PATTERN_INPUT = 20_000;

/** The adapter a user's settings describe, or null when its address pattern or regex is invalid. */
export function customCaseAdapter(settings: CustomAdapter): CaseAdapter | null {
  const matches = compileUrlPattern(settings.urlPattern);
  if (!matches) return null;
  let pattern: RegExp | undefined;
  if (settings.caseReferencePattern) {
    try {
      pattern = new RegExp(settings.caseReferencePattern);
    } catch {
      return null;
    }
  }
  if (!pattern && !settings.caseReferenceSelector) return null;

  return {
    matches,
    detect(doc) {
      const source = settings.caseReferenceSelector
        ? queryFirst(doc, settings.caseReferenceSelector)?.textContent
        : doc.body && pageLines(doc.body, MAX_PATTERN_INPUT);
      if (!source) return null;
      const caseReference = cleanReference(
        pattern ? firstMatch(pattern, source.slice(0, MAX_PATTERN_INPUT)) : source,
      );
      if (!caseReference) return null;
      const field = (selector: string | undefined) => (selector ? textAt(doc, selector) : undefined);
      return {
        system: settings.name,
        caseReference,
        subject: field(settings.subjectSelector),
        decision: field(settings.decisionSelector),
        decisionMaker: field(settings.decisionMakerSelector),
      };
    },
  };
}

/** Group 1 when the pattern has one, else the whole match. */
function firstMatch(pattern: RegExp, text: string): string | undefined {
  const match = pattern.exec(text);
  return match ? (match[1] ?? match[0]) : undefined;
}
