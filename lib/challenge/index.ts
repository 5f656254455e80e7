export {
  CHALLENGE_EVENT_TYPES,
  EMAIL_CHANNELS,
  EMAIL_KINDS,
  challengeEventSchema,
  newChallengeEventSchema,
  parseChallengeEvent,
  parseNewChallengeEvent,
  stampEvent,
  type ChallengeEvent,
  type ChallengeEventType,
  type EventOf,
  type EventStamp,
  type NewChallengeEvent,
  type OpenedEvent,
  type ParseResult,
} from './events';
export { LIMITS } from './event-fields';
export type { ChallengeStatus } from './progress';
export {
  appendEvent,
  checkEventSequence,
  checkNextEvent,
  type AppendResult,
  type ChallengeRule,
  type RuleCheck,
  type SequenceCheck,
} from './rules';
export {
  deriveChallengeState,
  type ChallengeState,
  type DeriveContext,
  type StageSpell,
  type TimelineEntry,
} from './derive';
export type { DeadlineState, StageDeadline } from './stage-deadlines';
export { summariseChallenge, type ChallengeSummary } from './summary';
export { summaryStanding, type SummaryStanding } from './summary-standing';
