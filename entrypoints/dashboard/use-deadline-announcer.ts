import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Says aloud where a challenge stands after an action changes it (a new stage, a new deadline,
 * resolved). ChallengeView reloads itself after each action and does not report it, so this watches the
 * stage heading and deadline it renders and announces them when they change — not on first render.
 */
export function useDeadlineAnnouncer(
  container: RefObject<HTMLElement | null>,
  announce: (message: string) => void,
  active: boolean,
) {
  useEffect(() => {
    const root = container.current;
    if (!root || !active) return;
    const read = () => {
      const stage = root.querySelector('#challenge-heading')?.textContent?.trim();
      if (!stage) return null;
      const deadline = root.querySelector('[data-testid="deadline"]')?.textContent?.trim();
      return `${stage}. ${deadline ?? 'No deadline now.'}`;
    };
    let last = read();
    const observer = new MutationObserver(() => {
      const seen = read();
      if (seen === null || seen === last) return;
      if (last !== null) announce(`Challenge updated. ${seen}`);
      last = seen;
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [container, announce, active]);
}
