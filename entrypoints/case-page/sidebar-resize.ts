export const MIN_WIDTH = 320;
/** The strip left of the frame that holds the resize controls; the page is pushed aside by it too. */
export const GUTTER = 24;
/** Arrow keys and the step buttons move the edge by STEP px; Shift+arrow by BIG_STEP (window splitter pattern). */
const STEP = 32;
const BIG_STEP = 128;

const maxWidth = () => Math.max(MIN_WIDTH, Math.round(window.innerWidth * 0.7));
export const clampWidth = (width: number) => Math.min(Math.max(Math.round(width), MIN_WIDTH), maxWidth());

/**
 * Lives in the sidebar's closed shadow root beside the `:host` rules. Everything sits in the gutter,
 * never over the frame: anything drawn over the frame makes it "covered" (clickjacking guard). The focus
 * indicator is therefore drawn inside the strip: black (over 3:1 on the grey strip and on white) around
 * the product's yellow; a real outline, so forced-colours mode still shows it. Every declaration ends in
 * `;`: the sidebar marks them all !important (see on-top.ts).
 */
export const RESIZE_CSS =
  `.grip{all:initial;position:absolute;inset:0 auto 0 -${GUTTER}px;width:${GUTTER}px;cursor:ew-resize;` +
  'touch-action:none;background:linear-gradient(#505a5f,#505a5f) center/4px 40px no-repeat #f3f2f1;}' +
  '.grip:focus-visible{outline:3px solid #0b0c0c;outline-offset:-3px;background-color:#ffdd00;}' +
  `.steps{all:initial;position:absolute;top:8px;left:-${GUTTER}px;display:grid;gap:4px;}` +
  `.steps button{all:initial;box-sizing:border-box;width:${GUTTER}px;height:24px;border:1px solid #505a5f;` +
  'background:#fff;color:#0b0c0c;font:700 18px/20px system-ui,Arial,sans-serif;text-align:center;' +
  'cursor:pointer;}' +
  '.steps button:hover{background:#dbdad9;}' +
  '.steps button:focus-visible{outline:3px solid #0b0c0c;outline-offset:-3px;background:#ffdd00;}';

export interface ResizeControls {
  /** The grip (a focusable window splitter) and the step buttons, to put before the frame. */
  readonly elements: HTMLElement[];
  /** Tells assistive technology the width now shown and the range the window allows. */
  show(width: number): void;
}

/**
 * The ways to change the sidebar's width: drag the grip, focus it and use the arrow keys / Home / End,
 * or press the "wider" and "narrower" buttons (the single-pointer alternative to dragging, WCAG 2.5.7).
 * `onWidth` gets a clamped width; `remember` is false only for the intermediate steps of a drag.
 */
export function createResizeControls(
  frame: HTMLIFrameElement,
  current: () => number,
  onWidth: (width: number, remember: boolean) => void,
): ResizeControls {
  const set = (next: number) => {
    if (clampWidth(next) !== current()) onWidth(clampWidth(next), true);
  };

  const grip = document.createElement('div');
  grip.className = 'grip';
  grip.tabIndex = 0;
  grip.setAttribute('role', 'separator');
  grip.setAttribute('aria-orientation', 'vertical');
  grip.setAttribute('aria-label', 'Resize the sidebar');
  grip.setAttribute('aria-controls', frame.id);
  grip.addEventListener('keydown', (event) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    // Left moves the edge left, which widens the sidebar; Home/End give its smallest/largest width.
    const keys: Record<string, number> = {
      ArrowLeft: current() + step,
      ArrowRight: current() - step,
      Home: MIN_WIDTH,
      End: maxWidth(),
    };
    const next = keys[event.key];
    if (next === undefined) return;
    // Keep these keys from scrolling the page or reaching its own shortcuts.
    event.preventDefault();
    event.stopPropagation();
    set(next);
  });
  grip.addEventListener('pointerdown', (down) => {
    if (down.button !== 0) return;
    grip.setPointerCapture(down.pointerId);
    // The frame ignores the pointer while dragging so moves keep arriving here.
    frame.style.setProperty('pointer-events', 'none', 'important');
    const start = current();
    const move = (event: PointerEvent) => onWidth(clampWidth(start + down.clientX - event.clientX), false);
    grip.addEventListener('pointermove', move);
    // Lost capture ends the drag on release and on cancel alike; the width is stored once, at the end.
    grip.addEventListener(
      'lostpointercapture',
      () => {
        frame.style.removeProperty('pointer-events');
        grip.removeEventListener('pointermove', move);
        if (current() !== start) onWidth(current(), true);
      },
      { once: true },
    );
  });

  // Buttons rather than "click the grip": a click on a strip has no visible direction or name, and the
  // end of a short drag would read as one. Named 24 px buttons (WCAG 2.5.8) say what they do. They stay
  // out of the Tab order: the grip already does the same from the keyboard, one stop instead of three.
  const steps = document.createElement('div');
  steps.className = 'steps';
  const stepButton = (label: string, glyph: string, delta: number) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    button.textContent = glyph;
    button.title = label;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', () => set(current() + delta));
    return button;
  };
  steps.append(
    stepButton('Make the sidebar wider', '‹', STEP),
    stepButton('Make the sidebar narrower', '›', -STEP),
  );

  return {
    elements: [grip, steps],
    show(width) {
      grip.setAttribute('aria-valuenow', String(width));
      grip.setAttribute('aria-valuemin', String(MIN_WIDTH));
      grip.setAttribute('aria-valuemax', String(maxWidth()));
      grip.setAttribute('aria-valuetext', `${width} pixels wide`);
    },
  };
}
