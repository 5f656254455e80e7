import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Files under tests/fixtures/protocols, read as text. */
export function readProtocolFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/protocols/${name}`, import.meta.url)), 'utf8');
}

/** A fresh, mutable copy of the valid example import file. */
export function validCustomProtocol(): Record<string, unknown> & {
  stages: Record<string, unknown>[];
  areasOfDisagreement: Record<string, unknown>[];
  specialRoutes: Record<string, unknown>[];
  recordingTool: Record<string, unknown> & { fields: Record<string, unknown>[] };
} {
  return JSON.parse(readProtocolFixture('valid-custom.json'));
}

/**
 * The source documents the protocols encode live beside the repository (../shared/protocol-sources).
 * Tests that compare our data with the sources' wording skip when the sources are not checked out.
 */
const SOURCES_DIR = fileURLToPath(new URL('../../../../shared/protocol-sources/', import.meta.url));
export const sourcesAvailable = existsSync(SOURCES_DIR);

/** The source's text, with whitespace runs collapsed, straight quotes, and lower case, for "does it say this" checks. */
export function normalisedSource(file: string): string {
  return normalise(readFileSync(`${SOURCES_DIR}${file}`, 'utf8').replace(/\*\*|<\/?b>/g, ''));
}

export function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}
