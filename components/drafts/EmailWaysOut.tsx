import { useState } from 'preact/hooks';
import {
  clipboardContent,
  emlFile,
  gmailLink,
  mailtoLink,
  outlookWebLink,
  type EmailDraft,
  type EmailKind,
  type MailLinkResult,
} from '@/lib/drafts';
import type { EmailChannel, Practitioner } from '@/lib/settings/settings-schema';
import { CHANNEL_LABELS, channelsInOrder, draftFileName } from './email-ways-out';
import { downloadText } from './file-download';

interface Props {
  draft: EmailDraft;
  kind: EmailKind;
  caseReference: string;
  preferredChannel: EmailChannel;
  practitioner: Practitioner;
  /** Called once the draft has left by a way out, to record it in the history. */
  onUsed: (channel: EmailChannel, label: string) => void;
}

const LINKS: Partial<Record<EmailChannel, (draft: EmailDraft) => MailLinkResult>> = {
  mailto: mailtoLink,
  'outlook-web': outlookWebLink,
  gmail: gmailLink,
};

async function copyToClipboard(draft: EmailDraft): Promise<void> {
  const content = clipboardContent(draft);
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([content['text/plain']], { type: 'text/plain' }),
        'text/html': new Blob([content['text/html']], { type: 'text/html' }),
      }),
    ]);
  } catch {
    // Some browsers (and frames) allow plain text only: the email still arrives, without its paragraphs.
    await navigator.clipboard.writeText(content['text/plain']);
  }
}

/**
 * The ways out, the practitioner's usual one first. Links are real links (a mail client or a compose page
 * in a new tab); a link that would be cut short is not offered, and its message points to .eml or Copy.
 */
export function EmailWaysOut({ draft, kind, caseReference, preferredChannel, practitioner, onUsed }: Props) {
  const [failure, setFailure] = useState<string | null>(null);

  function downloadEml() {
    try {
      const text = emlFile(draft, {
        ...(practitioner.email ? { from: { name: practitioner.name, email: practitioner.email } } : {}),
        date: new Date(),
        messageId: `${crypto.randomUUID()}@challenge-companion.invalid`,
      });
      downloadText(draftFileName(caseReference, kind), text, 'message/rfc822');
      setFailure(null);
      onUsed('eml', CHANNEL_LABELS.eml);
    } catch (error) {
      setFailure(`The .eml file was not made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function copy() {
    try {
      await copyToClipboard(draft);
      setFailure(null);
      onUsed('clipboard', 'Copied to the clipboard');
    } catch (error) {
      setFailure(
        `The email was not copied (${error instanceof Error ? error.message : String(error)}). Select the body and copy it by hand, or download the .eml file.`,
      );
    }
  }

  const refusals: string[] = [];
  const ways = channelsInOrder(preferredChannel).map((channel) => {
    const label = CHANNEL_LABELS[channel];
    const link = LINKS[channel];
    if (link) {
      const result = link(draft);
      if (!result.ok) {
        refusals.push(`${label}: ${result.message}`);
        return null;
      }
      return (
        <a
          key={channel}
          class="button button--secondary"
          href={result.href}
          {...(channel === 'mailto' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
          onClick={() => onUsed(channel, label)}
        >
          {label}
        </a>
      );
    }
    return (
      <button
        key={channel}
        type="button"
        class="button button--secondary"
        onClick={channel === 'eml' ? downloadEml : () => void copy()}
      >
        {label}
      </button>
    );
  });

  return (
    <div class="ways-out">
      <p class="ways-out__buttons">{ways}</p>
      {refusals.length > 0 && (
        <ul class="hint ways-out__refusals">
          {refusals.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
    </div>
  );
}
