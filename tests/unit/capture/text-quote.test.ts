import { describe, expect, test } from 'vitest';
import { anchorQuote, describeRange, locateQuote, type QuoteAnchor } from '../../../lib/capture/text-quote';
import { page, pageFromText, rangeOf } from './dom-fixture';

const RECORD =
  '<h1>Case reference CR-204871</h1><p>Referral received from the health visitor on 3 October.</p>' +
  '<p>Decision: <strong>no further action</strong>, case closed to Children’s Social Care.</p>' +
  '<p>Team manager notes: no further action at this stage; review if new information.</p>';

describe('describeRange', () => {
  test('records the quote, 32 characters of context either side and its page-text position', () => {
    const doc = page(RECORD);
    const anchor = describeRange(rangeOf(doc, 'no further action, case closed'), doc.body);
    expect(anchor).toEqual({
      quote: 'no further action, case closed',
      prefix: ' visitor on 3 October.Decision: ',
      suffix: ' to Children’s Social Care.Team ',
      position: { start: 89, end: 119 },
    });
  });

  test('ignores the text of scripts and of the extension’s own UI when measuring', () => {
    const doc = page(
      '<script>window.x = "no further action"</script><div data-challenge-companion>Challenge this</div>' +
        RECORD,
    );
    const anchor = describeRange(rangeOf(doc, 'no further action, case closed'), doc.body);
    expect(anchor.position.start).toBe(89);
  });
});

describe('anchorQuote', () => {
  function anchorOn(html: string, quote: string): QuoteAnchor {
    const doc = page(html);
    return describeRange(rangeOf(doc, quote), doc.body);
  }

  test('finds the exact quote again across element boundaries', () => {
    const anchor = anchorOn(RECORD, 'Decision: no further action, case closed');
    const doc = page(RECORD);
    expect(anchorQuote(anchor, doc.body)?.toString()).toBe('Decision: no further action, case closed');
  });

  test('of two identical quotes, picks the one whose context matches', () => {
    const doc = page(RECORD);
    const text = doc.body.textContent!;
    const second = text.lastIndexOf('no further action');
    const anchor: QuoteAnchor = {
      quote: 'no further action',
      prefix: 'Team manager notes: ',
      suffix: ' at this stage',
      // Deliberately wrong position: the context must win over it.
      position: { start: 89, end: 106 },
    };
    const range = anchorQuote(anchor, doc.body)!;
    expect(range.startContainer.parentElement!.tagName).toBe('P');
    expect(text.indexOf(range.toString(), second)).toBe(second);
    expect(range.startContainer.textContent).toContain('Team manager notes');
  });

  test.each([
    [
      'reflowed whitespace',
      RECORD.replace('no further action</strong>, case', 'no   further\n action</strong>,\ncase'),
    ],
    ['a typo fixed inside the quote', RECORD.replace('case closed', 'case clsoed')],
    [
      'two words inserted into the quote',
      RECORD.replace('action</strong>, case', 'action</strong> (NFA), case'),
    ],
    ['a character removed inside the quote', RECORD.replace('Children’s', 'Childrens')],
    [
      'the paragraph moved to the end of the page',
      RECORD.replace(/<p>Decision.*?<\/p>/, '') + /<p>Decision.*?<\/p>/.exec(RECORD)![0],
    ],
    [
      'markup changed around the quote',
      RECORD.replace('<strong>no further action</strong>', '<em>no further</em> <u>action</u>'),
    ],
  ])('still anchors after %s', (_name, changedHtml) => {
    const anchor = anchorOn(RECORD, 'no further action, case closed to Children’s Social Care');
    const range = anchorQuote(anchor, page(changedHtml).body);
    expect(range).not.toBeNull();
    const found = range!.toString();
    expect(found.startsWith('no')).toBe(true);
    expect(found.endsWith('Social Care')).toBe(true);
  });

  test.each([
    [
      'the quote was deleted',
      RECORD.replace('no further action</strong>, case closed to Children’s Social Care', '</strong>'),
    ],
    [
      'the decision was rewritten',
      RECORD.replace(
        'no further action</strong>, case closed to Children’s Social Care',
        'referral accepted for a child and family assessment</strong>',
      ),
    ],
    ['the page is empty', ''],
  ])('returns null when %s', (_name, changedHtml) => {
    const anchor = anchorOn(RECORD, 'no further action, case closed to Children’s Social Care');
    expect(anchorQuote(anchor, page(changedHtml).body)).toBeNull();
  });

  test('an empty quote anchors nowhere', () => {
    const anchor: QuoteAnchor = { quote: '', prefix: '', suffix: '', position: { start: 0, end: 0 } };
    expect(anchorQuote(anchor, page(RECORD).body)).toBeNull();
  });

  test.each([
    ['a 6-character quote must match exactly', 'CR-204', null],
    ['a 7-character quote may differ by one edit', 'CR-2048', 'CR-2O48'],
    ['a 14-character quote may differ by two edits', 'reference CR-2', 'reference CR-2'],
  ])('%s', (_name, quote, expected) => {
    const start = 'Case '.length;
    const anchor: QuoteAnchor = {
      quote,
      prefix: '',
      suffix: '',
      position: { start, end: start + quote.length },
    };
    const changed = RECORD.replace('CR-204871', 'CR-2O4871');
    expect(anchorQuote(anchor, page(changed).body)?.toString() ?? null).toBe(expected);
  });
});

