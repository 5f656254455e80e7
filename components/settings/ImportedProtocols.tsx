import { useEffect, useRef, useState } from 'preact/hooks';
import { protocolLabel, type Protocol } from '@/lib/protocols';
import { useMessenger } from '../messenger';
import { Outcome } from './SaveRow';

interface ImportedProtocolsProps {
  /** The imported protocols (the practitioner's and IT's), as protocols/list gives them. */
  imported: Protocol[];
  /** Of those, the ones IT installs: shown, never offered for removal. */
  policyIds: string[];
  /** Reload the list after a removal (or a refusal that says the list was out of date). */
  onChanged: () => Promise<unknown>;
}

/**
 * The imported protocols, each with a Remove button and an inline confirmation step (no window.confirm:
 * it cannot be styled, and it blocks the page). Focus moves into the confirmation and back to where the
 * practitioner was; the background decides whether removal is allowed and says why when it is not.
 */
export function ImportedProtocols({ imported, policyIds, onChanged }: ImportedProtocolsProps) {
  const send = useMessenger();
  const [confirming, setConfirming] = useState<Protocol | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  /** Where focus goes once the confirmation closes: back to a Remove button, or to the list heading. */
  const [returnFocus, setReturnFocus] = useState<string | null>(null);

  useEffect(() => {
    if (!confirming) return;
    confirmRef.current?.focus();
    // Escape anywhere in the confirmation cancels it, as in a dialog (listened on the document because
    // the confirmation is a plain group, not a widget that takes keys itself).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !confirmRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      setReturnFocus(confirming.id);
      setConfirming(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [confirming]);
  useEffect(() => {
    if (returnFocus === null) return;
    (removeButtons.current.get(returnFocus) ?? headingRef.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus, imported]);

  const ask = (protocol: Protocol) => {
    setStatus('');
    setRefusal('');
    setConfirming(protocol);
  };
  const cancel = () => {
    if (confirming) setReturnFocus(confirming.id);
    setConfirming(null);
  };
  const remove = async () => {
    if (!confirming) return;
    setBusy(true);
    const reply = await send('protocols/remove', { protocolId: confirming.id });
    setBusy(false);
    setConfirming(null);
    if (reply.ok) setStatus(`Removed “${reply.value.label}”.`);
    else setRefusal(reply.error.message);
    await onChanged();
    // After a removal its button is gone, so focus lands on the list heading; after a refusal, on the
    // Remove button the practitioner used.
    setReturnFocus(reply.ok ? '' : confirming.id);
  };

  return (
    <div class="subsection">
      <h3 id="imported-protocols-heading" ref={headingRef} tabIndex={-1}>
        Imported protocols
      </h3>
      {imported.length === 0 ? (
        <p>No imported protocols. The built-in protocols cannot be removed.</p>
      ) : (
        <ul class="adapter-list" aria-labelledby="imported-protocols-heading">
          {imported.map((protocol) => (
            <li key={protocol.id}>
              <strong>{protocolLabel(protocol)}</strong> <code>{protocol.id}</code>
              {policyIds.includes(protocol.id) ? (
                <p class="managed-note">Installed by your organisation; ask your IT team to remove it.</p>
              ) : (
                <button
                  type="button"
                  class="button button--secondary"
                  ref={(button) => {
                    if (button) removeButtons.current.set(protocol.id, button);
                    else removeButtons.current.delete(protocol.id);
                  }}
                  aria-expanded={confirming?.id === protocol.id ? 'true' : 'false'}
                  onClick={() => ask(protocol)}
                >
                  Remove <span class="visually-hidden">{protocolLabel(protocol)}</span>
                </button>
              )}
              {confirming?.id === protocol.id && (
                <div
                  class="panel panel--warning"
                  role="group"
                  aria-labelledby="remove-protocol-question"
                  aria-describedby="remove-protocol-detail"
                  tabIndex={-1}
                  ref={confirmRef}
                >
                  <p id="remove-protocol-question">
                    <strong>Remove “{protocolLabel(protocol)}”?</strong>
                  </p>
                  <p id="remove-protocol-detail">
                    New challenges can no longer follow it. It is removed only if no stored challenge follows
                    it and it is not your default protocol. You can import the file again later.
                  </p>
                  <button
                    type="button"
                    class="button button--warning"
                    disabled={busy}
                    onClick={() => void remove()}
                  >
                    Yes, remove it
                  </button>
                  <button type="button" class="button button--secondary" disabled={busy} onClick={cancel}>
                    Cancel
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Outcome status={status} refusal={refusal} />
    </div>
  );
}
