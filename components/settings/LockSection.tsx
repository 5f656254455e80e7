import { useCallback, useEffect, useState } from 'preact/hooks';
import { useMessenger } from '../messenger';
import { UnlockForm } from '../UnlockForm';
import { MANAGED_NOTE } from '../Field';

type Status = {
  enabled: boolean;
  locked: boolean;
  autoLockMinutes: number;
  required: boolean;
  autoLockManaged: boolean;
};
/** Tells the options page's "lock required" prompt to look again after a change here. */
export const LOCK_STATUS_CHANGED_EVENT = 'challenge-companion:lock-status-changed';
const MIN_LENGTH = 12;

function PassphraseInput(props: { id: string; label: string; value: string; onInput: (v: string) => void }) {
  return (
    <div class="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autocomplete="new-password"
        minLength={MIN_LENGTH}
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

/**
 * The optional passphrase lock (recommended): free text and personal details are encrypted on disk.
 * Set-up says plainly that a forgotten passphrase cannot be recovered.
 */
export function LockSection() {
  const send = useMessenger();
  const [status, setStatus] = useState<Status | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // The messenger is the same for the page's life, so this runs once on mount.
  const refresh = useCallback(async () => {
    const reply = await send('lock/status', {});
    if (reply.ok) {
      setStatus(reply.value);
      setMinutes(String(reply.value.autoLockMinutes));
      document.dispatchEvent(new CustomEvent(LOCK_STATUS_CHANGED_EVENT));
    }
  }, [send]);
  useEffect(() => void refresh(), [refresh]);

  const run = async (action: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) => {
    setMessage('');
    setError('');
    setBusy(true);
    const reply = await action();
    setBusy(false);
    setPassphrase('');
    setConfirm('');
    if (!reply.ok) return setError(reply.error?.message ?? 'That did not work; nothing was changed.');
    setMessage(done);
    await refresh();
  };

  const setUp = (event: Event) => {
    event.preventDefault();
    if (passphrase.length < MIN_LENGTH)
      return setError(`The passphrase must be at least ${MIN_LENGTH} characters.`);
    if (passphrase !== confirm) return setError('The two passphrases are not the same.');
    void run(() => send('lock/setup', { passphrase }), 'The lock is on. Your records are encrypted.');
  };
  const disable = (event: Event) => {
    event.preventDefault();
    void run(() => send('lock/disable', { passphrase }), 'The lock is off. Records are stored unencrypted.');
  };
  const saveMinutes = () =>
    void run(
      () => send('lock/set-auto-lock', { autoLockMinutes: Number(minutes) }),
      `It will lock after ${minutes} minutes without use.`,
    );

  if (!status) return null;
  return (
    <section id="lock" aria-labelledby="lock-heading" class="card">
      <h2 id="lock-heading">Passphrase lock</h2>
      <p>
        Recommended. With the lock on, quotes, names, reasons and notes are encrypted on this computer
        (AES-256). Deadlines and the toolbar badge still work while it is locked.
      </p>
      <p class="warning">
        <strong>
          If you forget this passphrase, your challenge records cannot be recovered by anyone. Export an
          encrypted backup and keep it safe.
        </strong>
      </p>
      {status.required && !status.enabled && (
        <p class="warning">
          <strong>Your organisation requires a passphrase lock: set one up below.</strong>
        </p>
      )}
      {!status.enabled && (
        <form onSubmit={setUp}>
          <PassphraseInput
            id="lock-new"
            label="New passphrase (12 characters or more)"
            value={passphrase}
            onInput={setPassphrase}
          />
          <PassphraseInput id="lock-confirm" label="Type it again" value={confirm} onInput={setConfirm} />
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Encrypting your records…' : 'Turn the lock on'}
          </button>
        </form>
      )}
      {status.enabled && status.locked && <UnlockForm onUnlocked={() => void refresh()} />}
      {status.enabled && !status.locked && (
        <>
          <button
            type="button"
            class="button"
            onClick={() => void run(() => send('lock/lock', {}), 'Locked.')}
          >
            Lock now
          </button>
          <div class="field">
            <label htmlFor="lock-minutes">Lock after this many minutes without use</label>
            {status.autoLockManaged && (
              <p id="lock-minutes-managed" class="managed-note">
                {MANAGED_NOTE}
              </p>
            )}
            <input
              id="lock-minutes"
              type="number"
              min={1}
              max={status.autoLockManaged ? undefined : 480}
              value={minutes}
              disabled={status.autoLockManaged}
              aria-describedby={status.autoLockManaged ? 'lock-minutes-managed' : undefined}
              onInput={(e) => setMinutes((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          {!status.autoLockManaged && (
            <button type="button" class="button" onClick={saveMinutes}>
              Save auto-lock time
            </button>
          )}
          {status.required ? (
            <p>Your organisation requires the passphrase lock, so it cannot be turned off here.</p>
          ) : (
            <form onSubmit={disable}>
              <PassphraseInput
                id="lock-disable"
                label="Passphrase, to turn the lock off"
                value={passphrase}
                onInput={setPassphrase}
              />
              <button type="submit" class="button" disabled={busy}>
                Turn the lock off
              </button>
            </form>
          )}
        </>
      )}
      <p role="status" aria-live="polite" class="save-row__status">
        {message}
      </p>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
