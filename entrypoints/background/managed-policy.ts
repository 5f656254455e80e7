import { browser } from 'wxt/browser';
import { EMPTY_POLICY, parseManagedPolicy, type ManagedPolicy } from '@/lib/settings/managed-policy-schema';

/**
 * The organisation's policy, read from chrome.storage.managed (Chrome: the extension's policy under
 * "3rdparty" → "extensions" → id, checked against public/managed-schema.json). Firefox reads the same
 * keys from its enterprise policies.json ("3rdparty" → "Extensions" → add-on id); where no policy is set
 * at all, Firefox rejects the read, which here means "no policy".
 */
let cached: Promise<ManagedPolicy> | null = null;
const listeners = new Set<() => void>();
let watching = false;

function watch(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    cached = null;
    for (const listener of listeners) listener();
  });
}

async function load(): Promise<ManagedPolicy> {
  try {
    const policy = parseManagedPolicy(await browser.storage.managed.get());
    // Only the key and the problem: policy values are IT's configuration, never case data.
    for (const warning of policy.warnings) console.warn(`Managed policy ignored ${warning}`);
    return policy;
  } catch {
    return EMPTY_POLICY;
  }
}

export function readManagedPolicy(): Promise<ManagedPolicy> {
  watch();
  cached ??= load();
  return cached;
}

/** Called after IT's policy changes (Chrome re-reads policy files every few seconds). */
export function onManagedPolicyChanged(listener: () => void): void {
  watch();
  listeners.add(listener);
}
