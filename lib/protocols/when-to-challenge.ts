import { rpd, wsp, type BriefingLine } from './briefing-sources';

/**
 * When to use the challenge procedure, and why it matters, from the two briefings. Shown where a
 * practitioner is deciding whether to start a challenge at all.
 */

/** WSP briefing, "What is Professional Challenge?": what a challenge is about. */
export const whatAChallengeIsAbout: BriefingLine = {
  id: 'what-challenge-is-about',
  text: 'Challenging decisions, practice or actions which may not effectively ensure the safety or well-being of a child, young person or adult.',
  source: wsp('What is Professional Challenge?'),
};

const RPD_SECTION = 'Resolving Professional Differences (RPD)';

/** RPD briefing, "Resolving Professional Differences (RPD)": "You can use RPD … including:". */
export const whenToUseTheProcedure: readonly BriefingLine[] = [
  {
    id: 'delays-to-support',
    text: 'If there are delays to progressing key support for a family.',
    source: rpd(RPD_SECTION),
  },
  {
    id: 'agency-ending-involvement',
    text: 'To challenge where you disagree about an agency ending their involvement with a family.',
    source: rpd(RPD_SECTION),
  },
  {
    id: 'information-missing',
    text: 'If key information is missing, inconsistent or oversimplified.',
    source: rpd(RPD_SECTION),
  },
];

/** The briefing's own caveats: the list is not exhaustive, and an unresolved challenge must be escalated. */
export const whenToUseCaveats: readonly BriefingLine[] = [
  {
    id: 'other-circumstances',
    text: 'This list provides a few examples, there may be other circumstances where professional challenge is required.',
    source: rpd(RPD_SECTION),
  },
  {
    id: 'escalate-in-time',
    text: 'If resolution cannot be achieved, this must be escalated in a timely manner.',
    source: rpd(RPD_SECTION),
  },
];

/** WSP briefing, "Introduction": where challenge most often arises (a starting list for a partnership's own areas). */
export const commonAreasOfChallenge: readonly BriefingLine[] = [
  { id: 'criteria-for-referrals', text: 'Criteria for referrals', source: wsp('Introduction') },
  { id: 'outcomes-of-assessments', text: 'Outcomes of assessments', source: wsp('Introduction') },
  {
    id: 'roles-and-responsibilities',
    text: 'Roles and responsibilities of workers',
    source: wsp('Introduction'),
  },
  { id: 'service-provision', text: 'Service provision', source: wsp('Introduction') },
  { id: 'timeliness-of-interventions', text: 'Timeliness of interventions', source: wsp('Introduction') },
  { id: 'information-sharing', text: 'Information sharing and communication', source: wsp('Introduction') },
];

/** WSP briefing, "What can I do?" (and one RPD "Things to remember"): before and while challenging. */
export const beforeYouChallenge: readonly BriefingLine[] = [
  {
    id: 'be-braver',
    text: 'Be professionally braver! Be bold in your professional approach.',
    source: wsp('What can I do?'),
  },
  {
    id: 'clear-rationale',
    text: 'Is there a clear rationale behind your thoughts / actions?',
    source: wsp('What can I do?'),
  },
  {
    id: 'ask-the-questions',
    text: 'Use assertion to ask the questions you are thinking of, no matter how silly or exaggerated you may think they are.',
    source: wsp('What can I do?'),
  },
  {
    id: 'child-centred-decisions',
    text: 'Can you verify and validate the decisions that you and your organisation are making in line with a child-centred approach?',
    source: wsp('What can I do?'),
  },
  {
    id: 'enquire-further',
    text: "Enquire further if you are still unsure of how to manage a service user's journey when in your care.",
    source: wsp('What can I do?'),
  },
  {
    id: 'talk-directly',
    text: 'Connect directly with colleagues in other agencies by phone, video or face-to-face to build a shared understanding in real time.',
    source: rpd('Things to remember'),
  },
];

/** RPD briefing, "Why does professional challenge matter?", items 1–7. */
export const whyChallengeMatters: readonly BriefingLine[] = [
  {
    id: 'prevents-drift',
    text: 'It protects children by preventing drift and oversight.',
    source: rpd('Why does professional challenge matter?'),
  },
  {
    id: 'viewpoints',
    text: 'It brings together different professional viewpoints.',
    source: rpd('Why does professional challenge matter?'),
  },
  {
    id: 'healthy-culture',
    text: 'It is a sign of healthy safeguarding culture.',
    source: rpd('Why does professional challenge matter?'),
  },
  {
    id: 'tests-assumptions',
    text: 'It ensures assumptions are explored and tested.',
    source: rpd('Why does professional challenge matter?'),
  },
  {
    id: 'accountability',
    text: 'It strengthens accountability and multi-agency working.',
    source: rpd('Why does professional challenge matter?'),
  },
  {
    id: 'better-outcomes',
    text: 'It leads to better outcomes for children and families.',
    source: rpd('Why does professional challenge matter?'),
  },
  {
    id: 'no-full-picture',
    text: 'No single professional holds the full picture - shared ownership ensures risks are identified, understood and addressed.',
    source: rpd('Why does professional challenge matter?'),
  },
];

/** WSP briefing, "Things to remember", "What is Professional Challenge?" and "Responsibility": being challenged. */
export const whenYouAreChallenged: readonly BriefingLine[] = [
  {
    id: 'expect-challenge',
    text: 'Expect to be challenged; working together effectively depends on an open approach and honest relationships between agencies.',
    source: wsp('Things to remember'),
  },
  {
    id: 'not-a-criticism',
    text: "Being professionally challenged should not be seen as a criticism of the person's professional capabilities.",
    source: wsp('What is Professional Challenge?'),
  },
  {
    id: 'review-with-open-mind',
    text: 'Always be prepared to review decisions and plans with an open mind and revise decisions in light of new information.',
    source: wsp('Responsibility'),
  },
];
