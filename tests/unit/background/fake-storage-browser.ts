/**
 * A stand-in for `wxt/browser` with only what the background's challenge service reads at run time:
 * `storage.local` (settings, the test clock) as a Map, an empty managed policy, no change events.
 * Use as `vi.mock('wxt/browser', () => import('./fake-storage-browser'))`; clear `localArea` per test.
 */
export const localArea = new Map<string, unknown>();

export const browser = {
  storage: {
    local: {
      get: async (key: string) => (localArea.has(key) ? { [key]: localArea.get(key) } : {}),
      set: async (items: Record<string, unknown>) =>
        Object.entries(items).forEach(([k, v]) => localArea.set(k, v)),
    },
    managed: { get: async () => ({}) },
    onChanged: { addListener: () => undefined },
  },
};
