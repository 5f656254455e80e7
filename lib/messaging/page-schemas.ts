import { z } from 'zod';

/**
 * Everything the content script reads from a case page is hostile text. These schemas are the single
 * gate it passes through on its way into the extension: bounded strings only, no markup is ever
 * interpreted, and anything else is refused before a handler sees it.
 */
const pageText = (max: number) => z.string().max(max);

export const quoteAnchorSchema = z.object({
  quote: pageText(5000).min(1),
  prefix: pageText(200),
  suffix: pageText(200),
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
});
export type QuoteAnchorMessage = z.infer<typeof quoteAnchorSchema>;

export const detectedCaseSchema = z.object({
  system: pageText(100),
  caseReference: pageText(64).min(1),
  subject: pageText(2000).optional(),
  decision: pageText(2000).optional(),
  decisionMaker: pageText(2000).optional(),
  decisionTeam: pageText(2000).optional(),
});
export type DetectedCaseMessage = z.infer<typeof detectedCaseSchema>;

const pageUrl = z
  .string()
  .max(2000)
  .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) address');

export const pageSnapshotSchema = z.object({
  url: pageUrl,
  pageTitle: pageText(500),
  detectedCase: detectedCaseSchema.nullable(),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

export const selectionCaptureSchema = pageSnapshotSchema.extend({
  anchor: quoteAnchorSchema,
});
export type SelectionCapture = z.infer<typeof selectionCaptureSchema>;

/** A challenged quote the content script should highlight again on its case page. */
export const challengeHighlightSchema = z.object({
  challengeId: z.string().max(64),
  anchor: quoteAnchorSchema,
});
export type ChallengeHighlight = z.infer<typeof challengeHighlightSchema>;
