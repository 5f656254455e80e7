import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/send';
import { isSitePermitted, notPermittedMessage } from '@/lib/settings/managed-policy-schema';
import { sitePatternFromAddress } from '@/lib/settings/site-pattern';

/**
 * Case-management sites the extension may run on. Granting asks the browser for an optional host
 * permission inside the click (a user gesture), so the browser shows its own consent prompt.
 */
export function CaseSitesSection() {
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Read before any click: the permission request must stay inside the click's user gesture.
  const [permittedSites, setPermittedSites] = useState<string[] | null>(null);

  const refresh = async () => {
    const { origins = [] } = await browser.permissions.getAll();
    setSites(origins);
  };
  useEffect(() => {
    void refresh();
    void sendMessage('policy/get', {}).then(
      (reply) => reply.ok && setPermittedSites(reply.value.permittedSites),
    );
  }, []);

  const grant = async (event: Event) => {
    event.preventDefault();
    const pattern = sitePatternFromAddress(address);
    if (!pattern.ok) return setError(pattern.message);
    if (!isSitePermitted(pattern.pattern, permittedSites))
      return setError(notPermittedMessage(permittedSites ?? []));
    setError(null);
    const granted = await browser.permissions.request({ origins: [pattern.pattern] }).catch(() => false);
    setStatus(
      granted ? `Allowed on ${pattern.pattern}.` : 'The browser did not allow the site; nothing changed.',
    );
    if (granted) {
      setAddress('');
      await sendMessage('sites/changed', { grantedOrigins: [pattern.pattern] });
    }
    await refresh();
  };

  const revoke = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    await sendMessage('sites/changed', { grantedOrigins: [] });
    setStatus(`Removed ${origin}.`);
    await refresh();
  };

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">Case-management sites</h2>
      <p>Challenge Companion runs only on the sites you allow here.</p>
      {permittedSites && <p class="managed-note">{notPermittedMessage(permittedSites)}</p>}
      {sites.length > 0 ? (
        <ul class="site-list">
          {sites.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button type="button" class="button button--secondary" onClick={() => void revoke(origin)}>
                Remove <span class="visually-hidden">{origin}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No sites allowed yet.</p>
      )}
      <form onSubmit={(event) => void grant(event)} noValidate>
        <label htmlFor="site-address">Site address</label>
        <p class="hint" id="site-address-hint">
          For example https://cases.example.gov.uk
        </p>
        {error && (
          <p class="error" id="site-address-error">
            <span class="visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          id="site-address"
          type="url"
          value={address}
          aria-describedby={error ? 'site-address-hint site-address-error' : 'site-address-hint'}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          Allow this site
        </button>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
