import { rpd, wsp, type BriefingLine } from './briefing-sources';
import type { SourceRef } from './schema-primitives';

/**
 * What good challenge looks like, from the two briefings. `label` and `description` are the briefing's
 * own words; `prompt` and `inWriting` are the product's wording of them, asked of the practitioner or
 * checked against what they write.
 */

export interface ChallengeQuality {
  id: 'curious' | 'clear' | 'child-focused' | 'documented' | 'escalate';
  label: string;
  description: string;
  /** A question the product asks the practitioner. */
  prompt: string;
  source: SourceRef;
}

const GOOD_CHALLENGE = 'What does good professional challenge look like?';

/** RPD briefing, "What does good professional challenge look like?", in the briefing's order. */
export const qualitiesOfGoodChallenge: readonly ChallengeQuality[] = [
  {
    id: 'curious',
    label: 'Curious',
    description: 'Ask questions when something feels incomplete.',
    prompt: 'What feels incomplete or unexplained about this decision, and what do you need to ask?',
    source: rpd(GOOD_CHALLENGE),
  },
  {
    id: 'clear',
    label: 'Clarity',
    description: 'Seek multi-agency perspectives and be clear on the outcome you are pursuing.',
    prompt: 'Which other agencies’ views have you sought, and what outcome for the child are you asking for?',
    source: rpd(GOOD_CHALLENGE),
  },
  {
    id: 'child-focused',
    label: 'Child-focused',
    description:
      "Keep the children's lived experience central, not narratives of adults or professional disagreement.",
    prompt: 'What is this child’s day-to-day experience, and how does the decision change it?',
    source: rpd(GOOD_CHALLENGE),
  },
  {
    id: 'documented',
    label: 'Documented',
    description: 'Record challenge, rationale and outcomes clearly.',
    prompt: 'Have you recorded what you challenged, why, and what was agreed?',
    source: rpd(GOOD_CHALLENGE),
  },
  {
    id: 'escalate',
    label: 'Escalate',
    description:
      "Challenge decisions respectfully and escalate if you remain concerned for the child's safety.",
    prompt:
      'Are you still concerned for the child’s safety? If so, is it time to escalate to the next stage?',
    source: rpd(GOOD_CHALLENGE),
  },
];

export interface ToneQuality {
  id: string;
  label: string;
  /** What the quality means for an email or record the practitioner writes. */
  inWriting: string;
  source: SourceRef;
}

const EFFECTIVE_CHALLENGE = 'Effective Challenge is....';

/**
 * How a challenge should sound. Labels from the WSP briefing's "Effective Challenge is...." list (and
 * "Child-focused" from the RPD briefing); only the entries that describe the words themselves are here,
 * the rest of that list is in `effectiveChallengeIs`.
 */
export const toneQualities: readonly ToneQuality[] = [
  {
    id: 'calm',
    label: 'Calm',
    inWriting: 'No capitals for emphasis, no exclamation marks, no charged words.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'factual',
    label: 'Factual',
    inWriting: 'Say what happened, who decided, and when; keep opinion separate and labelled as yours.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'evidence-based',
    label: 'Evidence based',
    inWriting: 'Point to the record, observation or assessment behind each concern.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'respectful',
    label: 'Respectful',
    inWriting: 'Challenge the decision, not the person; acknowledge the other professional’s reasoning.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'polite',
    label: 'Polite',
    inWriting: 'Open and close courteously; thank them for their time.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'diplomatic',
    label: 'Diplomatic',
    inWriting: 'Look for common ground and a way forward both agencies can accept.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'objective',
    label: 'Objective',
    inWriting: 'Avoid absolutes such as "always" and "never" unless the record shows them.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'clear',
    label: 'Clear – role/consequences',
    inWriting: 'Say what you are asking for, by when, and what happens next if it is not resolved.',
    source: wsp(EFFECTIVE_CHALLENGE),
  },
  {
    id: 'child-focused',
    label: 'Child-focused',
    inWriting: 'Describe the impact on the child, not the disagreement between professionals.',
    source: rpd(GOOD_CHALLENGE),
  },
];

/** WSP briefing, "Professional Challenge should...": the spirit in which challenge is given or received. */
export const constructiveSpirit: readonly BriefingLine[] = [
  {
    id: 'constructive-and-positive',
    text: 'Professional challenge should be given or received in a constructive and positive way with a genuine belief in a partnership approach to safeguarding.',
    source: wsp('Professional Challenge should...'),
  },
  {
    id: 'identify-concerns-and-impact',
    text: 'Clearly identify your concerns and the impact on the case being discussed.',
    source: wsp('Professional Challenge should...'),
  },
];

/** WSP briefing, "Effective Challenge is....": the whole list, verbatim and in order. */
export const effectiveChallengeIs: readonly string[] = [
  'Calm',
  'Diplomatic',
  'Respectful',
  'Negotiation',
  'Influencing',
  'Uses local tools e.g. Graded Care Profile',
  'Good communication with other professionals',
  'Considering the voice of the service user',
  'Not taking information on face value',
  'Gut Instinct – opportunity to unpick',
  'Reflective – for them to feel valued and empowered',
  'Confident',
  'Empowered to do it by agency',
  'Clear – role/consequences',
  'Polite',
  'Involves line manager i.e. supervision',
  'Be prepared to have difficult conversations.',
  'Share concerns with your line manager',
  'Factual',
  'Has good Recording',
  'Evidence based',
  'Objective',
];
