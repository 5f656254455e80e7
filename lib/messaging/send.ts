// The browser's own promise-based API, not the polyfill: this file is bundled into the tiny case-page
// script too (see docs/adr/0001-content-script-budget.md).
import { browser } from '@wxt-dev/browser';
// Types only: the content script imports this file and must not pull zod into its bundle.
import type { MessageType, RequestOf, ResponseOf } from './catalogue';
import { fail, type Result } from './result';

/** Sends a declared message to the background and returns its reply as a value. */
export function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  return request(
    type,
    payload,
    'Challenge Companion did not answer. Reload the page and try again.',
    'Challenge Companion could not be reached (it may have been updated). Reload the page and try again.',
  );
}

/**
 * `sendMessage` for the case-page script. It only checks `ok` and never shows a failure to anyone, so
 * its failures carry a short message instead of advice (the script has a 10 KB gzipped budget).
 */
export function sendFromPage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  return request(type, payload, 'No answer.', 'Not reachable.');
}

async function request<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
  unanswered: string,
  unreachable: string,
): Promise<Result<ResponseOf<T>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Result<ResponseOf<T>> | undefined;
    return reply ?? fail('unavailable', unanswered);
  } catch {
    return fail('unavailable', unreachable);
  }
}
