import { z } from 'zod';

import { recordingToolSchema } from './recording-tool-schema';
import {
  emailSchema,
  isoDateSchema,
  MAX_LIST_LENGTH,
  slugSchema,
  textListSchema,
  textSchema,
  uniqueBy,
  webUrlSchema,
} from './schema-primitives';
import { timeframeSchema } from './timeframe';

/**
 * A safeguarding partnership's professional challenge (escalation) protocol, as data. The built-in
 * protocols and every imported file are parsed by this one schema; see docs/protocol-format.md.
 */

export const MAX_STAGES = 12;

export const stageSchema = z.strictObject({
  /** 1..n, in order. */
  number: z.number({ error: 'must be a stage number' }).int({ error: 'must be a whole stage number' }),
  /** e.g. "Manager to Manager". */
  title: textSchema,
  /** When to move to this stage, e.g. "If the issue cannot be resolved at Stage 1". */
  entryCondition: textSchema.optional(),
  /** Who takes part, on the side raising the challenge and on the side receiving it. */
  involved: z.strictObject({ raising: textListSchema, receiving: textListSchema }),
  /** What the practitioner should do at this stage: the source's own guidance, condensed. */
  guidance: textListSchema.min(1, { error: 'must have at least one line of guidance' }),
  /** What must be recorded or sent. */
  recordOrSend: textListSchema,
  /** Whom to tell. */
  notify: textListSchema,
  timeframe: timeframeSchema,
  /** The source's own words about the timeframe. */
  timeframeNote: textSchema.optional(),
});

export const coverageKinds = ['children', 'adults-at-risk'] as const;

export const areaOfDisagreementSchema = z.strictObject({
  id: slugSchema,
  /** Short label to pick from. */
  label: textSchema,
  /** The source's fuller wording, where the label condenses it. */
  description: textSchema.optional(),
});

export const specialRouteKinds = [
  'child-in-care',
  'child-protection-conference',
  'child-protection-plan',
  'adult-strategy-meeting',
  'immediate-risk',
  'other',
] as const;

export const specialRouteSchema = z.strictObject({
  id: slugSchema,
  title: textSchema,
  /** The situation in which this route applies instead of, or as well as, the stages. */
  appliesWhen: z.enum(specialRouteKinds),
  guidance: textListSchema.min(1, { error: 'must have at least one line of guidance' }),
  /** Another document the source points to for this route. */
  reference: textSchema.optional(),
});

export const immediateRiskRuleSchema = z.strictObject({
  /** The protocol's own rule, shown whenever a challenge is open, e.g. Darlington's "At no time must…". */
  message: textSchema,
  /** What to do now when a child or adult is at risk of immediate harm. */
  guidance: textListSchema.min(1, { error: 'must have at least one line of guidance' }),
  /** Whether the protocol lets the practitioner start at a later stage when there is immediate risk. */
  stagesMayBeSkipped: z.boolean({ error: 'must be true or false' }),
});

export const reportingCadences = ['quarterly', 'six-monthly', 'annually'] as const;

/** Stages are numbered 1..n in list order, so "Stage 3" means the same thing everywhere. */
function consecutiveStageNumbers(ctx: z.core.ParsePayload<{ number: number }[]>): void {
  ctx.value.forEach((stage, index) => {
    if (stage.number === index + 1) return;
    ctx.issues.push({
      code: 'custom',
      path: [index, 'number'],
      message: `must be ${index + 1}: stages are numbered 1, 2, 3… in order (got ${stage.number})`,
      input: stage.number,
      continue: true,
    });
  });
}

const protocolObjectSchema = z.strictObject({
  id: slugSchema,
  name: textSchema,
  partnership: textSchema,
  version: textSchema,
  /** When the protocol was issued or last reviewed, at the precision the source gives. */
  date: isoDateSchema,
  reviewDate: isoDateSchema.optional(),
  source: z.strictObject({
    title: textSchema,
    url: webUrlSchema.optional(),
    file: textSchema.optional(),
  }),
  covers: z
    .array(z.enum(coverageKinds))
    .min(1, { error: 'must name at least one group: children, adults-at-risk' })
    .check(uniqueBy('covers', (c) => c, { keyPath: [], what: 'entry' })),
  /** General principles the protocol asks practitioners to remember. */
  principles: textListSchema.optional(),
  stages: z
    .array(stageSchema)
    .min(1, { error: 'must have at least one stage' })
    .max(MAX_STAGES, { error: `must have at most ${MAX_STAGES} stages` })
    .check(consecutiveStageNumbers),
  /** The stage from which the partnership must be told about the challenge. */
  reportingThresholdStage: z
    .number({ error: 'must be a stage number' })
    .int({ error: 'must be a whole stage number' }),
  /** The questions the partnership asks once the threshold is reached (may be none). */
  reportingQuestions: textListSchema.check(
    uniqueBy('reportingQuestions', (q) => q, { keyPath: [], what: 'question' }),
  ),
  /** Who provides the report, e.g. "the Named Person for the agency which raised the challenge". */
  reportingBy: textSchema.optional(),
  /** How often the partnership reports the use of the procedure. */
  reportingCadence: z.enum(reportingCadences).optional(),
  reportTo: z.strictObject({
    name: textSchema,
    address: textSchema.optional(),
    email: emailSchema.optional(),
  }),
  areasOfDisagreement: z
    .array(areaOfDisagreementSchema)
    .min(1, { error: 'must list at least one area of disagreement' })
    .max(MAX_LIST_LENGTH)
    .check(uniqueBy('areasOfDisagreement', (a) => a.id)),
  specialRoutes: z
    .array(specialRouteSchema)
    .max(MAX_LIST_LENGTH)
    .check(uniqueBy('specialRoutes', (r) => r.id)),
  immediateRisk: immediateRiskRuleSchema.optional(),
  recordingTool: recordingToolSchema.optional(),
});

/** Rules that relate one field to another: stage references must name an existing stage. */
export const protocolSchema = protocolObjectSchema.check((ctx) => {
  const protocol = ctx.value;
  const stageCount = protocol.stages.length;

  const stageRange = `1 to ${stageCount}`;
  if (protocol.reportingThresholdStage < 1 || protocol.reportingThresholdStage > stageCount) {
    ctx.issues.push({
      code: 'custom',
      path: ['reportingThresholdStage'],
      message: `must be the number of one of the stages, ${stageRange} (got ${protocol.reportingThresholdStage})`,
      input: protocol.reportingThresholdStage,
      continue: true,
    });
  }

  const tool = protocol.recordingTool;
  if (tool && (tool.usedAtStage < 1 || tool.usedAtStage > stageCount)) {
    ctx.issues.push({
      code: 'custom',
      path: ['recordingTool', 'usedAtStage'],
      message: `must be the number of one of the stages, ${stageRange} (got ${tool.usedAtStage})`,
      input: tool.usedAtStage,
      continue: true,
    });
  }
});

export type Protocol = z.infer<typeof protocolSchema>;
/** What a protocol file holds before parsing (the same shape; text is trimmed on parse). */
export type ProtocolInput = z.input<typeof protocolSchema>;
export type Stage = Protocol['stages'][number];
export type AreaOfDisagreement = Protocol['areasOfDisagreement'][number];
export type SpecialRoute = Protocol['specialRoutes'][number];
export type ImmediateRiskRule = NonNullable<Protocol['immediateRisk']>;
export type CoverageKind = (typeof coverageKinds)[number];
export type SpecialRouteKind = (typeof specialRouteKinds)[number];
