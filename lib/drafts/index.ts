/**
 * Drafts and records (pure): an email for each point where a protocol asks for one, the ways out to a mail
 * client (mailto, Outlook on the web, Gmail, .eml, clipboard), the tone check, the partnership's recording
 * tool and reporting questions. See docs/exports.md for the file formats.
 */
export {
  EMAIL_KINDS,
  MAX_DRAFT_BODY,
  MAX_RECIPIENTS,
  emailDraftSchema,
  parseEmailDraft,
  type DraftContext,
  type EmailDraft,
  type EmailKind,
} from './draft-types';
export { availableDrafts, draftEmail } from './draft-email';
export { emailSubject, markingPrefix } from './email-subject';
export {
  gmailLink,
  mailtoLink,
  outlookWebLink,
  MAILTO_LIMIT,
  WEB_COMPOSE_LIMIT,
  type MailLinkResult,
} from './mail-links';
export { emlFile, emlOptionsSchema, rfc5322Date, type EmlOptions } from './eml-file';
export { clipboardContent, escapeHtml, richTextHtml } from './rich-text';
export { toneCheck, toneCheckOptionsSchema, type ToneCheckOptions, type ToneFinding } from './tone-check';
export type { ToneCategory } from './tone-phrases';
export { fillRecordingTool, PREFILLED_FIELD_IDS, type RecordingToolEntry } from './recording-tool';
export { answerReportingQuestions, type ReportingAnswer, type ReportingOptions } from './reporting-questions';
export { describePerson, initialsOf } from './people';
export { actionLine } from './email-text';
export { longDate, longDateWithDay, londonDay, londonMoment } from './london-format';
