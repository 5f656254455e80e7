import { browser } from 'wxt/browser';

/**
 * Where the new-challenge form keeps what has been typed, one draft per case reference. Generic in the
 * draft's shape because that shape belongs to the form (components/new-challenge-draft.ts), and lib/
 * does not import components.
 */
export interface CaseDraftStore<Draft extends object> {
  /** The saved draft for this case, or null when there is none. */
  load(caseReference: string): Promise<Partial<Draft> | null>;
  save(caseReference: string, draft: Draft): Promise<void>;
  clear(caseReference: string): Promise<void>;
}

export function draftKey(caseReference: string): string {
  return `draft:new-challenge:${caseReference}`;
}

/**
 * Drafts live in session storage: kept in memory for the browser session (closing and reopening the
 * sidebar loses nothing) and never written to disk, where the passphrase lock could not protect them.
 */
export function sessionNewChallengeDrafts<Draft extends object>(): CaseDraftStore<Draft> {
  const area = () => browser.storage.session;
  return {
    async load(caseReference) {
      const key = draftKey(caseReference);
      const value = (await area().get(key))[key];
      // Only this store writes the key, always with a whole draft; the form merges it over its defaults.
      return typeof value === 'object' && value !== null ? (value as Partial<Draft>) : null;
    },
    async save(caseReference, draft) {
      await area().set({ [draftKey(caseReference)]: draft });
    },
    async clear(caseReference) {
      await area().remove(draftKey(caseReference));
    },
  };
}
