import { useEffect, useState } from 'preact/hooks';
import { useMessenger } from '../messenger';
import { LOCK_STATUS_CHANGED_EVENT } from './LockSection';

/**
 * The top-of-page prompt while IT's policy requires the passphrase lock and none is set up. It looks
 * again whenever the lock section reports a change, so it goes once the lock is on.
 */
export function LockRequiredPrompt() {
  const send = useMessenger();
  const [show, setShow] = useState(false);
  useEffect(() => {
    const check = async () => {
      const reply = await send('lock/status', {});
      setShow(reply.ok && reply.value.required && !reply.value.enabled);
    };
    void check();
    const onChange = () => void check();
    document.addEventListener(LOCK_STATUS_CHANGED_EVENT, onChange);
    return () => document.removeEventListener(LOCK_STATUS_CHANGED_EVENT, onChange);
  }, [send]);
  if (!show) return null;
  return (
    <p class="warning" role="alert">
      <strong>
        Your organisation requires a passphrase lock: <a href="#lock">set one up</a>.
      </strong>
    </p>
  );
}
