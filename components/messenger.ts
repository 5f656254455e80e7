import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// Types only: components never import the browser runtime themselves.
import type { sendMessage } from '@/lib/messaging/send';

/** How a component asks the background for something: the typed `sendMessage`, or a fake in a test. */
export type Messenger = typeof sendMessage;

/**
 * Components are props in, callbacks out (DESIGN.md): they do not reach the browser. The entrypoint
 * that renders them provides the one way to talk to the background, so a component can be rendered in
 * plain Node with a fake, and a view that must not message (a print view) simply gets none.
 */
export const MessengerContext = createContext<Messenger | null>(null);

export function useMessenger(): Messenger {
  const send = useContext(MessengerContext);
  if (!send) {
    throw new Error(
      'No messenger: the entrypoint must render components inside <MessengerContext.Provider>.',
    );
  }
  return send;
}
