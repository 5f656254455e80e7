import { z } from 'zod';
import { londonDate } from '../calendar';
import type { ChallengeState } from '../challenge';
import { findProtocol, type Protocol } from '../protocols';
import { csvDocument, type CsvCell } from './csv-format';
import { workingDaysToResolution, type MonitoringChallenge } from './monitoring-figures';

/**
 * The Business Unit's log of challenges, one row per challenge (Darlington Appendix 1: "All cases to be
 * entered on Professional Challenge Log for recording purposes"). Columns are documented in docs/exports.md.
 * By default the log names nobody and holds no free text (roles and agencies only): `includeNames` adds the
 * practitioner's and decision-maker's names and the written outcome, which may name people.
 */

export const monitoringCsvOptionsSchema = z.object({
  includeNames: z.boolean().default(false),
});
export type MonitoringCsvOptions = z.input<typeof monitoringCsvOptionsSchema> & {
  protocols?: readonly Protocol[];
};

type Column = {
  name: string;
  value: (challenge: MonitoringChallenge, protocols: readonly Protocol[]) => CsvCell;
};

const day = (instant: string | null | undefined): string => (instant ? londonDate(new Date(instant)) : '');
const state = (challenge: MonitoringChallenge): ChallengeState => challenge.state;
const countOf = (challenge: MonitoringChallenge, type: string) =>
  challenge.events.filter((event) => event.type === type).length;

export const LOG_COLUMNS: readonly Column[] = [
  { name: 'challenge_id', value: (c) => state(c).challengeId },
  { name: 'case_reference', value: (c) => state(c).caseReference },
  { name: 'protocol_id', value: (c) => state(c).protocolId },
  { name: 'protocol_version', value: (c) => state(c).protocolVersion },
  { name: 'subject', value: (c) => state(c).subject },
  { name: 'child_in_care', value: (c) => state(c).childInCare },
  { name: 'immediate_risk', value: (c) => state(c).immediateRisk },
  { name: 'area_of_disagreement', value: (c) => state(c).areaOfDisagreement },
  {
    name: 'area_label',
    value: (c, protocols) =>
      findProtocol(state(c).protocolId, protocols)?.areasOfDisagreement.find(
        (a) => a.id === state(c).areaOfDisagreement,
      )?.label ?? '',
  },
  { name: 'opened_date', value: (c) => day(state(c).openedAt) },
  { name: 'starting_stage', value: (c) => state(c).stageHistory[0]?.stage },
  { name: 'current_stage', value: (c) => state(c).currentStage },
  { name: 'highest_stage', value: (c) => Math.max(...state(c).stageHistory.map((spell) => spell.stage)) },
  { name: 'status', value: (c) => state(c).status },
  { name: 'resolved_date', value: (c) => day(state(c).resolution?.at) },
  { name: 'resolved_at_stage', value: (c) => state(c).resolution?.atStage },
  { name: 'working_days_to_resolution', value: (c) => workingDaysToResolution(state(c)) },
  { name: 'professionals_satisfied', value: (c) => state(c).resolution?.professionalsSatisfied },
  { name: 'referred_to_partnership', value: (c) => state(c).resolution?.referredToPartnership },
  { name: 'threshold_reached', value: (c) => state(c).thresholdReached },
  { name: 'threshold_reached_date', value: (c) => day(state(c).thresholdReachedAt) },
  { name: 'partnership_informed_date', value: (c) => day(state(c).partnershipInformedAt) },
  { name: 'withdrawn_date', value: (c) => day(state(c).withdrawal?.at) },
  { name: 'contacts_logged', value: (c) => countOf(c, 'contact-logged') },
  { name: 'meetings_held', value: (c) => countOf(c, 'meeting-recorded') },
  { name: 'practitioner_role', value: (c) => state(c).practitioner.role },
  { name: 'practitioner_agency', value: (c) => state(c).practitioner.agency },
  { name: 'decision_maker_role', value: (c) => state(c).decisionMaker.role },
  { name: 'decision_maker_agency', value: (c) => state(c).decisionMaker.agency },
];

export const NAMED_COLUMNS: readonly Column[] = [
  { name: 'practitioner_name', value: (c) => state(c).practitioner.name },
  { name: 'decision_maker_name', value: (c) => state(c).decisionMaker.name },
  { name: 'outcome', value: (c) => state(c).resolution?.outcome ?? state(c).withdrawal?.reason },
];

/** @throws RangeError naming the option when the options are invalid. */
export function monitoringCsv(
  challenges: readonly MonitoringChallenge[],
  options: MonitoringCsvOptions = {},
): string {
  const parsed = monitoringCsvOptionsSchema.safeParse(options);
  if (!parsed.success) throw new RangeError(`includeNames: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const columns = parsed.data.includeNames ? [...LOG_COLUMNS, ...NAMED_COLUMNS] : LOG_COLUMNS;
  const protocols = options.protocols ?? [];
  const ordered = [...challenges].sort((a, b) => a.state.openedAt.localeCompare(b.state.openedAt));
  return csvDocument(
    columns.map((column) => column.name),
    ordered.map((challenge) => columns.map((column) => column.value(challenge, protocols))),
  );
}
