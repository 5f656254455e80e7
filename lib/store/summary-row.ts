import type { StoredSummary } from './store-deps';

/**
 * A summary as stored: the domain's summary plus the fields only the store's indexes need. Reads
 * strip them again, so callers see exactly what the summariser produced.
 */
export type SummaryRow = StoredSummary & {
  /** `caseReference` in upper case without spaces, so "cs 1234" finds "CS1234"; null: not indexed. */
  caseReferenceKey: string | null;
};

/** Case references are typed by hand as often as copied: ignore case and spacing when matching. */
export function caseReferenceSearchKey(reference: string): string {
  return reference.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

export function toSummaryRow<S extends StoredSummary>(summary: S): S & SummaryRow {
  const reference = summary.caseReference;
  const key = reference === null || reference === undefined ? null : caseReferenceSearchKey(reference);
  return { ...summary, caseReferenceKey: key === '' ? null : key };
}

/**
 * The summariser's output back from a stored row. The cast is sound because every row was written by
 * `toSummaryRow` from an `S` in this store (appendEvents, importBackup, rebuildSummaries).
 */
export function fromSummaryRow<S extends StoredSummary>(row: SummaryRow): S {
  const { caseReferenceKey: _omitted, ...summary } = row;
  return summary as unknown as S;
}
