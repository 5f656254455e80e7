import { describe, expect, test } from 'vitest';

import {
  beforeYouChallenge,
  commonAreasOfChallenge,
  constructiveSpirit,
  qualitiesOfGoodChallenge,
  RPD_BRIEFING_FILE,
  toneQualities,
  whenToUseCaveats,
  whenToUseTheProcedure,
  whenYouAreChallenged,
  whyChallengeMatters,
  WSP_BRIEFING_FILE,
} from '../../../lib/protocols';

describe('qualities of good challenge', () => {
  test('are the five of the RPD briefing, in its order', () => {
    expect(qualitiesOfGoodChallenge.map((q) => q.id)).toEqual([
      'curious',
      'clear',
      'child-focused',
      'documented',
      'escalate',
    ]);
    expect(qualitiesOfGoodChallenge.every((q) => q.source.file === RPD_BRIEFING_FILE)).toBe(true);
  });

  test('each asks the practitioner a question', () => {
    for (const quality of qualitiesOfGoodChallenge) expect(quality.prompt).toMatch(/\?$/);
  });
});

describe('tone guidance', () => {
  test('covers calm, factual, evidence-based, respectful and child-focused writing', () => {
    expect(toneQualities.map((t) => t.id)).toEqual(
      expect.arrayContaining(['calm', 'factual', 'evidence-based', 'respectful', 'child-focused']),
    );
  });

  test('comes from the WSP briefing, except child-focused which is the RPD briefing', () => {
    for (const tone of toneQualities) {
      expect(tone.source.file).toBe(tone.id === 'child-focused' ? RPD_BRIEFING_FILE : WSP_BRIEFING_FILE);
    }
  });
});

describe('when to use the procedure', () => {
  test('lists the three RPD examples and says the list is not complete', () => {
    expect(whenToUseTheProcedure.map((line) => line.id)).toEqual([
      'delays-to-support',
      'agency-ending-involvement',
      'information-missing',
    ]);
    expect(whenToUseCaveats[0]?.text).toContain('there may be other circumstances');
  });
});

describe('every list of briefing lines', () => {
  const lists = {
    qualitiesOfGoodChallenge,
    toneQualities,
    constructiveSpirit,
    whenToUseTheProcedure,
    whenToUseCaveats,
    commonAreasOfChallenge,
    beforeYouChallenge,
    whyChallengeMatters,
    whenYouAreChallenged,
  };

  test.each(Object.entries(lists))(
    '%s has unique ids and traces every line to a briefing section',
    (_name, list) => {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of list) {
        expect([RPD_BRIEFING_FILE, WSP_BRIEFING_FILE]).toContain(item.source.file);
        expect(item.source.section.length).toBeGreaterThan(0);
      }
    },
  );
});
