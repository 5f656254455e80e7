import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { darlingtonOpening, sendFromPage } from './challenge-drafts';

/** A reply from the background, as the product's pages receive it. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };

/** Opens a Stage 1 Darlington challenge on `caseReference` and returns its id. */
export async function openChallenge(page: Page, caseReference: string): Promise<string> {
  const opened = await sendFromPage<Reply<{ challengeId: string }>>(page, 'challenge/open', {
    opened: darlingtonOpening(caseReference),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.challengeId;
}

/** Escalates stage by stage to `toStage`, as the sidebar's Escalate action would. */
export async function escalateTo(page: Page, challengeId: string, toStage: number): Promise<void> {
  for (;;) {
    const got = await sendFromPage<Reply<{ state: { seq: number; currentStage: number } }>>(
      page,
      'challenge/get',
      {
        challengeId,
      },
    );
    if (!got.ok) throw new Error(got.error.message);
    const { seq, currentStage } = got.value.state;
    if (currentStage >= toStage) return;
    const appended = await sendFromPage<Reply<unknown>>(page, 'challenge/append', {
      challengeId,
      expectedSeq: seq,
      event: {
        type: 'escalated',
        toStage: currentStage + 1,
        reason: `Not resolved at Stage ${currentStage}.`,
      },
    });
    if (!appended.ok) throw new Error(appended.error.message);
  }
}

/** The file a click downloads: its suggested name and its text. */
export async function downloadedText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}
