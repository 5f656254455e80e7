import type { MessageHandlers } from '@/lib/messaging/router';
import { ok } from '@/lib/messaging/result';
import { createTransferBook } from '@/lib/messaging/transfer';
import type { ImportMode } from '@/lib/store';
import type { ChallengeService } from './challenge-service';

type DataTransferHandlers = Pick<
  MessageHandlers,
  'data/export-begin' | 'data/export-part' | 'data/import-begin' | 'data/import-part' | 'data/import-commit'
>;

interface ImportDetails {
  mode: ImportMode;
  passphrase: string | undefined;
}

/**
 * Backup export and import in parts (lib/messaging/transfer.ts). The transfer lives in this worker's
 * memory only: if the worker stops mid-way, the page is told the transfer is gone and starts again.
 * The import itself — validated whole, all-or-nothing — runs only at the commit.
 */
export function createDataTransferHandlers(challenges: ChallengeService): DataTransferHandlers {
  const transfers = createTransferBook<ImportDetails>();
  return {
    'data/export-begin': async () => {
      transfers.dropPending();
      const exported = await challenges.exportData();
      if (!exported.ok) return exported;
      const { fileName, fileText } = exported.value;
      return ok({ ...transfers.beginExport(fileText), fileName });
    },
    'data/export-part': async ({ exportId, index }) => transfers.exportPart(exportId, index),
    'data/import-begin': async ({ mode, passphrase, parts, chars }) =>
      transfers.beginImport({ parts, chars }, { mode, passphrase }),
    'data/import-part': async ({ importId, index, text }) => transfers.addImportPart(importId, index, text),
    'data/import-commit': async ({ importId }) => {
      const complete = transfers.commitImport(importId);
      if (!complete.ok) return complete;
      const { text, details } = complete.value;
      return challenges.importData(text, details.mode, details.passphrase);
    },
  };
}
