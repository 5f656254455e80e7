import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface DemoSite {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the bundled demo case-management site (tests/demo-site/server.mjs) on a free loopback port. */
export async function startDemo(): Promise<DemoSite> {
  const server = (await import(pathToFileURL(path.resolve('tests/demo-site/server.mjs')).href)) as {
    startDemoSite(options?: { port?: number; host?: string }): Promise<DemoSite>;
  };
  return server.startDemoSite({ port: 0, host: '127.0.0.1' });
}
