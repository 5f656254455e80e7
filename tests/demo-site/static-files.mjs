// Maps a request path to a file under the pages root, refusing anything that could step outside it.
// The demo site is started by tests and by `npm run demo` on a practitioner's machine, so it must never
// serve the repository (package.json, .git, the built extension) through a crafted path.

import { resolve, sep, extname } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** @param {string} filePath */
export function contentTypeFor(filePath) {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves the raw request path (exactly as sent, before any URL normalisation) to a file path.
 *
 * Refused: malformed percent-encoding, NUL, backslashes, and any segment that starts with a dot
 * (`..`, `.`, `.git`), whether typed or percent-encoded. The resolved path must also stay inside the
 * root: a second, independent check in case the first one misses a trick.
 *
 * @param {string} root absolute path of the pages folder
 * @param {string} rawPath the request path without query string, e.g. `/casebook/case/CR-204871.html`
 * @returns {{ ok: true, filePath: string, decodedPath: string } | { ok: false, status: 400 | 403, reason: string }}
 */
export function resolvePagePath(root, rawPath) {
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'path must start with /' };
  let decodedPath;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (decodedPath.includes('\0') || decodedPath.includes('\\')) {
    return { ok: false, status: 403, reason: 'forbidden character' };
  }
  const segments = decodedPath.split('/').slice(1);
  if (segments.some((segment) => segment.startsWith('.'))) {
    return { ok: false, status: 403, reason: 'dot segments and hidden files are not served' };
  }
  const relative = decodedPath.endsWith('/') ? `${decodedPath}index.html` : decodedPath;
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  const filePath = resolve(rootWithSep, `.${relative}`);
  if (!filePath.startsWith(rootWithSep)) {
    return { ok: false, status: 403, reason: 'path escapes the pages folder' };
  }
  return { ok: true, filePath, decodedPath };
}
