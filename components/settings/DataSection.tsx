import { useState } from 'preact/hooks';
import {
  exportBackupInParts,
  importBackupInParts,
  type TransferProgress,
} from '@/lib/messaging/backup-transfer';
import { EraseDataForm } from './EraseDataForm';
import { ProblemList } from './ProblemList';
import { Outcome } from './SaveRow';

type ImportMode = 'merge' | 'replace';

/**
 * Hands text to the browser's downloads as a file, through a short-lived object URL. The parts go
 * into the Blob as they are: a large backup is never joined into one string in the page.
 */
function downloadText(fileName: string, parts: string[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the download has its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Whether the chosen file is an encrypted backup (it carries a `lock` block): only to decide whether
 * to ask for its passphrase. The background checks the file itself.
 */
function isEncryptedBackup(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && 'lock' in json;
  } catch {
    return false;
  }
}

/** A progress line for a backup that travels in more than one part (else nothing: it is quick). */
function partsProgress(verb: string, { part, parts }: TransferProgress): string | null {
  return parts > 1 && part < parts ? `${verb}: part ${part + 1} of ${parts}…` : null;
}

/** Everything stays in this browser; a backup file is how it moves or survives a new computer. */
export function DataSection() {
  const [exportStatus, setExportStatus] = useState('');
  const [exportError, setExportError] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [importStatus, setImportStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [encrypted, setEncrypted] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  /** One export or import at a time: the background keeps a single transfer. */
  const [busy, setBusy] = useState(false);

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setPassphrase('');
    setEncrypted(chosen ? isEncryptedBackup(await chosen.text()) : false);
  };

  const exportBackup = async () => {
    if (busy) return;
    setBusy(true);
    setExportStatus('Preparing the backup…');
    setExportError('');
    const reply = await exportBackupInParts((progress) => {
      const line = partsProgress('Exporting the backup', progress);
      if (line) setExportStatus(line);
    });
    setBusy(false);
    if (!reply.ok) {
      setExportStatus('');
      return setExportError(reply.error.message);
    }
    downloadText(reply.value.fileName, reply.value.parts);
    setExportStatus(`Backup saved to your downloads as ${reply.value.fileName}.`);
  };

  const importBackup = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setImportStatus('');
    setImportError('');
    if (!file) return setImportError('Choose a backup file (.json) to import.');
    setBusy(true);
    const fileText = await file.text();
    const reply = await importBackupInParts(
      fileText,
      encrypted && passphrase !== '' ? { mode, passphrase } : { mode },
      (progress) => {
        const line = partsProgress('Sending the backup', progress);
        setImportStatus(line ?? 'Checking and importing the backup (a large one takes a minute or more)…');
      },
    );
    setBusy(false);
    setPassphrase('');
    if (!reply.ok) {
      setImportStatus('');
      return setImportError(reply.error.message);
    }
    const count = reply.value.challenges;
    setImportStatus(`Imported. ${count} challenge${count === 1 ? '' : 's'} added.`);
  };

  return (
    <section id="data" aria-labelledby="data-heading" class="card">
      <h2 id="data-heading">Data</h2>
      <p>
        Your challenges are stored only in this browser. Keep a backup somewhere your agency allows case
        information to be kept: the file contains case details.
      </p>
      <button type="button" class="button" aria-disabled={busy} onClick={() => void exportBackup()}>
        Export a backup
      </button>
      <Outcome status={exportStatus} refusal={exportError} />
      <form onSubmit={(event) => void importBackup(event)} noValidate class="subsection">
        <h3>Import a backup</h3>
        <label htmlFor="backup-file">Backup file</label>
        <p class="hint" id="backup-file-hint">
          A .json file exported from Challenge Companion. It is checked whole before anything changes.
        </p>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={importError ? 'backup-file-hint backup-file-error' : 'backup-file-hint'}
          aria-invalid={importError ? 'true' : undefined}
          onChange={(event) => void chooseFile(event.currentTarget.files?.[0] ?? null)}
        />
        <div id="backup-file-error">{importError && <ProblemList message={importError} />}</div>
        {encrypted && (
          <div class="field">
            <label htmlFor="backup-passphrase">Passphrase of the encrypted backup</label>
            <p class="hint" id="backup-passphrase-hint">
              This backup is encrypted. From another browser, type the passphrase it was made under: the
              backup’s lock becomes this browser’s lock, with the same passphrase.
            </p>
            <input
              id="backup-passphrase"
              type="password"
              autocomplete="off"
              aria-describedby="backup-passphrase-hint"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </div>
        )}
        <fieldset>
          <legend>What to do with the challenges already here</legend>
          <div class="field field--checkbox">
            <input
              type="radio"
              id="import-merge"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />
            <label htmlFor="import-merge">Keep them and add the backup’s challenges</label>
          </div>
          <div class="field field--checkbox">
            <input
              type="radio"
              id="import-replace"
              name="import-mode"
              checked={mode === 'replace'}
              aria-describedby="import-replace-warning"
              onChange={() => setMode('replace')}
            />
            <label htmlFor="import-replace">Replace them all with the backup</label>
          </div>
          {mode === 'replace' && (
            <div class="panel panel--warning" id="import-replace-warning">
              <strong>Warning:</strong> every challenge now in this browser will be deleted and replaced by
              the backup’s. Export a backup first if you may need them.
            </div>
          )}
        </fieldset>
        <button
          type="submit"
          class={`button${mode === 'replace' ? ' button--warning' : ''}`}
          aria-disabled={busy}
        >
          {mode === 'replace' ? 'Replace with the backup' : 'Import the backup'}
        </button>
        <p role="status" aria-live="polite" class="save-row__status">
          {importStatus}
        </p>
      </form>
      <EraseDataForm />
    </section>
  );
}
