import { fail, ok, type Result } from './result';
import { sendMessage } from './send';
import { MAX_TRANSFER_CHARS, splitIntoParts } from './transfer';

/** Where a transfer has got to, for a progress message: `part` of `parts` done. */
export interface TransferProgress {
  part: number;
  parts: number;
}

/**
 * The page's side of a whole-store export (docs/backup-format.md, "Transport"): the background builds
 * the file once; the page fetches it part by part and keeps the parts as they are, for a Blob.
 */
export async function exportBackupInParts(
  onProgress: (progress: TransferProgress) => void,
): Promise<Result<{ fileName: string; parts: string[] }>> {
  const begun = await sendMessage('data/export-begin', {});
  if (!begun.ok) return begun;
  const { exportId, fileName, parts, chars } = begun.value;
  const texts: string[] = [];
  for (let index = 0; index < parts; index += 1) {
    onProgress({ part: index, parts });
    const part = await sendMessage('data/export-part', { exportId, index });
    if (!part.ok) return part;
    texts.push(part.value.text);
  }
  onProgress({ part: parts, parts });
  const received = texts.reduce((sum, text) => sum + text.length, 0);
  if (received !== chars)
    return fail(
      'unknown',
      `The export arrived incomplete (${received} of ${chars} characters). Export again.`,
    );
  return ok({ fileName, parts: texts });
}

/**
 * The page's side of an import: announce the file, send its parts in order, then commit. Nothing
 * stored changes before the commit, which runs the all-or-nothing import in the background.
 */
export async function importBackupInParts(
  fileText: string,
  options: { mode: 'replace' | 'merge'; passphrase?: string },
  onProgress: (progress: TransferProgress) => void,
): Promise<Result<{ challenges: number; events: number }>> {
  if (fileText.length > MAX_TRANSFER_CHARS)
    return fail(
      'invalid',
      `The file is too large to import (at most ${MAX_TRANSFER_CHARS.toLocaleString('en-GB')} characters); nothing was changed.`,
    );
  const texts = splitIntoParts(fileText);
  const begun = await sendMessage('data/import-begin', {
    ...options,
    parts: texts.length,
    chars: fileText.length,
  });
  if (!begun.ok) return begun;
  const { importId } = begun.value;
  for (const [index, text] of texts.entries()) {
    onProgress({ part: index, parts: texts.length });
    const sent = await sendMessage('data/import-part', { importId, index, text });
    if (!sent.ok) return sent;
  }
  onProgress({ part: texts.length, parts: texts.length });
  return sendMessage('data/import-commit', { importId });
}
