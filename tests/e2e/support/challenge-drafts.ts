import type { Page } from '@playwright/test';

/** A valid Stage 1 Darlington opening, as the sidebar form would send it (fictional people only). */
export function darlingtonOpening(caseReference = 'CR-204871') {
  return {
    type: 'opened',
    protocolId: 'darlington-dsp-2024',
    protocolVersion: 'DSP2 (V2)',
    nation: 'england-and-wales',
    caseReference,
    subject: 'child',
    childInCare: false,
    areaOfDisagreement: 'threshold-decisions',
    decision: { quote: 'Decision: No further action — case closed to Children’s Social Care' },
    decisionMaker: {
      name: 'Daniel Ashworth-Kerr',
      role: 'Team Manager',
      agency: 'Northbridge Children’s Services',
    },
    practitioner: { name: 'Joanne Feltham', role: 'Health Visitor', agency: 'Northbridge Community Health' },
    reason: 'Two referrals show weight loss and an unexplained bruise; the closure does not address them.',
    outcomeSought: 'A strategy discussion and a single assessment for Maisie.',
    immediateRisk: false,
    startingStage: 1,
  };
}

/** Sends a declared message from an extension page, exactly as the product's pages do. */
export function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
}
