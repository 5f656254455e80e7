import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { expect, test } from 'vitest';
import { availableDrafts, draftEmail, emlFile, mailtoLink, richTextHtml } from '../../../lib/drafts';
import { BUILT_IN_IDS, climbedTo, contextOf, settingsFor, step } from './draft-fixtures';
import { HOSTILE } from './hostile-text';

/**
 * Whatever the practitioner typed or the page held, every draft the product offers can be written and
 * read back: the subject stays one name-free line, the .eml parses to the same text, the rich text builds
 * no element from the input, and the mail link either opens or says why not.
 */
const text = fc.oneof(
  fc.constantFrom(...Object.values(HOSTILE)),
  fc.string({ minLength: 1, maxLength: 200 }).filter((value) => value.trim() !== ''),
);

test('every available draft of every protocol exports and reads back', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...BUILT_IN_IDS),
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      text,
      text,
      fc.boolean(),
      async (id, stage, resolve, reason, quote, useInitials) => {
        const extra = resolve ? [[step.resolve(stage), '2025-05-13T10:00:00Z'] as const] : [];
        const built = climbedTo(id, stage, extra, { reason, decision: { quote } });
        const ctx = contextOf(built, settingsFor({ useInitials }));
        const kinds = availableDrafts(built.protocol, built.state);
        expect(kinds.length).toBeGreaterThan(0);
        for (const kind of kinds) {
          const draft = draftEmail(kind, ctx);
          expect(draft.subject).not.toMatch(/[\r\n]|Ortiz|Shah/);
          if (kind !== 'resolution-confirmation') {
            expect(draft.body).toContain(reason.replace(/\r\n?/g, '\n').trim());
          }
          const email = await PostalMime.parse(
            emlFile(draft, {
              date: new Date('2025-05-13T12:00:00Z'),
              messageId: 'x@challenge-companion.invalid',
            }),
          );
          expect(email.subject).toBe(draft.subject);
          expect(email.text).toBe(draft.body.replace(/\n/g, '\r\n'));
          expect(email.html).not.toMatch(/<(script|img|a)\b/i);
          expect(richTextHtml(draft)).not.toMatch(/<(script|img|a)\b/i);
          const link = mailtoLink(draft);
          expect(link.ok || link.reason === 'too-long').toBe(true);
        }
      },
    ),
    { numRuns: 60 },
  );
});
