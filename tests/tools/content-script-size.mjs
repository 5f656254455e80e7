// Prints the gzipped size of every content script in the Chrome build and fails over the budget:
// this code is injected on every case page, so it must stay tiny (the sidebar loads only when opened).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 10 * 1024;
// The case-page script is injected into granted sites after they load (entrypoints/case-page, docs/adr/0003).
const files = (process.argv.length > 2 ? process.argv.slice(2) : ['.output/chrome-mv3/case-page.js']).map(
  (file) => path.resolve(file),
);
for (const file of files)
  if (!existsSync(file)) throw new Error(`No content script at ${file}: build first.`);

let failed = false;
for (const name of files) {
  const raw = readFileSync(name);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const verdict = gzipped <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
  console.log(
    `content script ${path.basename(name)}: ${raw.length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES}) ${verdict}`,
  );
  if (gzipped > BUDGET_BYTES) failed = true;
}
process.exit(failed ? 1 : 0);
