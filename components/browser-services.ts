import { createContext, type Context } from 'preact';
import { useContext } from 'preact/hooks';
// Types only: components never import the browser runtime themselves.
import type { browser } from 'wxt/browser';
import type { CaseDraftStore } from '@/lib/store/new-challenge-drafts';
import type { NewChallengeDraft } from './new-challenge-draft';

/*
 * What components need from the browser besides messaging, provided by the entrypoint that renders them,
 * exactly as the messenger is (components/messenger.ts): a component test passes a fake, and a view that
 * must not reach the browser gets none and fails loudly instead of quietly doing nothing.
 */

function useProvided<T>(context: Context<T | null>, what: string, provider: string): T {
  const value = useContext(context);
  if (!value) {
    throw new Error(`No ${what}: the entrypoint must render components inside <${provider}.Provider>.`);
  }
  return value;
}

/** Where the new-challenge form keeps its drafts (lib/store/new-challenge-drafts.ts), or a fake in a test. */
export type NewChallengeDrafts = CaseDraftStore<NewChallengeDraft>;

export const NewChallengeDraftsContext = createContext<NewChallengeDrafts | null>(null);

export function useNewChallengeDrafts(): NewChallengeDrafts {
  return useProvided(NewChallengeDraftsContext, 'new-challenge draft store', 'NewChallengeDraftsContext');
}

/** An extension page's path, e.g. `/records.html#challenge=…`, as runtime.getURL takes it. */
export type ExtensionPagePath = Parameters<typeof browser.runtime.getURL>[0];

/**
 * Makes an extension page's absolute URL (runtime.getURL). Absolute because inside the in-page sidebar
 * the frame's own address is a per-session dynamic one, from which a relative link would not reach
 * another extension page.
 */
export type ExtensionUrl = (path: ExtensionPagePath) => string;

export const ExtensionUrlContext = createContext<ExtensionUrl | null>(null);

export function useExtensionUrl(): ExtensionUrl {
  return useProvided(ExtensionUrlContext, 'extension URL maker', 'ExtensionUrlContext');
}
