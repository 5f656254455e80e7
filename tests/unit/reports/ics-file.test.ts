import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { icsForChallenges } from '../../../lib/reports';
import { build, builtIn, climbedTo, opened, step } from '../drafts/draft-fixtures';

const NOW = new Date('2025-05-01T12:00:00Z');
const darlington = builtIn('darlington-dsp-2024');
const panSussex = builtIn('pan-sussex-2025');

const atStageOne = build(darlington, [[opened(darlington), '2025-05-01T08:30:00Z']], NOW.toISOString(), 1);
const atStageTwo = build(
  panSussex,
  [
    [opened(panSussex, { caseReference: 'PS-77' }), '2025-04-28T08:30:00Z'],
    [step.escalate(2), '2025-04-29T09:00:00Z'],
    [step.timeframe(2, 3), '2025-04-29T09:05:00Z'],
  ],
  NOW.toISOString(),
  2,
);

function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const alarm = vevent.getFirstSubcomponent('valarm');
      const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Time | undefined;
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        stampIsUtc: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).zone?.tzid === 'UTC',
        sequence: vevent.getFirstPropertyValue('sequence'),
        alarmAction: alarm?.getFirstPropertyValue('action'),
        alarmAt: trigger?.toJSDate().toISOString(),
      };
    }),
  };
}

describe('open stage deadlines as iCalendar, read back by ical.js', () => {
  const text = icsForChallenges([atStageOne, atStageTwo], { now: NOW });
  const { calendar, events } = readCalendar(text);

  test('a calendar with one event per open stage deadline', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Challenge Companion//Stage deadlines//EN');
    expect(events).toHaveLength(2);
  });

  test('Darlington Stage 1: due at 17:00 London time on Friday 2 May, alarm at 09:00 that day', () => {
    expect(events[0]).toEqual({
      uid: `${atStageOne.state.challengeId}-stage-1@challenge-companion`,
      summary: 'Professional challenge CS-104233: Stage 1 deadline',
      description:
        'Stage 1 (Practitioner to decision-maker) of the professional challenge on case CS-104233 is due by 17:00 on Friday 2 May 2025 (London time).\nOpen Challenge Companion for the details.',
      start: '2025-05-02T15:30:00.000Z',
      end: '2025-05-02T16:00:00.000Z',
      stampIsUtc: true,
      sequence: 0,
      alarmAction: 'DISPLAY',
      alarmAt: '2025-05-02T08:00:00.000Z',
    });
  });

  test('Pan-Sussex Stage 2 with the 3 working days the escalator set from Tuesday 29 April', () => {
    expect(events[1]).toMatchObject({
      uid: `${atStageTwo.state.challengeId}-stage-2@challenge-companion`,
      summary: 'Professional challenge PS-77: Stage 2 deadline',
      end: '2025-05-02T16:00:00.000Z',
      sequence: 2,
      alarmAt: '2025-05-02T08:00:00.000Z',
    });
  });

  test('content-free by default: no names anywhere', () => {
    expect(text).not.toMatch(/Sam|Ortiz|Priya|Shah|bruis/);
  });

  test('RFC 5545 text rules: CRLF only, no line over 75 octets', () => {
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('what is left out, and what can be added', () => {
  test('closed challenges and stages without a deadline have no event', () => {
    const lscb = climbedTo('lscb-2019', 2); // the 2019 policy gives no timeframes
    const resolved = climbedTo('darlington-dsp-2024', 1, [[step.resolve(1), '2025-05-01T12:00:00Z']]);
    const { events } = readCalendar(icsForChallenges([lscb, resolved], { now: NOW }));
    expect(events).toEqual([]);
  });

  test('with names: the decision-maker is in the description, never in the summary', () => {
    const { events } = readCalendar(icsForChallenges([atStageOne], { now: NOW, includeNames: true }));
    expect(events[0]?.description).toContain(
      'Decision-maker: Sam Ortiz (Social worker, Children’s Social Care).',
    );
    expect(events[0]?.summary).toBe('Professional challenge CS-104233: Stage 1 deadline');
  });

  test('hostile and long non-ASCII case references are escaped, folded and read back unchanged', () => {
    const caseReference = `CS;1,2\\3 <b>${'子'.repeat(40)}`;
    const hostile = build(
      darlington,
      [[opened(darlington, { caseReference }), '2025-05-01T08:30:00Z']],
      NOW.toISOString(),
      3,
    );
    const text = icsForChallenges([hostile], { now: NOW });
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Professional challenge CS\\;1\\,2\\\\3');
    const { events } = readCalendar(text);
    expect(events[0]?.summary).toBe(`Professional challenge ${caseReference}: Stage 1 deadline`);
  });

  test('a case reference with a line break cannot add a property', () => {
    const hostile = build(
      darlington,
      [
        [
          opened(darlington, { caseReference: 'CS-1\r\nATTENDEE:mailto:x@evil.example' }),
          '2025-05-01T08:30:00Z',
        ],
      ],
      NOW.toISOString(),
      4,
    );
    const { calendar } = readCalendar(icsForChallenges([hostile], { now: NOW }));
    expect(calendar.getFirstSubcomponent('vevent')?.getAllProperties('attendee')).toEqual([]);
  });

  test('an invalid now is refused by name', () => {
    expect(() => icsForChallenges([], { now: new Date('nope') })).toThrow(/^now: /);
  });
});
