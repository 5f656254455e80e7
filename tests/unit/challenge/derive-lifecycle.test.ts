import { describe, expect, test } from 'vitest';
import { deriveChallengeState } from '../../../lib/challenge';
import type { NewChallengeEvent } from '../../../lib/challenge';
import type { Protocol } from '../../../lib/protocols';
import { builtIn, deriveAt as derive, drafts, openedDraft } from './challenge-builders';

const darlington = builtIn('darlington-dsp-2024');
const panSussex = builtIn('pan-sussex-2025');
const lscb = builtIn('lscb-2019');

describe('reporting threshold', () => {
  const climb = (protocol: Protocol, toStage: number) => {
    const steps: [NewChallengeEvent, string][] = [[openedDraft(protocol), '2025-05-01T09:00:00Z']];
    for (let stage = 2; stage <= toStage; stage += 1)
      steps.push([drafts.escalate(stage), `2025-05-0${stage}T09:00:00Z`]);
    return steps;
  };

  const byId = { 'lscb-2019': lscb, 'darlington-dsp-2024': darlington, 'pan-sussex-2025': panSussex };
  test.each([
    ['lscb-2019', 2, false],
    ['lscb-2019', 3, true],
    ['darlington-dsp-2024', 4, false],
    ['darlington-dsp-2024', 5, true],
    ['pan-sussex-2025', 4, false],
    ['pan-sussex-2025', 5, true],
  ] as const)('%s at Stage %i: reached %s', (id, stage, reached) => {
    const protocol = byId[id];
    const state = derive(protocol, climb(protocol, stage), '2025-05-09T09:00:00Z');
    expect(state.thresholdReached).toBe(reached);
    expect(state.thresholdReachedAt).toBe(
      reached ? `2025-05-0${protocol.reportingThresholdStage}T09:00:00Z` : null,
    );
  });

  test('stays reached after resolution, and records when the partnership was informed', () => {
    const steps = climb(lscb, 3);
    steps.push([drafts.resolve(3), '2025-05-06T09:00:00Z'], [drafts.partnership(3), '2025-05-07T09:00:00Z']);
    expect(derive(lscb, steps, '2025-05-08T09:00:00Z')).toMatchObject({
      status: 'resolved',
      thresholdReached: true,
      partnershipInformed: true,
      partnershipInformedAt: '2025-05-07T09:00:00Z',
    });
  });

  test('an immediate-risk start beyond the threshold reaches it at once', () => {
    const opened = openedDraft(panSussex, {
      startingStage: 5,
      immediateRisk: true,
      skipReason: 'Immediate harm',
    });
    const state = derive(panSussex, [[opened, '2025-05-01T09:00:00Z']], '2025-05-01T10:00:00Z');
    expect(state).toMatchObject({ currentStage: 5, thresholdReached: true, skipReason: 'Immediate harm' });
  });
});

describe('closing and reopening', () => {
  const opened: [NewChallengeEvent, string] = [openedDraft(darlington), '2025-05-02T13:00:00Z'];
  const toStage2: [NewChallengeEvent, string] = [drafts.escalate(2), '2025-05-06T14:00:00Z'];

  test('a resolved challenge has no live deadline and keeps its resolution', () => {
    const state = derive(
      darlington,
      [opened, toStage2, [drafts.resolve(2), '2025-05-07T10:00:00Z']],
      '2025-05-20T10:00:00Z',
    );
    expect(state).toMatchObject({
      status: 'resolved',
      currentStage: 2,
      deadline: null,
      deadlineState: null,
      workingDaysLeft: null,
      resolution: { atStage: 2, professionalsSatisfied: 'yes', at: '2025-05-07T10:00:00Z' },
    });
    expect(state.stageHistory.at(-1)).toMatchObject({
      stage: 2,
      endedAt: '2025-05-07T10:00:00Z',
      outcome: 'resolved',
    });
  });

  test('reopening after resolution resumes the stage with its timeframe counted afresh', () => {
    const state = derive(
      darlington,
      [
        opened,
        toStage2,
        [drafts.resolve(2), '2025-05-07T10:00:00Z'],
        [drafts.reopen(), '2025-05-14T10:00:00Z'],
      ],
      '2025-05-14T11:00:00Z',
    );
    expect(state).toMatchObject({
      status: 'open',
      currentStage: 2,
      stageStartedAt: '2025-05-14T10:00:00Z',
      resolution: null,
      deadline: { deadlineDate: '2025-05-19' },
      deadlineState: 'on-track',
    });
    expect(state.stageHistory.map((spell) => [spell.stage, spell.outcome])).toEqual([
      [1, 'escalated'],
      [2, 'resolved'],
      [2, null],
    ]);
  });

  test('a reopened Pan-Sussex stage keeps the timeframe the escalator set', () => {
    const state = derive(
      panSussex,
      [
        [openedDraft(panSussex), '2025-06-02T09:00:00Z'],
        [drafts.timeframe(1, 3), '2025-06-02T09:05:00Z'],
        [drafts.withdraw(), '2025-06-03T09:00:00Z'],
        [drafts.reopen(), '2025-06-09T09:00:00Z'],
      ],
      '2025-06-09T10:00:00Z',
    );
    expect(state).toMatchObject({
      status: 'open',
      agreedWorkingDays: 3,
      deadline: { deadlineDate: '2025-06-12' },
    });
  });

  test('withdrawal is recorded with its reason', () => {
    const state = derive(
      darlington,
      [opened, [drafts.withdraw(), '2025-05-03T09:00:00Z']],
      '2025-05-04T09:00:00Z',
    );
    expect(state).toMatchObject({
      status: 'withdrawn',
      withdrawal: { at: '2025-05-03T09:00:00Z', reason: 'New information explained the bruising.' },
      deadline: null,
    });
  });
});

describe('the rest of the derived state', () => {
  test('carries the opened facts, the timeline with stages, the last change and seq', () => {
    const state = derive(
      darlington,
      [
        [openedDraft(darlington), '2025-05-02T13:00:00Z'],
        [drafts.contact(), '2025-05-02T14:00:00Z'],
        [drafts.escalate(2), '2025-05-06T14:00:00Z'],
        [drafts.email(), '2025-05-06T14:05:00Z'],
      ],
      '2025-05-06T15:00:00Z',
    );
    expect(state).toMatchObject({
      caseReference: 'CS-104233',
      protocolId: 'darlington-dsp-2024',
      areaOfDisagreement: darlington.areasOfDisagreement[0]?.id,
      decisionMaker: { name: 'Sam Ortiz' },
      openedAt: '2025-05-02T13:00:00Z',
      lastChangeAt: '2025-05-06T14:05:00Z',
      seq: 3,
      derivedAt: '2025-05-06T15:00:00.000Z',
    });
    expect(state.timeline.map((entry) => [entry.seq, entry.type, entry.stage])).toEqual([
      [0, 'opened', 1],
      [1, 'contact-logged', 1],
      [2, 'escalated', 2],
      [3, 'email-drafted', 2],
    ]);
  });

  test('refuses a history that does not start with opened', () => {
    expect(() => deriveChallengeState([], { protocol: darlington, now: new Date() })).toThrow(/opened/);
  });
});