describe('locateQuote on a 200 KB page', () => {
  const words = [
    'the',
    'child',
    'was',
    'seen',
    'at',
    'home',
    'by',
    'social',
    'worker',
    'and',
    'health',
    'visitor',
  ];
  // mulberry32: a deterministic generator whose low bits are not periodic (an LCG's are, which makes
  // the filler repeat and the "absent" quote fuzzily present).
  let seed = 7;
  const nextWord = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return words[((t ^ (t >>> 14)) >>> 0) % words.length]!;
  };
  const filler = Array.from({ length: 40_000 }, nextWord).join(' ');
  const quote = Array.from({ length: 300 }, nextWord).join(' ').slice(0, 2000);
  const text = filler.slice(0, 100_000) + ' Decision: ' + quote + '. ' + filler.slice(100_000, 200_000);
  const start = text.indexOf(quote);
  const anchor: QuoteAnchor = {
    quote,
    prefix: text.slice(start - 32, start),
    suffix: text.slice(start + quote.length, start + quote.length + 32),
    position: { start, end: start + quote.length },
  };

  test.each([
    ['found exactly', text, 200],
    ['edited, near its recorded position', text.replace(quote, quote.replace(/seen/g, 'visited')), 1000],
    [
      'edited, and moved 50 000 characters away',
      text.slice(50_000).replace(quote, quote.replace(/seen/g, 'visited')),
      1500,
    ],
    ['absent', text.replace(quote, ''), 1500],
  ])('%s within the time budget', (name, pageText, budgetMs) => {
    const began = performance.now();
    const span = locateQuote(anchor, pageText);
    const elapsed = performance.now() - began;
    if (name === 'absent') expect(span).toBeNull();
    else expect(pageText.slice(span!.start, span!.end)).toMatch(/^\S.*\S$/s);
    expect(elapsed).toBeLessThan(budgetMs);
  });
});

describe('anchorQuote on generated pages', () => {
  test('anchors a quote split across many elements', () => {
    const text = 'Strategy meeting outcome: no further safeguarding enquiry; signpost to GP.';
    const doc = pageFromText(text, [3, 10, 11, 30, 31, 32, 60]);
    const anchor = describeRange(rangeOf(doc, 'outcome: no further safeguarding enquiry'), doc.body);
    expect(anchorQuote(anchor, pageFromText(text, [5, 50]).body)?.toString()).toBe(
      'outcome: no further safeguarding enquiry',
    );
  });
});
