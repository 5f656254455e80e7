import { builtInProtocolIds } from './built-in-protocols';
import { formatIssues, isRecord, ROOT_LABEL, show } from './issue-format';
import { protocolSchema, type Protocol } from './protocol-schema';

/**
 * Import of a partnership's own protocol file. All or nothing: a file with any problem is rejected whole,
 * with one "field: problem" line per problem, so the partnership can fix it and try again.
 */

/** Far above any real protocol (the built-in ones are under 20 kB as JSON). */
export const MAX_PROTOCOL_FILE_CHARS = 500_000;

export type ProtocolFileResult = { ok: true; protocol: Protocol } | { ok: false; errors: string[] };

/** Parse an imported partnership protocol file (already JSON.parsed, or a string). All-or-nothing. */
export function parseProtocolFile(input: unknown): ProtocolFileResult {
  try {
    let data = input;
    if (typeof input === 'string') {
      if (input.length > MAX_PROTOCOL_FILE_CHARS) {
        return fail(
          `${ROOT_LABEL}: is too large for a protocol file (over ${MAX_PROTOCOL_FILE_CHARS} characters)`,
        );
      }
      try {
        data = JSON.parse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail(`${ROOT_LABEL}: is not valid JSON (${reason})`);
      }
    }

    if (!isRecord(data)) {
      return fail(`${ROOT_LABEL}: must be a JSON object describing one protocol (got ${show(data)})`);
    }
    const parsed = protocolSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      const errors = formatIssues(parsed.error.issues);
      return errors.length > 0 ? fail(...errors) : fail(`${ROOT_LABEL}: is not a valid protocol`);
    }

    const protocol = parsed.data;
    if (builtInProtocolIds.includes(protocol.id)) {
      return fail(
        `id: "${protocol.id}" belongs to a protocol built into the product; give your partnership's protocol its own id`,
      );
    }
    return { ok: true, protocol };
  } catch (error) {
    // Nothing above should throw, but a file must never crash the import screen.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`${ROOT_LABEL}: could not be read (${reason})`);
  }
}

function fail(...errors: string[]): ProtocolFileResult {
  return { ok: false, errors };
}
