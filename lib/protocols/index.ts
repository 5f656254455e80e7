/**
 * Protocols: the schema every partnership protocol is parsed with, the built-in protocols as data, import
 * of a partnership's own protocol file, and the briefings' guidance on good challenge.
 */
export {
  protocolSchema,
  stageSchema,
  areaOfDisagreementSchema,
  specialRouteSchema,
  immediateRiskRuleSchema,
  coverageKinds,
  specialRouteKinds,
  reportingCadences,
  MAX_STAGES,
  type Protocol,
  type ProtocolInput,
  type Stage,
  type AreaOfDisagreement,
  type SpecialRoute,
  type ImmediateRiskRule,
  type CoverageKind,
  type SpecialRouteKind,
} from './protocol-schema';
export {
  timeframeSchema,
  timeframeKinds,
  describeTimeframe,
  MAX_WORKING_DAYS,
  type Timeframe,
  type TimeframeKind,
} from './timeframe';
export {
  recordingToolSchema,
  recordingToolFieldKinds,
  type RecordingTool,
  type RecordingToolField,
  type RecordingToolSection,
} from './recording-tool-schema';
export type { SourceRef } from './schema-primitives';
export { builtInProtocols, builtInProtocolIds, findProtocol, stageOf } from './built-in-protocols';
export { parseProtocolFile, MAX_PROTOCOL_FILE_CHARS, type ProtocolFileResult } from './import-protocol-file';
export {
  decideProtocolRemoval,
  protocolLabel,
  type ProtocolRemovalDecision,
  type ProtocolRemovalFacts,
} from './protocol-removal';
export { formatIssues, formatPath } from './issue-format';
export {
  qualitiesOfGoodChallenge,
  toneQualities,
  constructiveSpirit,
  effectiveChallengeIs,
  type ChallengeQuality,
  type ToneQuality,
} from './good-challenge';
export {
  whatAChallengeIsAbout,
  whenToUseTheProcedure,
  whenToUseCaveats,
  commonAreasOfChallenge,
  beforeYouChallenge,
  whyChallengeMatters,
  whenYouAreChallenged,
} from './when-to-challenge';
export { RPD_BRIEFING_FILE, WSP_BRIEFING_FILE, type BriefingLine } from './briefing-sources';
