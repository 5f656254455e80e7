import { describe, expect, test } from 'vitest';
import {
  CHALLENGE_EVENT_TYPES,
  challengeEventSchema,
  newChallengeEventSchema,
  parseChallengeEvent,
  parseNewChallengeEvent,
  stampEvent,
} from '../../../lib/challenge';
import { FIRST_SUPPORTED_YEAR } from '../../../lib/calendar';
import { CHALLENGE_ID, builtIn, drafts, openedDraft, uuidFrom } from './challenge-builders';

const darlington = builtIn('darlington-dsp-2024');
const stamp = { id: uuidFrom(1), challengeId: CHALLENGE_ID, seq: 0, at: '2025-05-02T13:00:00.000Z' };

describe('event schemas', () => {
  test('every event type has a draft and a stored form', () => {
    expect([...CHALLENGE_EVENT_TYPES].sort()).toEqual(
      [
        'contact-logged',
        'email-drafted',
        'escalated',
        'meeting-recorded',
        'note-added',
        'opened',
        'partnership-informed',
        'reopened',
        'resolved',
        'timeframe-set',
        'withdrawn',
      ].sort(),
    );
  });

  test.each([
    openedDraft(darlington),
    drafts.contact(),
    drafts.note(),
    drafts.timeframe(1, 5),
    drafts.escalate(3, 'Risk'),
    drafts.meeting(),
    drafts.partnership(5),
    drafts.email(),
    drafts.resolve(2),
    drafts.withdraw(),
    drafts.reopen(),
  ])('a $type draft parses, and stamped it parses as an event', (draft) => {
    expect(newChallengeEventSchema.parse(draft)).toEqual(draft);
    const event = stampEvent(draft, stamp);
    expect(challengeEventSchema.parse(event)).toEqual(event);
  });

  test('a challenge started by hand needs only the typed quote', () => {
    const draft = openedDraft(darlington, { decision: { quote: 'NFA – closed' } });
    expect(parseNewChallengeEvent(draft)).toMatchObject({
      ok: true,
      value: { decision: { quote: 'NFA – closed' } },
    });
  });

  test('typed text is trimmed; page text is kept exactly', () => {
    const draft = openedDraft(darlington, {
      caseReference: '  CS-1  ',
      decision: { quote: '  no further action ', prefix: ' a ' },
    });
    expect(newChallengeEventSchema.parse(draft)).toMatchObject({
      caseReference: 'CS-1',
      decision: { quote: '  no further action ', prefix: ' a ' },
    });
  });

  test('a draft carries no stamp: the background fills it', () => {
    const parsed = newChallengeEventSchema.parse({ ...drafts.note(), ...stamp });
    expect(parsed).toEqual(drafts.note());
  });
});

describe('refusals name the field and the problem', () => {
  test.each([
    ['an empty case reference', { caseReference: '   ' }, 'caseReference: must not be empty'],
    [
      'a case reference over 64 characters',
      { caseReference: 'x'.repeat(65) },
      'caseReference: must be at most 64',
    ],
    [
      'a quote over 5000 characters',
      { decision: { quote: 'q'.repeat(5001) } },
      'decision.quote: must be at most 5000',
    ],
    ['a blank quote', { decision: { quote: ' \n ' } }, 'decision.quote: must not be empty'],
    [
      'a javascript: page address',
      { decision: { quote: 'q', url: 'javascript:alert(1)' } },
      'decision.url: must be an http(s)',
    ],
    [
      'a prefix over 2000 characters',
      { decision: { quote: 'q', prefix: 'p'.repeat(2001) } },
      'decision.prefix',
    ],
    [
      'a position that ends before it starts',
      { decision: { quote: 'q', position: { start: 9, end: 3 } } },
      'decision.position.end',
    ],
    [
      'a decision-maker without agency',
      { decisionMaker: { name: 'Sam', agency: '' } },
      'decisionMaker.agency: must not be empty',
    ],
    [
      'a practitioner email that is not one',
      { practitioner: { name: 'P', role: 'HV', agency: 'NHS', email: 'nope' } },
      'practitioner.email',
    ],
    ['an unknown nation', { nation: 'wales' }, 'nation'],
    [
      'working hours that end before they start',
      { workingHours: { start: '17:00', end: '09:00' } },
      'workingHours.end',
    ],
    ['a starting stage of 0', { startingStage: 0 }, 'startingStage: must be 1 or more'],
  ])('%s', (_name, overrides, message) => {
    const result = parseNewChallengeEvent({ ...openedDraft(darlington), ...overrides });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  test.each([
    ['a timeframe of 0 working days', { ...drafts.timeframe(1, 0) }, 'workingDays: must be 1 or more'],
    ['a timeframe of 61 working days', { ...drafts.timeframe(1, 61) }, 'workingDays: must be 60 or fewer'],
    ['half a working day', { ...drafts.timeframe(1, 1.5) }, 'workingDays: must be a whole number'],
    ['an unknown email channel', { ...drafts.email(), channel: 'fax' }, 'channel'],
    [
      'a meeting without attendees',
      { ...drafts.meeting(), attendees: [] },
      'attendees: must name at least one',
    ],
    [
      'an action due on a non-date',
      { ...drafts.contact(), actions: [{ action: 'x', dueBy: 'Friday' }] },
      'actions.0.dueBy',
    ],
    ['an unknown event type', { type: 'deleted' }, 'type'],
  ])('%s', (_name, draft, message) => {
    const result = parseNewChallengeEvent(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  test.each([
    ['an id that is not a UUID', { id: 'abc' }, 'id: must be a UUID'],
    ['a negative seq', { seq: -1 }, 'seq'],
    ['a timestamp that is not ISO', { at: '2 May 2025' }, 'at: must be an ISO instant'],
    [
      'a timestamp before the calendar’s years',
      { at: `${FIRST_SUPPORTED_YEAR - 1}-12-31T23:00:00Z` },
      `at: must fall between ${FIRST_SUPPORTED_YEAR}`,
    ],
  ])('stored event with %s', (_name, overrides, message) => {
    const result = parseChallengeEvent({ ...stampEvent(drafts.note(), stamp), ...overrides });
    expect(result).toMatchObject({ ok: false, rule: 'invalid-event' });
    if (!result.ok) expect(result.message).toContain(message);
  });
});
