/**
 * The fallback for sites no adapter knows: labelled values only, never a guess. A reference is taken
 * only after a label that says what it is ("Case reference", "Case no.", "Record number", "Client ID",
 * "NHS number"); an unlabelled number, and in particular an NHS number not labelled as one, is never
 * taken. A labelled NHS number must also pass its check digit (NHS Data Dictionary, NHS NUMBER).
 */
import { cleanReference, cleanText, labelledValue, pageLines, withoutLabel } from './page-reading';
import type { DetectedCase } from './types';

/** "Case reference: CR-204871", "Case no. 12345", "Record number ASC-7781". Letters are optional, digits are not. */
const CASE_REFERENCE =
  /\b(?:case|record)\s*(?:ref(?:erence)?|no\.?|number|id)(?![a-z])\s*[:#]?\s*((?:[A-Z]{1,5}-?)?\d{3,10})\b/i;
const CLIENT_ID = /\bclient\s*id(?![a-z])\s*[:#]?\s*((?:[A-Z]{1,5}-?)?\d{3,12})\b/i;
const NHS_NUMBER = /\bNHS\s*(?:number|no\.?)(?![a-z])\s*[:#]?\s*(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)/i;

const DECISION_LABEL = /decision|outcome/;
/** A text node that starts a decision: "Decision: …", "Outcome:" (value may follow in the next element). */
const DECISION_START = /^\s*(?:decision|outcome)\s*:/i;
const INLINE_ELEMENTS = new Set([
  'A',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'SPAN',
  'LABEL',
  'SMALL',
  'MARK',
  'ABBR',
]);

export function detectGeneric(doc: Document, url: URL): DetectedCase | null {
  const body = doc.body;
  if (!body) return null;
  const lines = pageLines(body);
  const caseReference = cleanReference(
    CASE_REFERENCE.exec(lines)?.[1] ??
      CLIENT_ID.exec(lines)?.[1] ??
      validNhsNumber(NHS_NUMBER.exec(lines)?.[1]),
  );
  if (!caseReference) return null;
  return {
    system: cleanText(url.hostname, 100) ?? 'Unknown system',
    caseReference,
    subject: labelledValue(body, /subject|name of (?:child|adult)|child(?:’|')?s name|adult at risk/),
    decision: labelledDecision(body),
    decisionMaker: labelledValue(body, /decision[ -]maker|decided by/),
  };
}

/** The digits of an NHS number whose modulus-11 check digit is right, spaced 3-3-4; otherwise undefined. */
export function validNhsNumber(candidate: string | undefined): string | undefined {
  const digits = (candidate ?? '').replace(/\D/g, '');
  if (digits.length !== 10) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  if (expected === 10 || expected !== Number(digits[9])) return undefined;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/**
 * The first "Decision: …" / "Outcome: …" on the page: the text of the block that holds the label, or,
 * when the label stands alone (`<dt>Decision:</dt>`), of the element after it.
 */
function labelledDecision(body: HTMLElement): string | undefined {
  const SHOW_TEXT = 0x4;
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!DECISION_START.test((node as Text).data)) continue;
    let holder = node.parentElement;
    if (!holder || holder.closest('script, style, noscript, template, [data-challenge-companion]')) continue;
    while (INLINE_ELEMENTS.has(holder.tagName.toUpperCase()) && holder.parentElement)
      holder = holder.parentElement;
    const decision =
      withoutLabel(holder.textContent, DECISION_LABEL) ?? cleanText(holder.nextElementSibling?.textContent);
    if (decision) return decision;
  }
  return labelledValue(body, DECISION_LABEL);
}
