import { LIMITS } from '@/lib/challenge';
import type { EmailDraft, EmailKind } from '@/lib/drafts';
import type { EmailChannel } from '@/lib/settings/settings-schema';

/** The ways an email leaves the product, with the words on their buttons, in the order settings list them. */
export const CHANNEL_LABELS: Record<EmailChannel, string> = {
  mailto: 'Open in mail app',
  'outlook-web': 'Outlook on the web',
  gmail: 'Gmail',
  eml: 'Download .eml',
  clipboard: 'Copy',
};

const CHANNEL_ORDER: readonly EmailChannel[] = ['mailto', 'outlook-web', 'gmail', 'eml', 'clipboard'];

/** Every way out, the practitioner's default first (settings.emailChannel), the rest in their usual order. */
export function channelsInOrder(preferred: EmailChannel): EmailChannel[] {
  return [preferred, ...CHANNEL_ORDER.filter((channel) => channel !== preferred)];
}

export const KIND_LABELS: Record<EmailKind, string> = {
  'stage-1-summary': 'Stage 1 summary of the conversation',
  'stage-2-manager': 'Stage 2: manager to manager',
  'stage-3-meeting-request': 'Stage 3 email',
  'stage-4-escalation': 'Stage 4 escalation',
  'stage-5-escalation': 'Stage 5 escalation',
  'partnership-report': 'Report to the partnership',
  'resolution-confirmation': 'Confirmation of the resolution',
};

/** Recipients as typed: separated by commas, semicolons (Outlook's habit) or line breaks. */
export function recipientsFromText(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

const TRIMMED_NOTE = '\n\n[The rest of this email is not kept in the history.]';

/**
 * The `email-drafted` event recorded when a draft leaves by one way out. The history keeps what was sent
 * (Darlington Stage 1 "follow up … with an email"), cut to the event's body limit: an email may be longer.
 */
export function emailDraftedEvent(kind: EmailKind, channel: EmailChannel, draft: EmailDraft) {
  const body =
    draft.body.length > LIMITS.emailBody
      ? draft.body.slice(0, LIMITS.emailBody - TRIMMED_NOTE.length) + TRIMMED_NOTE
      : draft.body;
  return {
    type: 'email-drafted' as const,
    kind,
    channel,
    subject: draft.subject.slice(0, LIMITS.short),
    body,
  };
}

/** A file name with nothing a file system refuses, from the case reference and the kind. */
export function draftFileName(caseReference: string, kind: EmailKind): string {
  const safe = caseReference.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'case';
  return `challenge-${safe}-${kind}.eml`;
}
