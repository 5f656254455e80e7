import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { parseProtocolFile, recordingToolSchema } from '../../../lib/protocols';
import { validCustomProtocol } from './protocol-fixtures';

/** The examples in docs/protocol-format.md are what partnerships copy, so they must stay valid. */
const doc = readFileSync(fileURLToPath(new URL('../../../docs/protocol-format.md', import.meta.url)), 'utf8');

function jsonBlockAfter(heading: string): unknown {
  const section = doc.slice(doc.indexOf(heading));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error(`no JSON example after ${heading}`);
  return JSON.parse(block[1]!);
}

describe('docs/protocol-format.md', () => {
  test('the example protocol imports', () => {
    const result = parseProtocolFile(jsonBlockAfter('## Example'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  test('the recording tool example is a valid recording tool', () => {
    expect(recordingToolSchema.safeParse(jsonBlockAfter('## Recording tool')).success).toBe(true);
  });

  test('the error lines it shows are what the importer says for those mistakes', () => {
    const shown = /```\n([\s\S]*?)```/.exec(doc)![1]!.trim().split('\n');
    const p = validCustomProtocol();
    p.stages[2]!.timeframe = { kind: 'working-days', days: -1 };
    p.areasOfDisagreement[2]!.id = 'threshold-decisions';
    const result = parseProtocolFile(p);
    expect(result.ok ? [] : result.errors).toEqual(shown);
  });
});
