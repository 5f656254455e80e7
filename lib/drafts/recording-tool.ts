import type { ChallengeEvent, ChallengeState } from '../challenge';
import type { Protocol, RecordingToolField } from '../protocols';
import type { Settings } from '../settings/settings-schema';
import { areaLabel, readHistory, stageLabel, whoFor, type ChallengeHistory } from './challenge-history';
import { actionLine, asText } from './email-text';
import { historyLines } from './history-lines';
import { longDate, londonDay } from './london-format';
import { nameOf } from './people';

/**
 * A partnership's recording form pre-filled from the history: Darlington DSP 2024 Appendix 1, "Professional
 * Challenge Recording Tool", used at Stage 3. Every field of the protocol's form is returned, in the form's
 * order; the ones the history can answer carry a value, the rest (and the Business Unit's own boxes) are
 * empty for the practitioner or the partnership to complete. Fields are recognised by their id, so an
 * imported form that reuses these ids is pre-filled the same way (docs/exports.md lists them).
 */

export interface RecordingToolEntry {
  fieldId: string;
  label: string;
  section: string;
  sectionTitle: string;
  group?: string;
  kind: RecordingToolField['kind'];
  hint?: string;
  options?: string[];
  value: string;
}

interface Facts {
  protocol: Protocol;
  events: readonly ChallengeEvent[];
  state: ChallengeState;
  history: ChallengeHistory;
  useInitials: boolean;
}

const on = (instant: string): string => longDate(londonDay(instant));
const lastMeeting = ({ history }: Facts) => history.meetings().at(-1);

function agenciesToInvite(facts: Facts): string {
  const meeting = lastMeeting(facts);
  const agencies = meeting
    ? meeting.attendees.flatMap((person) => (person.agency === undefined ? [] : [person.agency]))
    : [facts.state.practitioner.agency, facts.state.decisionMaker.agency];
  return [...new Set(agencies)].join('\n');
}

function meetingAccount(facts: Facts): string {
  return facts.history
    .meetings()
    .map((meeting) =>
      [
        `Meeting held on ${on(meeting.heldAt)}.`,
        `Discussion: ${asText(meeting.discussion)}`,
        ...meeting.agreedActions.map((action) => `Agreed action: ${actionLine(action, facts.useInitials)}`),
        ...(meeting.outstandingIssues === undefined
          ? []
          : [`Outstanding issues: ${asText(meeting.outstandingIssues)}`]),
      ].join('\n'),
    )
    .join('\n\n');
}

function resolvedOrNextSteps(facts: Facts): string {
  const { state, protocol, history } = facts;
  if (state.resolution !== null) {
    return `Resolved on ${on(state.resolution.at)} at ${stageLabel(protocol, state.resolution.atStage)}: ${asText(state.resolution.outcome)}`;
  }
  const tool = protocol.recordingTool;
  const later = history.escalations().filter((event) => event.toStage > (tool?.usedAtStage ?? 0));
  if (later.length > 0) {
    return later
      .map(
        (event) =>
          `Escalated on ${on(event.at)} to ${stageLabel(protocol, event.toStage)}. Reason: ${asText(event.reason)}`,
      )
      .join('\n');
  }
  const nextSteps = lastMeeting(facts)?.nextSteps;
  return nextSteps === undefined ? '' : `Next steps: ${asText(nextSteps)}`;
}

/** Darlington Appendix 1, field by field. */
const FILLERS: Record<string, (facts: Facts) => string> = {
  'date-challenge-raised': ({ state }) => on(state.openedAt),
  'initiated-by-name': ({ state, useInitials }) => nameOf(state.practitioner, useInitials),
  'initiated-by-job-role': ({ state }) => state.practitioner.role,
  'initiated-by-organisation': ({ state }) => state.practitioner.agency,
  'raised-with-name': ({ state, useInitials }) => nameOf(state.decisionMaker, useInitials),
  'raised-with-job-role': ({ state }) => state.decisionMaker.role ?? '',
  'raised-with-organisation': ({ state }) => state.decisionMaker.agency,
  'area-of-disagreement': ({ protocol, state }) =>
    [
      `${areaLabel(protocol, state.areaOfDisagreement)}.`,
      `Decision: “${asText(state.decision.quote)}”`,
      `Reason for disagreement: ${asText(state.reason)}`,
      `Outcome sought for ${whoFor(state)}: ${asText(state.outcomeSought)}`,
    ].join('\n'),
  // "(including details of attempts to resolve at Level 1 and 2 of Procedure) i.e. recording of discussions,
  // meetings, or email exchange and with whom": everything done before the tool's stage.
  'monitoring-activity': ({ events, state, protocol, useInitials }) =>
    historyLines(events, state, protocol, {
      useInitials,
      toStage: (protocol.recordingTool?.usedAtStage ?? 3) - 1,
      withAgreedActions: true,
    }).join('\n'),
  'barriers-to-resolution': (facts) => asText(lastMeeting(facts)?.barriers ?? ''),
  'manager-agreement-name': (facts) => {
    const agreement = lastMeeting(facts)?.managerAgreement;
    return agreement === undefined ? '' : facts.useInitials ? nameOf(agreement, true) : agreement.name;
  },
  'manager-agreement-date': (facts) => {
    const agreedOn = lastMeeting(facts)?.managerAgreement?.agreedOn;
    return agreedOn === undefined ? '' : longDate(agreedOn);
  },
  'agencies-to-invite': agenciesToInvite,
  'meeting-held-and-outcome': meetingAccount,
  'date-resolved-or-next-steps': resolvedOrNextSteps,
};

/** Ids of the fields the history can pre-fill (the rest are left for people to complete). */
export const PREFILLED_FIELD_IDS: readonly string[] = Object.keys(FILLERS);

export function fillRecordingTool(
  protocol: Protocol,
  events: readonly ChallengeEvent[],
  state: ChallengeState,
  settings: Pick<Settings, 'useInitials'>,
): RecordingToolEntry[] {
  const tool = protocol.recordingTool;
  if (tool === undefined) return [];
  const facts: Facts = {
    protocol,
    events,
    state,
    history: readHistory(events, state),
    useInitials: settings.useInitials,
  };
  const sections = new Map(tool.sections.map((section) => [section.id, section]));
  return tool.fields.map((field) => {
    const section = sections.get(field.section);
    // The partnership's own boxes (Darlington: "To be completed by DSP Business Unit only") stay empty.
    const filler = section?.completedBy === 'partnership' ? undefined : FILLERS[field.id];
    return {
      fieldId: field.id,
      label: field.label,
      section: field.section,
      sectionTitle: section?.title ?? field.section,
      ...(field.group === undefined ? {} : { group: field.group }),
      kind: field.kind,
      ...(field.hint === undefined ? {} : { hint: field.hint }),
      ...(field.options === undefined ? {} : { options: field.options }),
      value: filler === undefined ? '' : filler(facts),
    };
  });
}
