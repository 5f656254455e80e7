import { HOST_ATTRIBUTE } from '@/lib/capture/text-index';

const BUTTON_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important;
  display: block !important; visibility: visible !important; opacity: 1 !important; }
button { all: initial; font: 600 14px/1.2 system-ui, Arial, sans-serif; color: #fff; background: #1d70b8;
  padding: 8px 12px; border-radius: 4px; cursor: pointer; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
button:hover { background: #003078; }
button:focus-visible { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #0b0c0c; }`;

/**
 * The small "Challenge this" button beside a text selection. It sits in a closed shadow root of its own,
 * placed in the document right after the selected text so that Tab reaches it next; Escape dismisses it.
 */
export function createChallengeButton(onChallenge: () => void) {
  let host: HTMLDivElement | undefined;

  const hide = () => {
    host?.remove();
    host = undefined;
  };

  const show = (rect: DOMRect, after: Node) => {
    hide();
    const element = document.createElement('div');
    element.setAttribute(HOST_ATTRIBUTE, '');
    const shadow = element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
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
    shadow.append(style, button);
    const top = Math.min(rect.bottom + 6, window.innerHeight - 40);
    const left = Math.min(Math.max(rect.left, 4), window.innerWidth - 140);
    element.style.setProperty('top', `${Math.max(top, 4)}px`, 'important');
    element.style.setProperty('left', `${left}px`, 'important');
    const parent = after.parentNode;
    if (
      parent &&
      parent !== document &&
      !(after instanceof HTMLElement && after.closest(`[${HOST_ATTRIBUTE}]`))
    ) {
      parent.insertBefore(element, after.nextSibling);
    } else {
      document.body.append(element);
    }
    host = element;
  };

  return {
    show,
    hide,
    isShownFor: (node: Node | null) => host !== undefined && node !== null && host.contains(node),
  };
}
