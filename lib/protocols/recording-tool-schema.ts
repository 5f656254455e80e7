import { z } from 'zod';

import { emailSchema, slugSchema, textSchema, uniqueBy } from './schema-primitives';

/**
 * A partnership's own form for recording a challenge, such as Darlington's Appendix 1 "Professional
 * Challenge Recording Tool". The product pre-fills it from the challenge history and prints it, so the
 * fields are kept exactly as the partnership's form has them: one entry per box, in order.
 */

export const recordingToolFieldKinds = ['text', 'multiline', 'date', 'choice'] as const;

export const recordingToolFieldSchema = z.strictObject({
  id: slugSchema,
  /** The label of the box, as printed on the form. */
  label: textSchema,
  kind: z.enum(recordingToolFieldKinds),
  /** The id of the section the box is in. */
  section: slugSchema,
  /** The form's row heading when one row holds several boxes (e.g. "Challenge initiated by:" over Name, Job Role, Organisation). */
  group: textSchema.optional(),
  /** Any explanation the form prints beside the box. */
  hint: textSchema.optional(),
  /** The choices, for `kind: 'choice'` only. */
  options: z.array(textSchema).max(30, { error: 'must have at most 30 options' }).optional(),
});

export const recordingToolSectionSchema = z.strictObject({
  id: slugSchema,
  title: textSchema,
  /** Who fills this part in: the practitioner's side, or the partnership's business unit. */
  completedBy: z.enum(['practitioner', 'partnership']),
  /** Instructions the form prints for the whole section. */
  note: textSchema.optional(),
});

export const recordingToolSchema = z
  .strictObject({
    title: textSchema,
    /** The stage at which the form is used; must be one of the protocol's stages. */
    usedAtStage: z.number().int({ error: 'must be a whole stage number' }),
    /** Instructions printed at the top of the form. */
    note: textSchema.optional(),
    sendTo: z.strictObject({ name: textSchema, email: emailSchema.optional() }),
    sections: z
      .array(recordingToolSectionSchema)
      .min(1, { error: 'must have at least one section' })
      .max(20)
      .check(uniqueBy('sections', (s) => s.id)),
    fields: z
      .array(recordingToolFieldSchema)
      .min(1, { error: 'must have at least one field' })
      .max(100)
      .check(uniqueBy('fields', (f) => f.id)),
  })
  .check((ctx) => {
    const tool = ctx.value;
    const sectionIds = new Set(tool.sections.map((s) => s.id));
    tool.fields.forEach((field, i) => {
      if (!sectionIds.has(field.section)) {
        ctx.issues.push({
          code: 'custom',
          path: ['fields', i, 'section'],
          message: `must be the id of one of the sections (got "${field.section}")`,
          input: field.section,
          continue: true,
        });
      }
      if (field.kind === 'choice' && (field.options?.length ?? 0) < 2) {
        ctx.issues.push({
          code: 'custom',
          path: ['fields', i, 'options'],
          message: 'a choice field needs at least two options',
          input: field.options,
          continue: true,
        });
      }
      if (field.kind !== 'choice' && field.options !== undefined) {
        ctx.issues.push({
          code: 'custom',
          path: ['fields', i, 'options'],
          message: `only a choice field has options (this field is "${field.kind}")`,
          input: field.options,
          continue: true,
        });
      }
    });
  });

export type RecordingTool = z.infer<typeof recordingToolSchema>;
export type RecordingToolField = RecordingTool['fields'][number];
export type RecordingToolSection = RecordingTool['sections'][number];
