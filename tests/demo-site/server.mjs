// The demo site: fictional case-management systems for `npm run demo` and the Playwright tests.
// Plain node:http, no dependencies, listens on loopback only and makes no outbound requests.
//
//   node tests/demo-site/server.mjs [port]     (default port 4873)

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentTypeFor, resolvePagePath } from './static-files.mjs';
import { API_PREFIX, answerMeridianApi } from './meridian-api.mjs';

const PAGES_ROOT = fileURLToPath(new URL('./pages/', import.meta.url));
const SPA_INDEX = fileURLToPath(new URL('./pages/meridian/index.html', import.meta.url));
const DEFAULT_PORT = 4873;

const COMMON_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Page not found — demo case systems</title>
    <link rel="icon" href="data:," />
    <style>
      body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2433; }
      main { max-width: 40rem; margin: 4rem auto; padding: 2rem; background: #fff; border-radius: 8px; }
      a { color: #1d4ed8; }
    </style>
  </head>
  <body>
    <main>
      <h1>Page not found</h1>
      <p>There is no demo page at this address.</p>
      <p><a href="/">Back to the list of demo pages</a></p>
    </main>
  </body>
</html>
`;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} body
 * @param {boolean} headOnly
 */
function send(res, status, headers, body, headOnly) {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Length': String(buffer.length) });
  res.end(headOnly ? undefined : buffer);
}

/** @param {string} filePath */
async function readRegularFile(filePath) {
  try {
    const info = await stat(filePath);
    return info.isFile() ? await readFile(filePath) : null;
  } catch {
    return null;
  }
}

/** Extension-less paths under /meridian/ are client-side routes of the SPA. */
function isSpaRoute(decodedPath) {
  if (decodedPath !== '/meridian' && !decodedPath.startsWith('/meridian/')) return false;
  const lastSegment = decodedPath.split('/').pop() ?? '';
  return !lastSegment.includes('.');
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Set<NodeJS.Timeout>} pendingTimers
 */
async function handle(req, res, pendingTimers) {
  const headOnly = req.method === 'HEAD';
  if (req.method !== 'GET' && !headOnly) {
    send(
      res,
      405,
      { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
      'Method not allowed',
      false,
    );
    return;
  }
  const rawUrl = req.url ?? '/';
  const queryStart = rawUrl.search(/[?#]/);
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1).split('#')[0]);

  const resolved = resolvePagePath(PAGES_ROOT, rawPath);
  if (!resolved.ok) {
    send(
      res,
      resolved.status,
      { 'Content-Type': 'text/plain; charset=utf-8' },
      `Refused: ${resolved.reason}`,
      headOnly,
    );
    return;
  }

  if (resolved.decodedPath.startsWith(API_PREFIX)) {
    const answer = answerMeridianApi(resolved.decodedPath, query);
    const reply = () => {
      pendingTimers.delete(timer);
      send(
        res,
        answer.status,
        { 'Content-Type': 'application/json; charset=utf-8' },
        JSON.stringify(answer.body),
        headOnly,
      );
    };
    const timer = setTimeout(reply, answer.delayMs);
    pendingTimers.add(timer);
    // A client that gives up (the SPA aborts a stale navigation) must not leave a timer behind.
    res.on('close', () => {
      clearTimeout(timer);
      pendingTimers.delete(timer);
    });
    return;
  }

  const file = await readRegularFile(resolved.filePath);
  if (file) {
    send(res, 200, { 'Content-Type': contentTypeFor(resolved.filePath) }, file, headOnly);
    return;
  }
  if (!resolved.decodedPath.endsWith('/') && (await readRegularFile(`${resolved.filePath}/index.html`))) {
    send(
      res,
      301,
      { Location: `${rawPath}/`, 'Content-Type': 'text/plain; charset=utf-8' },
      'Moved',
      headOnly,
    );
    return;
  }
  if (isSpaRoute(resolved.decodedPath)) {
    const spaIndex = await readFile(SPA_INDEX);
    send(res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, spaIndex, headOnly);
    return;
  }
  send(res, 404, { 'Content-Type': 'text/html; charset=utf-8' }, NOT_FOUND_PAGE, headOnly);
}

/**
 * Starts the demo site. `url` has no trailing slash, e.g. `http://127.0.0.1:4873`.
 *
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export function startDemoSite({ port = 0, host = '127.0.0.1' } = {}) {
  /** @type {Set<NodeJS.Timeout>} */
  const pendingTimers = new Set();
  const server = createServer((req, res) => {
    handle(req, res, pendingTimers).catch((error) => {
      if (!res.headersSent) {
        send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, `Server error: ${error}`, false);
      } else {
        res.destroy();
      }
    });
  });

  /** @type {Promise<void> | null} */
  let closing = null;
  const close = () => {
    closing ??= new Promise((resolveClose, rejectClose) => {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      server.close((error) => (error ? rejectClose(error) : resolveClose()));
      // Keep-alive sockets (fetch keeps them) would otherwise hold close() open for seconds.
      server.closeAllConnections();
    });
    return closing;
  };

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      server.off('error', rejectStart);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolveStart({ url: `http://${urlHost}:${actualPort}`, port: actualPort, close });
    });
  });
}

function isRunDirectly() {
  return process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
}

if (isRunDirectly()) {
  const portArgument = process.argv[2];
  const port = portArgument === undefined ? DEFAULT_PORT : Number(portArgument);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`port: expected a whole number from 0 to 65535, got "${portArgument}"`);
    process.exit(2);
  }
  const site = await startDemoSite({ port });
  console.log(`Demo case-management site: ${site.url}/`);
  const stop = () => site.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
