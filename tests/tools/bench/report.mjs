// Writes the measured table into docs/PERFORMANCE.md between markers, keeping the hand-written
// analysis around it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { markdownTable } from './stats.mjs';

const FILE = path.resolve('docs/PERFORMANCE.md');
const START = '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

export function writeReport({ rows, notes, browserVersion, extensionDir, seconds }) {
  const machine = [
    `Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, Chromium ${browserVersion} headless`,
    `Extension: ${path.relative(process.cwd(), extensionDir) || extensionDir}; whole bench ${Math.round(seconds)} s`,
  ];
  const block = [
    START,
    '',
    ...machine.map((line) => `${line}  `),
    '',
    markdownTable(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    END,
  ].join('\n');
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from === -1 || to === -1
      ? `${current.trimEnd()}\n\n${block}\n`
      : `${current.slice(0, from)}${block}${current.slice(to + END.length)}`;
  writeFileSync(FILE, next);
  return FILE;
}
