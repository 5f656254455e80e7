import { useState } from 'preact/hooks';
import { useMessenger } from './messenger';

interface Props {
  /** Called once unlocked, so the page can load again what it was refused. */
  onUnlocked: () => void;
  /** The refusal's message, shown above the form. */
  message?: string;
}

/** Shown wherever a reply said 'locked': the passphrase, and nothing else. */
export function UnlockForm({ onUnlocked, message }: Props) {
  const send = useMessenger();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError('');
    setBusy(true);
    const reply = await send('lock/unlock', { passphrase });
    setBusy(false);
    setPassphrase('');
    if (!reply.ok) return setError(reply.error.message);
    onUnlocked();
  };

  return (
    <form class="card unlock-form" aria-labelledby="unlock-heading" onSubmit={(e) => void submit(e)}>
      <h2 id="unlock-heading">Challenge Companion is locked</h2>
      <p>{message ?? 'Unlock it with your passphrase to see or change challenges.'}</p>
      <div class={`field${error ? ' field--error' : ''}`}>
        <label htmlFor="unlock-passphrase">Passphrase</label>
        <input
          id="unlock-passphrase"
          type="password"
          autocomplete="current-password"
          value={passphrase}
          required
          {...(error ? { 'aria-invalid': 'true' as const, 'aria-describedby': 'unlock-error' } : {})}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
        {error && (
          <p id="unlock-error" class="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
    </form>
  );
}
