/**
 * Reading fields off a case page. The page is hostile: everything is read as textContent (never HTML),
 * whitespace-collapsed, trimmed and capped, and a selector that throws counts as "not found".
 */
import { walkPageText } from '../text-index';

/** Longest field kept (the message schema's limit for page text fields). */
export const MAX_FIELD_LENGTH = 2000;
/** Longest case reference kept; anything longer is not a reference (the message schema's limit). */
export const MAX_REFERENCE_LENGTH = 64;

/** Collapsed, trimmed and capped text, or undefined when nothing is left. */
export function cleanText(text: string | null | undefined, max = MAX_FIELD_LENGTH): string | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
  return clean === '' ? undefined : clean;
}

/** A plausible case reference: one line, not too long. */
export function cleanReference(text: string | null | undefined): string | undefined {
  const clean = cleanText(text, MAX_REFERENCE_LENGTH + 1);
  return clean && clean.length <= MAX_REFERENCE_LENGTH ? clean : undefined;
}

export function queryFirst(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    // An invalid selector (from settings) finds nothing; it must never break the page.
    return null;
  }
}

/** Clean text of the first element matching any of the selectors, in order. */
export function textAt(scope: ParentNode, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const text = cleanText(queryFirst(scope, selector)?.textContent);
    if (text) return text;
  }
  return undefined;
}

/** `"Name, Role"` from the parts that are present. */
export function joinParts(...parts: (string | undefined)[]): string | undefined {
  return cleanText(parts.filter(Boolean).join(', '));
}

/** Clean text without a leading label such as "Decision:" or "Outcome:" (removed before the cap). */
export function withoutLabel(text: string | null | undefined, label: RegExp): string | undefined {
  if (!text) return undefined;
  return cleanText(text.replace(new RegExp(`^\\s*(?:${label.source})\\s*:\\s*`, 'i'), ''));
}

/** The first matching element's text without its leading label. */
export function unlabelledTextAt(scope: ParentNode, selector: string, label: RegExp): string | undefined {
  return withoutLabel(queryFirst(scope, selector)?.textContent, label);
}

/**
 * The value shown beside a label in a description list or a table (`<dt>Label</dt><dd>value</dd>`,
 * `<th>Label</th><td>value</td>`): the element after the first label whose whole text matches.
 */
export function labelledValue(scope: ParentNode, label: RegExp): string | undefined {
  const whole = new RegExp(`^(?:${label.source})\\s*:?$`, 'i');
  for (const term of scope.querySelectorAll('dt, th')) {
    if (!whole.test(cleanText(term.textContent) ?? '')) continue;
    const value = cleanText(term.nextElementSibling?.textContent);
    if (value) return value;
  }
  return undefined;
}

/**
 * The page's visible-prose text with a line break between text nodes, so that a label and its value in
 * neighbouring elements ("Case reference" / "CR-1") are separated, as a reader sees them.
 * Script, style and the extension's own UI are left out. Capped: labels are near the top of a record.
 */
export function pageLines(root: Element, max = 200_000): string {
  const lines: string[] = [];
  let length = 0;
  walkPageText(root, (node) => {
    const line = node.data.trim();
    if (line === '') return;
    lines.push(line);
    length += line.length + 1;
    return length >= max;
  });
  return lines.join('\n').slice(0, max);
}
