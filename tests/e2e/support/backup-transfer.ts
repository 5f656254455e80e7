import type { Page } from '@playwright/test';
import { splitIntoParts } from '../../../lib/messaging/transfer';
import { sendFromPage } from './challenge-drafts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };

/**
 * Whole-store export and import from an extension page through the declared messages, in parts, as
 * the options page does (lib/messaging/backup-transfer.ts), for tests that need the file's text.
 */
export async function exportFromPage(page: Page): Promise<Reply<{ fileName: string; fileText: string }>> {
  const begun = await sendFromPage<
    Reply<{ exportId: string; fileName: string; parts: number; chars: number }>
  >(page, 'data/export-begin', {});
  if (!begun.ok) return begun;
  const { exportId, fileName, parts } = begun.value;
  const texts: string[] = [];
  for (let index = 0; index < parts; index += 1) {
    const part = await sendFromPage<Reply<{ text: string }>>(page, 'data/export-part', { exportId, index });
    if (!part.ok) return part;
    texts.push(part.value.text);
  }
  return { ok: true, value: { fileName, fileText: texts.join('') } };
}

export async function importFromPage(
  page: Page,
  fileText: string,
  options: { mode: 'replace' | 'merge'; passphrase?: string },
): Promise<Reply<{ challenges: number; events: number }>> {
  const parts = splitIntoParts(fileText);
  const begun = await sendFromPage<Reply<{ importId: string }>>(page, 'data/import-begin', {
    ...options,
    parts: parts.length,
    chars: fileText.length,
  });
  if (!begun.ok) return begun;
  const { importId } = begun.value;
  for (const [index, text] of parts.entries()) {
    const sent = await sendFromPage<Reply<unknown>>(page, 'data/import-part', { importId, index, text });
    if (!sent.ok) return sent;
  }
  return sendFromPage(page, 'data/import-commit', { importId });
}
