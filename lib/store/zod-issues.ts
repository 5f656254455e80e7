import type { z } from 'zod';

/**
 * Zod issues as lines a person can find in their file: `challenges[3].events[2].at: <problem>`.
 * `prefix` is where the parsed value sits inside a larger document.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string[] {
  return issues.flatMap((issue) =>
    // Name each unexpected field where it is, rather than the object that holds it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${formatPath(prefix, [...issue.path, key])}: is not a field of this format`)
      : [`${formatPath(prefix, issue.path)}: ${issue.message}`],
  );
}

export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(the whole file)' : text;
}
