import { useState } from 'preact/hooks';
import { useMessenger } from '../messenger';

const CONFIRM_WORD = 'ERASE';

/**
 * "Erase all data": every challenge, setting and record in this browser. Typing ERASE is the confirm step
 * (a misclick cannot do it). Case-site permissions stay; the practitioner removes those above.
 */
export function EraseDataForm() {
  const send = useMessenger();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const erase = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    if (typed.trim() !== CONFIRM_WORD) return setError(`Type ${CONFIRM_WORD} in capitals to confirm.`);
    setError('');
    const reply = await send('data/erase', { confirm: CONFIRM_WORD });
    if (!reply.ok) return setError(reply.error.message);
    setTyped('');
    setStatus('Everything was erased. Reload this page to start again with the default settings.');
  };

  return (
    <form onSubmit={(event) => void erase(event)} noValidate class="subsection">
      <h3>Erase all data</h3>
      <div class="panel panel--warning" id="erase-warning">
        <strong>Warning:</strong> this deletes every challenge, its history and your settings from this
        browser. It cannot be undone. Export a backup first if you may need them. Sites you allowed stay
        allowed; remove them under Case-management sites.
      </div>
      <label htmlFor="erase-confirm">Type {CONFIRM_WORD} to confirm</label>
      {error && (
        <p class="error" id="erase-confirm-error">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id="erase-confirm"
        type="text"
        autoComplete="off"
        value={typed}
        aria-describedby={error ? 'erase-warning erase-confirm-error' : 'erase-warning'}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => setTyped(event.currentTarget.value)}
      />
      <button type="submit" class="button button--warning">
        Erase all data
      </button>
      <p role="status" aria-live="polite" class="save-row__status">
        {status}
      </p>
    </form>
  );
}
