import type { z } from 'zod';

/**
 * Turns zod issues into "field: problem" lines a partnership's IT officer can act on without reading
 * zod's vocabulary, e.g. `stages[2].timeframe.days: must be a whole number of working days from 1 to 260 (got -1)`.
 *
 * Parse with `{ reportInput: true }` so that issues carry the offending value for the "(got …)" part.
 */

/** The label used for the file itself, when the problem is not inside any one field. */
export const ROOT_LABEL = 'file';

/** `['stages', 2, 'timeframe', 'days']` -> `stages[2].timeframe.days`; `['a b']` -> `["a b"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      // A key that is not a plain name (spaces, punctuation, empty) is quoted so the line stays readable.
      out += `[${show(String(segment))}]`;
    }
  }
  return out === '' ? ROOT_LABEL : out;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap(formatIssue);
}

function formatIssue(issue: z.core.$ZodIssue): string[] {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'unrecognized_keys':
      // One line per key, pathed at the key itself: the author is looking for the misspelt field.
      return issue.keys.map(
        (key) => `${formatPath([...issue.path, key])}: is not a recognised field (check the spelling)`,
      );
    case 'invalid_type':
      if (input === undefined) return [`${formatPath(issue.path)}: is required`];
      return [line(issue.path, withGot(customOr(issue, `must be ${typeName(issue.expected)}`), input))];
    case 'invalid_value':
      return [line(issue.path, withGot(`must be one of ${issue.values.map(show).join(', ')}`, input))];
    case 'invalid_union':
      return formatUnion(issue);
    case 'too_small':
    case 'too_big':
      return [line(issue.path, withGot(customOr(issue, sizeMessage(issue)), input))];
    case 'invalid_format':
      return [line(issue.path, withGot(issue.message, input))];
    default:
      // Custom refinements write complete messages of their own.
      return [line(issue.path, issue.message)];
  }
}

function formatUnion(issue: z.core.$ZodIssueInvalidUnion): string[] {
  const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : undefined;
  const discriminator = issue.discriminator;
  if (discriminator === undefined || options === undefined) return [line(issue.path, issue.message)];
  // zod paths this issue at the discriminator but reports the whole object as its input.
  const choices = `one of ${options.map(show).join(', ')}`;
  const input: unknown = issue.input;
  const value = isRecord(input) ? input[discriminator] : undefined;
  if (value === undefined) return [`${formatPath(issue.path)}: is required, ${choices}`];
  return [line(issue.path, withGot(`must be ${choices}`, value))];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function line(path: readonly PropertyKey[], message: string): string {
  return `${formatPath(path)}: ${message}`;
}

/** Schema-specific messages (e.g. on working days) win over zod's generic wording. */
function customOr(issue: z.core.$ZodIssue, generic: string): string {
  return /^(Invalid input|Too small|Too big)/.test(issue.message) ? generic : issue.message;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const least = issue.code === 'too_small';
  const limit = least ? issue.minimum : issue.maximum;
  const bound = least ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return `must be ${bound} ${limit} characters long`;
    case 'array':
    case 'set':
      return `must have ${bound} ${limit} items`;
    default:
      return `must be ${bound} ${limit}`;
  }
}

function withGot(message: string, input: unknown): string {
  return input === undefined ? message : `${message} (got ${show(input)})`;
}

const MAX_SHOWN = 60;

/** A short, safe rendering of any value for a message. */
export function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const quoted = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
      return quoted;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return `a ${expected}`;
  }
}
