import { z } from 'zod';
import { customAdaptersSchema } from '../capture/custom-adapter-schema';
import { challengeMessages } from './challenge-messages';
import { lockMessages } from './lock-messages';
import { policyMessages } from './policy-messages';
import { challengeHighlightSchema, pageSnapshotSchema, selectionCaptureSchema } from './page-schemas';

/** Who may send a message. The background checks it from the browser's own `sender`, never the payload. */
export type SenderKind = 'content-script' | 'extension-page';

export interface MessageDefinition {
  description: string;
  from: readonly SenderKind[];
  request: z.ZodType;
  response: z.ZodType;
}

const none = z.object({}).strict();

/**
 * Every message in the product, declared once. Both ends are typed from this table; the background
 * parses each request with its schema before any handler runs.
 */
export const messageCatalogue = {
  'page/case-detected': {
    description:
      'The content script found (or lost) a case on the page in its tab; replies with quotes to highlight.',
    from: ['content-script'],
    request: pageSnapshotSchema,
    response: z.object({
      highlights: z.array(challengeHighlightSchema),
      /** The user's own adapters for sites nobody ships one for (already validated in settings). */
      customAdapters: customAdaptersSchema,
    }),
  },
  'page/highlights-found': {
    description: 'Which challenged quotes the content script found again on the page (the rest are missing).',
    from: ['content-script'],
    request: z.object({ challengeIds: z.array(z.string().max(64)).max(500) }),
    response: none,
  },
  'page/selection-captured': {
    description: 'The practitioner chose "Challenge this" on selected text; the sidebar will open with it.',
    from: ['content-script'],
    request: selectionCaptureSchema,
    response: none,
  },
  'page/frame-loaded': {
    description:
      'A frame the page added after its load event has loaded (a form in an iframe): run the script there too.',
    from: ['content-script'],
    request: none,
    response: none,
  },
  'sidebar/get-context': {
    description: 'The sidebar asks what its tab shows: the detected case and any pending captured quote.',
    from: ['extension-page'],
    request: none,
    response: z.object({
      page: pageSnapshotSchema.nullable(),
      capture: selectionCaptureSchema.nullable(),
      highlightsFound: z.array(z.string()).nullable(),
      tabId: z.number().nullable(),
    }),
  },
  ...challengeMessages,
  ...lockMessages,
  ...policyMessages,
} as const satisfies Record<string, MessageDefinition>;

export type MessageCatalogue = typeof messageCatalogue;
export type MessageType = keyof MessageCatalogue;
export type RequestOf<T extends MessageType> = z.input<MessageCatalogue[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<MessageCatalogue[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<MessageCatalogue[T]['response']>;

/** The envelope every message travels in. */
export const envelopeSchema = z.object({ type: z.string().max(100), payload: z.unknown() });

/**
 * Commands the background sends to the content script in one tab. The content script accepts them
 * only from its own extension's background (sender without a tab), and checks `type` by hand so that
 * zod stays out of the tiny page bundle.
 */
export const tabCommandCatalogue = {
  'open-sidebar': { description: 'Open (or focus) the sidebar in this tab.', request: none },
  'close-sidebar': { description: 'Close the sidebar in this tab.', request: none },
  'set-sidebar-collapsed': {
    description: 'Collapse the sidebar to a narrow strip (giving the page its width back), or expand it.',
    request: z.object({ collapsed: z.boolean() }),
  },
  'capture-selection': {
    description: 'Capture the current text selection as a challenged quote and open the sidebar.',
    request: none,
  },
  'show-highlights': {
    description: 'Highlight these challenged quotes on the page.',
    request: z.object({ highlights: z.array(challengeHighlightSchema) }),
  },
} as const;

export type TabCommandType = keyof typeof tabCommandCatalogue;
export type TabCommand = {
  [T in TabCommandType]: { type: T; payload: z.input<(typeof tabCommandCatalogue)[T]['request']> };
}[TabCommandType];
