// Types for server.mjs, so TypeScript tests (vitest, Playwright) can start the demo site.

export interface DemoSite {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4873`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening, drops open connections and pending delayed API answers. Safe to call twice. */
  close(): Promise<void>;
}

export function startDemoSite(options?: { port?: number; host?: string }): Promise<DemoSite>;
