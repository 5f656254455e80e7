/**
 * The wording the tone check looks for, grouped by the quality of good challenge it works against (WSP
 * 7-minute briefing "Effective Challenge is....": calm, respectful, factual, evidence based, objective; RPD
 * briefing: child-focused). Each entry is matched as whole words, case-insensitively, with straight and curly
 * apostrophes alike. Lists are kept short and specific: a false alarm on calm text teaches people to ignore
 * the check.
 */

export type ToneCategory = 'accusatory' | 'emotive' | 'absolute' | 'unsupported-opinion' | 'child-focus';

export interface TonePhraseGroup {
  category: ToneCategory;
  /** The `toneQualities` id from lib/protocols this group works against. */
  quality: 'respectful' | 'calm' | 'objective' | 'evidence-based' | 'child-focused';
  phrases: readonly string[];
  suggestion: string;
}

export const ACCUSATORY: TonePhraseGroup = {
  category: 'accusatory',
  quality: 'respectful',
  phrases: [
    'you failed',
    'you have failed',
    "you've failed",
    'you did not bother',
    "you didn't bother",
    'you refused',
    'you ignored',
    'you have ignored',
    'you should have',
    'you never',
    'you always',
    'your failure',
    'your fault',
    'to blame',
    'negligent',
    'negligence',
    'incompetent',
    'incompetence',
    'unprofessional',
    'irresponsible',
    'careless',
    'lazy',
    'cover up',
    'covering up',
    'not doing your job',
  ],
  suggestion:
    'Describe the decision and its effect, not the person: for example "The decision to close the case does not address the bruising recorded on 2 May."',
};

export const EMOTIVE: TonePhraseGroup = {
  category: 'emotive',
  quality: 'calm',
  phrases: [
    'disgraceful',
    'appalling',
    'appalled',
    'shocking',
    'shocked',
    'outrageous',
    'ridiculous',
    'absurd',
    'scandalous',
    'horrendous',
    'horrified',
    'disgusted',
    'furious',
    'unbelievable',
    'beggars belief',
    'beyond belief',
    'a joke',
    'pathetic',
    'dreadful',
    'unacceptable',
  ],
  suggestion:
    'Say what concerns you and why, in neutral words: for example "I am concerned that …" followed by what the record shows.',
};

export const ABSOLUTE: TonePhraseGroup = {
  category: 'absolute',
  quality: 'objective',
  phrases: [
    'always',
    'never',
    'every time',
    'nobody',
    'no one',
    'everyone',
    'everybody',
    'constantly',
    'completely',
    'totally',
    'utterly',
    'absolutely',
    'without doubt',
    'undoubtedly',
    'definitely',
    '100%',
  ],
  suggestion:
    'Say how often and when, from the record: for example "on three occasions since March" instead of "always".',
};

/** Words that state a view. The sentence they are in should also say what the view rests on. */
export const OPINION_MARKERS: readonly string[] = [
  'i think',
  'i feel',
  'i believe',
  'i suspect',
  "i'm sure",
  'i am sure',
  'in my opinion',
  'in my view',
  'my gut',
  'it seems',
  'it appears',
  'it is clear',
  "it's clear",
  'clearly',
  'obviously',
];

/**
 * Signs that a sentence points to evidence: a record, an observation, an assessment, a date or a count.
 * Their presence in the same sentence makes an opinion marker fine.
 */
export const EVIDENCE_MARKERS: readonly string[] = [
  'because',
  'since',
  'as recorded',
  'record',
  'records',
  'recorded',
  'observed',
  'observation',
  'saw',
  'seen',
  'noted',
  'reported',
  'disclosed',
  'assessment',
  'evidence',
  'according to',
  'chronology',
  'case notes',
  'told me',
  'said',
  'visit',
  'attended',
  'missed',
  'x-ray',
  'medical',
  'referral',
];

export const UNSUPPORTED_OPINION_SUGGESTION =
  'Add what the view rests on, such as a record, an observation or a date: for example "I think the risk is higher because the health visitor saw new bruising on 2 May."';

/** Whom the challenge is for, by subject (RPD briefing: keep the child’s lived experience central). */
export const FOCUS_WORDS: Record<'child' | 'adult-at-risk', readonly string[]> = {
  child: [
    'child',
    'children',
    "child's",
    "children's",
    'young person',
    "young person's",
    'young people',
    'baby',
    "baby's",
    'babies',
    'infant',
    'toddler',
    'pupil',
    'son',
    'daughter',
    'sibling',
    'siblings',
    'teenager',
    'unborn',
  ],
  'adult-at-risk': [
    'adult',
    "adult's",
    'adults',
    'person',
    "person's",
    'individual',
    'resident',
    'patient',
    'service user',
    'tenant',
    'care and support',
  ],
};

export const CHILD_FOCUS_SUGGESTION: Record<'child' | 'adult-at-risk', string> = {
  child:
    'Say what this means for the child: their day-to-day experience, and how the decision changes it (not only the disagreement between professionals).',
  'adult-at-risk':
    'Say what this means for the adult at risk: their safety, wishes and day-to-day experience, and how the decision changes them.',
};
