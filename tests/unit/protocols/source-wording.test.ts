import { describe, expect, test } from 'vitest';

import {
  builtInProtocols,
  commonAreasOfChallenge,
  constructiveSpirit,
  effectiveChallengeIs,
  qualitiesOfGoodChallenge,
  toneQualities,
  whatAChallengeIsAbout,
  whenToUseCaveats,
  whenToUseTheProcedure,
  whenYouAreChallenged,
  whyChallengeMatters,
  beforeYouChallenge,
  type Protocol,
} from '../../../lib/protocols';
import { normalise, normalisedSource, sourcesAvailable } from './protocol-fixtures';

/**
 * Faithfulness to the sources: wording the data presents as the source's own must be found in the source
 * (ignoring case, spacing and curly quotes). Skipped where ../shared/protocol-sources is not present.
 */
/** A boolean check, so that a failure names the missing text instead of printing the whole source. */
function expectSays(source: string, text: string): void {
  expect(source.includes(normalise(text)), `source does not say: ${text}`).toBe(true);
}

describe.skipIf(!sourcesAvailable)('the data quotes its sources', () => {
  const protocolFile = (p: Protocol): string => p.source.file ?? '';

  /** Text inside straight double quotes, split at an ellipsis, e.g. a timeframe note quoting the source. */
  function quotedFragments(text: string): string[] {
    return [...text.matchAll(/"([^"]+)"/g)]
      .flatMap((m) => m[1]!.split('…'))
      .map((s) => s.trim())
      .filter(Boolean);
  }

  test.each(builtInProtocols.map((p) => [p.id, p] as const))(
    "%s: reporting questions are the source's",
    (_id, p) => {
      const source = normalisedSource(protocolFile(p));
      for (const question of p.reportingQuestions) expectSays(source, question);
    },
  );

  test.each(builtInProtocols.map((p) => [p.id, p] as const))(
    '%s: timeframe notes quote the source',
    (_id, p) => {
      const source = normalisedSource(protocolFile(p));
      for (const stage of p.stages) {
        for (const fragment of quotedFragments(stage.timeframeNote ?? '')) {
          expectSays(source, fragment.replace(/\.$/, ''));
        }
      }
    },
  );

  test.each([['darlington-dsp-2024'], ['pan-sussex-2025']])(
    "%s: areas of disagreement are the source's",
    (id) => {
      const p = builtInProtocols.find((candidate) => candidate.id === id)!;
      const source = normalisedSource(protocolFile(p));
      for (const area of p.areasOfDisagreement) expectSays(source, area.label);
    },
  );

  test('every label, row and hint of the Darlington Recording Tool is printed on the form', () => {
    const p = builtInProtocols.find((candidate) => candidate.id === 'darlington-dsp-2024')!;
    const source = normalisedSource(protocolFile(p));
    const tool = p.recordingTool!;
    const printed = [
      tool.note,
      ...tool.sections.map((s) => s.note),
      tool.sections[1]!.title,
      ...tool.fields.flatMap((f) => [f.label, f.group, f.hint]),
    ];
    for (const text of printed) if (text) expectSays(source, text);
  });

  test('special route titles of Pan-Sussex and the "at no time" rule of Darlington are verbatim', () => {
    const sussex = builtInProtocols.find((p) => p.id === 'pan-sussex-2025')!;
    const sussexSource = normalisedSource(protocolFile(sussex));
    for (const route of sussex.specialRoutes) expectSays(sussexSource, route.title);
    const darlington = builtInProtocols.find((p) => p.id === 'darlington-dsp-2024')!;
    expectSays(
      normalisedSource(protocolFile(darlington)),
      darlington.immediateRisk!.message.replace(/\.$/, ''),
    );
  });

  test("briefing wording presented as quotation is the briefing's", () => {
    const quoted = [
      ...qualitiesOfGoodChallenge.map((q) => ({ text: q.description, file: q.source.file })),
      ...[
        whatAChallengeIsAbout,
        ...whenToUseTheProcedure,
        ...whenToUseCaveats,
        ...commonAreasOfChallenge,
        ...whyChallengeMatters,
        constructiveSpirit[1]!,
      ].map((line) => ({ text: line.text, file: line.source.file })),
      ...effectiveChallengeIs.map((text) => ({
        text,
        file: 'wsp-7-minute-briefing-professional-challenge.txt',
      })),
    ];
    for (const { text, file } of quoted) {
      expectSays(normalisedSource(file), text.replace(/\.$/, ''));
    }
  });

  test('every briefing line names a section that exists in its file', () => {
    const refs = [
      ...qualitiesOfGoodChallenge,
      ...toneQualities,
      ...constructiveSpirit,
      whatAChallengeIsAbout,
      ...whenToUseTheProcedure,
      ...whenToUseCaveats,
      ...commonAreasOfChallenge,
      ...beforeYouChallenge,
      ...whyChallengeMatters,
      ...whenYouAreChallenged,
    ].map((item) => item.source);
    for (const ref of refs) expectSays(normalisedSource(ref.file), ref.section);
  });
});
