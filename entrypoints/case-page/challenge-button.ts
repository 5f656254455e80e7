import { HOST_ATTRIBUTE } from '@/lib/capture/text-index';
import { createHost, important, showOnTop } from './on-top';

// Only the `:host` rules need !important; page styles cannot reach the button inside the shadow root.
const BUTTON_CSS =
  `:host{${important(
    'all:initial;position:fixed;z-index:2147483647;top:var(--cc-top);left:var(--cc-left);margin:0;' +
      'display:block;visibility:visible;opacity:1;',
  )}}` +
  'button{all:initial;font:600 14px/1.2 system-ui,Arial,sans-serif;color:#fff;background:#1d70b8;' +
  'padding:8px 12px;border-radius:4px;cursor:pointer;box-shadow:0 2px 6px rgba(0,0,0,.3)}' +
  'button:hover{background:#003078}' +
  'button:focus-visible{outline:3px solid #ffdd00;box-shadow:0 0 0 6px #0b0c0c}';

/**
 * The small "Challenge this" button beside a text selection. It sits in a closed shadow root of its own,
 * placed in the document right after the selected text so that Tab reaches it next; Escape dismisses it.
 */
export function createChallengeButton(onChallenge: () => void) {
  let host: HTMLDivElement | undefined;
  let guard: MutationObserver | undefined;

  const hide = () => {
    guard?.disconnect();
    host?.remove();
    host = undefined;
  };

  const show = (rect: DOMRect, after: Node) => {
    hide();
    const { element, shadow, style } = createHost();
    style.textContent = BUTTON_CSS;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Challenge this';
    // Keep the selection: a mouse press on the button would otherwise clear it before the click.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      onChallenge();
      hide();
    });
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide();
      event.stopPropagation();
    });
    shadow.append(button);
    const top = Math.min(rect.bottom + 6, window.innerHeight - 40);
    const left = Math.min(Math.max(rect.left, 4), window.innerWidth - 140);
    // Custom properties survive `all: initial`; the :host rules place the button with them.
    element.style.setProperty('--cc-top', `${Math.max(top, 4)}px`);
    element.style.setProperty('--cc-left', `${left}px`);
    const parent = after.parentNode;
    const insideOurs = after instanceof HTMLElement && after.closest(`[${HOST_ATTRIBUTE}]`);
    const place = () => {
      try {
        if (parent?.isConnected && parent !== document && !insideOurs) {
          parent.insertBefore(element, after.nextSibling);
          return showOnTop(element);
        }
      } catch {
        // The selected node moved: the body is the place left.
      }
      document.body.append(element);
      showOnTop(element);
    };
    place();
    host = element;
    // A hostile page may remove what we add: put the button back while it is meant to be shown.
    guard = new MutationObserver(() => {
      if (host === element && !element.isConnected) place();
    });
    guard.observe(document.body, { childList: true, subtree: true });
  };

  return {
    show,
    hide,
    isShownFor: (node: Node | null) => host !== undefined && node !== null && host.contains(node),
  };
}
