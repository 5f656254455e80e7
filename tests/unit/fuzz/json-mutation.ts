import fc from 'fast-check';

/**
 * Mutations of a valid file, the way a damaged, hand-edited or hostile file differs from a good one:
 * one value replaced by any JSON, a key dropped or added, an array item duplicated or removed, or the
 * text itself cut, spliced or flipped. Each mutation is applied to a deep copy.
 */
export type Mutation =
  | { kind: 'replace'; path: number[]; value: unknown }
  | { kind: 'delete'; path: number[] }
  | { kind: 'add-key'; path: number[]; key: string; value: unknown }
  | { kind: 'duplicate'; path: number[] }
  | { kind: 'truncate-text'; at: number }
  | { kind: 'splice-text'; at: number; text: string }
  | { kind: 'flip-char'; at: number; char: string };

const path = fc.array(fc.nat(), { minLength: 0, maxLength: 8 });
/** Values that are wrong in the ways that matter: types, sizes, markup, prototype keys. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '<img src=x onerror="window.__xss=1">',
    '"><script>window.__xss=2</script>',
    'javascript:alert(1)',
    '{{7*7}}',
    '',
    'x'.repeat(20_000),
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    null,
    [],
    {},
    '2025-02-30T25:61:00Z',
  ),
);
const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype'),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      path,
      key: hostileKey,
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate-text' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('splice-text' as const),
      at: fc.nat(),
      text: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{', '}', ',', '"', '[', ']', ':')),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flip-char' as const),
      at: fc.nat(),
      char: fc.string({ minLength: 1, maxLength: 1 }),
    }),
  },
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Walks `path` (each step picks a child by index modulo the child count); stops early at a leaf. */
function walk(root: Container, steps: number[]): { parent: Container; key: string | number } | null {
  let parent: Container = root;
  let key: string | number | null = null;
  for (const step of steps) {
    const current: unknown = key === null ? parent : (parent as Record<string | number, unknown>)[key];
    if (!isContainer(current)) break;
    const keys: (string | number)[] = Array.isArray(current)
      ? current.map((_, i) => i)
      : Object.keys(current);
    if (keys.length === 0) break;
    if (key !== null) parent = current;
    key = keys[step % keys.length]!;
  }
  return key === null ? null : { parent, key };
}

/** The mutated file as text (what an import reads). */
export function mutate(valid: unknown, mutation: Mutation): string {
  const text = JSON.stringify(valid);
  switch (mutation.kind) {
    case 'truncate-text':
      return text.slice(0, mutation.at % text.length);
    case 'splice-text': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'flip-char': {
      const at = mutation.at % text.length;
      return text.slice(0, at) + mutation.char + text.slice(at + 1);
    }
    default:
      break;
  }
  const copy = JSON.parse(text) as Container;
  const target = walk(copy, mutation.path);
  if (!target) return JSON.stringify(mutation.kind === 'replace' ? mutation.value : copy);
  const { parent, key } = target;
  const record = parent as Record<string | number, unknown>;
  switch (mutation.kind) {
    case 'replace':
      record[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete record[key];
      break;
    case 'add-key': {
      const child = record[key];
      // defineProperty so that "__proto__" becomes an own key in the text, as a hostile file would have it.
      if (isContainer(child) && !Array.isArray(child)) {
        Object.defineProperty(child, mutation.key, { value: mutation.value, enumerable: true });
      } else record[key] = { [mutation.key]: mutation.value };
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      else record[key] = [record[key], record[key]];
      break;
  }
  return JSON.stringify(copy);
}
