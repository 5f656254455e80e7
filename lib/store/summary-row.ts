import { ALERT_INDEX_FIELDS, alertIndexFields, type AlertIndexFields } from './alert-index-fields';
import type { StoredSummary } from './store-deps';

/**
 * A summary as stored: the domain's summary plus the fields only the store's indexes need. Reads
 * strip them again, so callers see exactly what the summariser produced.
 */
export type SummaryRow = StoredSummary &
  AlertIndexFields & {
    /** `caseReference` in upper case without spaces, so "cs 1234" finds "CS1234"; null: not indexed. */
    caseReferenceKey: string | null;
    /**
     * `lastChangeAt` with every digit inverted (0↔9, 1↔8 …), so ascending key order is most recent
     * first. The listings can then read pages forwards with getAll(range, count), which IndexedDB does
     * in one request, instead of walking a reverse cursor one row at a time.
     */
    recencyKey: string;
  };

const ROW_ONLY_FIELDS = ['caseReferenceKey', 'recencyKey', ...ALERT_INDEX_FIELDS] as const;

/** Case references are typed by hand as often as copied: ignore case and spacing when matching. */
export function caseReferenceSearchKey(reference: string): string {
  return reference.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

/** Sorts the opposite way to the instant: later instants give smaller keys. */
export function recencyKey(instant: string): string {
  return new Date(instant).toISOString().replace(/\d/g, (digit) => String(9 - Number(digit)));
}

export function toSummaryRow<S extends StoredSummary>(summary: S): S & SummaryRow {
  const reference = summary.caseReference;
  // With the passphrase lock on, the summary carries no reference, only its keyed hash (lib/crypto).
  const sealedKey = (summary as { caseReferenceKey?: unknown }).caseReferenceKey;
  const key =
    reference === null || reference === undefined
      ? typeof sealedKey === 'string'
        ? sealedKey
        : null
      : caseReferenceSearchKey(reference);
  return {
    ...summary,
    caseReferenceKey: key === '' ? null : key,
    recencyKey: recencyKey(summary.lastChangeAt),
    ...alertIndexFields(summary),
  };
}

/**
 * The summariser's output back from a stored row. The cast is sound because every row was written by
 * `toSummaryRow` from an `S` in this store (appendEvents, importBackup, rebuildSummaries).
 */
export function fromSummaryRow<S extends StoredSummary>(row: SummaryRow): S {
  const summary: Record<string, unknown> = { ...row };
  for (const field of ROW_ONLY_FIELDS) delete summary[field];
  return summary as unknown as S;
}
