import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toneCheck, type ToneCategory } from '../../../lib/drafts';
import { toneQualities } from '../../../lib/protocols';

const CHILD = { subject: 'child' } as const;

/** The findings as [category, offending wording], the way a reader would list them. */
const spans = (text: string, options: Parameters<typeof toneCheck>[1] = CHILD) =>
  toneCheck(text, options)
    .filter((finding) => finding.scope === 'span')
    .map((finding) => [finding.category, text.slice(finding.start, finding.end)]);

describe('true positives: each category, with the span of the offending wording', () => {
  test.each<[string, [ToneCategory, string][]]>([
    ['You failed to read the referral about the child.', [['accusatory', 'You failed']]],
    ['Your failure to visit has left the child exposed.', [['accusatory', 'Your failure']]],
    ['You didn’t bother to call the school about the child.', [['accusatory', 'You didn’t bother']]],
    ["This is negligent and the child's safety is at stake.", [['accusatory', 'negligent']]],
    ['The decision about the child is disgraceful.', [['emotive', 'disgraceful']]],
    ['It is frankly ridiculous for the child to wait.', [['emotive', 'ridiculous']]],
    ['The child is seen late every single week, this is unacceptable.', [['emotive', 'unacceptable']]],
    ['Please respond about the child today!!', [['emotive', '!!']]],
    ['The child must NOT be left without a plan.', [['emotive', 'NOT']]],
    ['THIS IS SERIOUS for the child.', [['emotive', 'THIS IS SERIOUS']]],
    ['The child is always hungry at school.', [['absolute', 'always']]],
    ['Nobody has spoken to the child.', [['absolute', 'Nobody']]],
    ['The plan for the child is completely inadequate.', [['absolute', 'completely']]],
    ['You never return calls about the child.', [['accusatory', 'You never']]],
    ['I think the child is at risk.', [['unsupported-opinion', 'I think']]],
    ['In my view the plan for the child will not work.', [['unsupported-opinion', 'In my view']]],
    ['Obviously the child needs a strategy discussion.', [['unsupported-opinion', 'Obviously']]],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('several findings come back in text order', () => {
    const text = 'Nobody listened. I feel the child is ignored. That decision was appalling!';
    expect(spans(text)).toEqual([
      ['absolute', 'Nobody'],
      ['unsupported-opinion', 'I feel'],
      ['emotive', 'appalling'],
      ['emotive', '!'],
    ]);
  });

  test('each finding carries a suggestion and a quality from the briefings', () => {
    const ids = new Set(toneQualities.map((quality) => quality.id));
    const findings = toneCheck(
      'You failed. It is shocking. Everyone knows. I believe it. No focus here',
      CHILD,
    );
    expect(new Set(findings.map((finding) => finding.category))).toEqual(
      new Set(['accusatory', 'emotive', 'absolute', 'unsupported-opinion', 'child-focus']),
    );
    for (const finding of findings) {
      expect(ids.has(finding.quality)).toBe(true);
      expect(finding.suggestion.length).toBeGreaterThan(20);
    }
  });
});

describe('child focus (RPD briefing: keep the child’s lived experience central)', () => {
  test('text about the professionals only is pointed out, as a whole-text finding', () => {
    const text = 'We disagree about the closure decision and the threshold was applied wrongly by the team.';
    expect(toneCheck(text, CHILD)).toEqual([
      expect.objectContaining({
        category: 'child-focus',
        scope: 'whole-text',
        start: 0,
        end: text.length,
        text: '',
      }),
    ]);
  });

  test.each([
    ['child', 'The baby has missed two health reviews since March.'],
    ['child', 'Her daughter told the school about the shouting on 2 May.'],
    ['child', 'The young person’s attendance fell to 60% this term.'],
    ['adult-at-risk', 'The adult at risk has had three falls recorded since January.'],
    ['adult-at-risk', 'The resident’s care plan was not reviewed after the fall on 2 May.'],
  ] as const)('a %s named in the text is enough: %j', (subject, text) => {
    expect(toneCheck(text, { subject })).toEqual([]);
  });

  test('an adult-at-risk challenge is not satisfied by "child" alone', () => {
    const findings = toneCheck('The child protection process was followed on 2 May.', {
      subject: 'adult-at-risk',
    });
    expect(findings.map((finding) => finding.category)).toEqual(['child-focus']);
  });

  test('extra focus words (a child’s initials) count', () => {
    expect(
      toneCheck('K.M. was seen with a bruise on 2 May.', { subject: 'child', focusWords: ['K.M.'] }),
    ).toEqual([]);
  });

  test('empty text has nothing to say', () => {
    expect(toneCheck('   ', CHILD)).toEqual([]);
  });
});

describe('calm, factual, child-focused text has no findings', () => {
  test.each([
    'Thank you for speaking with me today. The health visitor recorded three bruises on the child’s arm on 2 May, and the decision to close the case does not address them. I would like us to agree a strategy discussion by Friday.',
    'I think the risk to the child is higher than the assessment suggests, because the school reported two new injuries this week.',
    'In my view the child needs a strategy discussion: the chronology shows four missed appointments since March.',
    'The plan for the young person was reviewed on 12 May. I am concerned that the actions agreed at the meeting have not yet started.',
    'The baby’s weight has fallen from the 50th to the 9th centile, as recorded at the clinic.',
  ])('%j', (text) => {
    expect(toneCheck(text, CHILD)).toEqual([]);
  });

  test('words that only contain a flagged word are not flagged (whole words only)', () => {
    expect(spans('The child’s alwaysOn tablet and the nevertheless careful plan.')).toEqual([]);
  });
});

describe('invariants', () => {
  test('every span finding is the text it points at, in order, within the text', () => {
    const vocabulary = fc.constantFrom(
      'You failed',
      'always',
      'the child',
      'I think',
      'because',
      'disgraceful',
      'NOT',
      '!',
      '. ',
      '\n',
      'é',
      '😀',
      'on 2 May',
      'calm words',
    );
    fc.assert(
      fc.property(
        fc.array(vocabulary, { maxLength: 30 }),
        fc.constantFrom('child', 'adult-at-risk'),
        (parts, subject) => {
          const text = parts.join(' ');
          const findings = toneCheck(text, { subject });
          let previous = -1;
          for (const finding of findings) {
            expect(finding.start).toBeGreaterThanOrEqual(0);
            expect(finding.end).toBeLessThanOrEqual(text.length);
            if (finding.scope === 'span') {
              expect(finding.text).toBe(text.slice(finding.start, finding.end));
              expect(finding.end).toBeGreaterThan(finding.start);
              expect(finding.start).toBeGreaterThanOrEqual(previous);
              previous = finding.start;
            }
          }
        },
      ),
    );
  });

  test('invalid options are refused by name', () => {
    expect(() => toneCheck('text', { subject: 'pupil' as 'child' })).toThrow(/^subject: /);
  });
});
