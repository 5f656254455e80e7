import { z } from 'zod';

/**
 * How long a stage may take, in the four shapes the sources use:
 * - fixed working days (Darlington DSP 2024, Stage 1: one working day; Stage 2: 3 working days);
 * - set by the person escalating (Pan-Sussex 2025, section 2: "At each stage the person escalating should
 *   clearly state the timeframe");
 * - "as soon as possible" (Darlington DSP 2024, Stage 4);
 * - none given (LSCB policy 2019, every stage).
 */

/**
 * A working year. Deadlines are counted day by day on a bank-holiday calendar, so an imported file must
 * not be able to ask for a million days; anything longer than a year is a typo in practice.
 */
export const MAX_WORKING_DAYS = 260;

const WORKING_DAYS_MESSAGE = `must be a whole number of working days from 1 to ${MAX_WORKING_DAYS}`;

export const timeframeKinds = ['working-days', 'set-by-escalator', 'as-soon-as-possible', 'none'] as const;
export type TimeframeKind = (typeof timeframeKinds)[number];

export const timeframeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('working-days'),
    days: z
      .number({ error: WORKING_DAYS_MESSAGE })
      .int({ error: WORKING_DAYS_MESSAGE })
      .min(1, { error: WORKING_DAYS_MESSAGE })
      .max(MAX_WORKING_DAYS, { error: WORKING_DAYS_MESSAGE }),
  }),
  z.strictObject({ kind: z.literal('set-by-escalator') }),
  z.strictObject({ kind: z.literal('as-soon-as-possible') }),
  z.strictObject({ kind: z.literal('none') }),
]);

export type Timeframe = z.infer<typeof timeframeSchema>;

/** A short plain-English phrase for a timeframe, for the sidebar and for drafts. */
export function describeTimeframe(timeframe: Timeframe): string {
  switch (timeframe.kind) {
    case 'working-days':
      return timeframe.days === 1 ? 'within 1 working day' : `within ${timeframe.days} working days`;
    case 'set-by-escalator':
      return 'by the date you set when you escalate';
    case 'as-soon-as-possible':
      return 'as soon as possible';
    case 'none':
      return 'no timeframe set by the protocol';
  }
}
