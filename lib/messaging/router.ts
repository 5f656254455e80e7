import type { Browser } from '@wxt-dev/browser';

type MessageSender = Browser.runtime.MessageSender;
import {
  envelopeSchema,
  messageCatalogue,
  type MessageType,
  type ParsedRequestOf,
  type ResponseOf,
  type SenderKind,
} from './catalogue';
import { fail, type Result } from './result';

export interface MessageContext {
  kind: SenderKind;
  /** The tab the sender lives in (content scripts, and the sidebar frame inside a case page). */
  tabId: number | undefined;
  frameId: number | undefined;
  /** The address of the sender's tab (its top frame), as the browser reports it. */
  tabUrl: string | undefined;
  /** The sender's own address, as the browser reports it (never taken from the payload). */
  url: string | undefined;
}

export type MessageHandlers = {
  [T in MessageType]: (
    payload: ParsedRequestOf<T>,
    context: MessageContext,
  ) => Promise<Result<ResponseOf<T>>>;
};

export interface RouterTrust {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  /** Whether the user (or IT) granted this case-management origin. */
  isGrantedOrigin(origin: string): Promise<boolean>;
}

/** Decides who sent a message from the browser-supplied sender; null means "refuse". */
export async function classifySender(sender: MessageSender, trust: RouterTrust): Promise<SenderKind | null> {
  if (sender.id !== trust.extensionId || !sender.url) return null;
  if (sender.url.startsWith(trust.extensionOrigin)) return 'extension-page';
  if (sender.tab?.id === undefined || !/^https?:\/\//.test(sender.url)) return null;
  const origin = new URL(sender.url).origin;
  return (await trust.isGrantedOrigin(origin)) ? 'content-script' : null;
}

/**
 * Builds the background's single message listener. A message is handled only when its envelope,
 * sender and payload all check out; otherwise the reply says why and nothing is touched.
 */
export function createMessageRouter(handlers: MessageHandlers, trust: RouterTrust) {
  return async (message: unknown, sender: MessageSender): Promise<Result<unknown>> => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return fail('invalid', 'That message was not understood, so nothing was changed.');
    const type = envelope.data.type;
    if (!Object.hasOwn(messageCatalogue, type)) {
      return fail('invalid', `Unknown message "${type.slice(0, 100)}"; nothing was changed.`);
    }
    const definition = messageCatalogue[type as MessageType];
    const kind = await classifySender(sender, trust);
    if (kind === null || !(definition.from as readonly SenderKind[]).includes(kind)) {
      return fail('forbidden', 'This message is not allowed from here; nothing was changed.');
    }
    const payload = definition.request.safeParse(envelope.data.payload);
    if (!payload.success) {
      const first = payload.error.issues[0];
      const where = first?.path.length ? `${first.path.join('.')}: ` : '';
      return fail(
        'invalid',
        `The message was refused (${where}${first?.message ?? 'invalid'}); nothing was changed.`,
      );
    }
    const context: MessageContext = {
      kind,
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      tabUrl: sender.tab?.url,
      url: sender.url,
    };
    const handler = handlers[type as MessageType] as (
      p: unknown,
      c: MessageContext,
    ) => Promise<Result<unknown>>;
    try {
      return await handler(payload.data, context);
    } catch (error) {
      console.error('Challenge Companion: handler failed', type, error);
      return fail('unknown', 'Something went wrong while handling that; nothing was changed. Try again.');
    }
  };
}
