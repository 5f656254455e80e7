// Prints the gzipped size of every content script in the Chrome build and fails over the budget:
// this code is injected on every case page, so it must stay tiny (the sidebar loads only when opened).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 10 * 1024;
const dir = path.resolve(process.argv[2] ?? '.output/chrome-mv3/content-scripts');
const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
if (files.length === 0) throw new Error(`No content scripts in ${dir}: build first.`);

let failed = false;
for (const name of files) {
  const raw = readFileSync(path.join(dir, name));
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const verdict = gzipped <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
  console.log(`content script ${name}: ${raw.length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES}) ${verdict}`);
  if (gzipped > BUDGET_BYTES) failed = true;
}
process.exit(failed ? 1 : 0);
