import type { SourceRef } from './schema-primitives';

/**
 * The two practice briefings, which are guidance rather than escalation ladders. Their content becomes
 * data (good-challenge.ts, when-to-challenge.ts) that later turns into prompts and a tone check.
 */
export const RPD_BRIEFING_FILE = 'rpd-managing-professional-challenge-briefing.txt';
export const WSP_BRIEFING_FILE = 'wsp-7-minute-briefing-professional-challenge.txt';

/** One traceable line of briefing guidance. */
export interface BriefingLine {
  id: string;
  text: string;
  source: SourceRef;
}

export function rpd(section: string): SourceRef {
  return { file: RPD_BRIEFING_FILE, section };
}

export function wsp(section: string): SourceRef {
  return { file: WSP_BRIEFING_FILE, section };
}
