/**
 * The background injects this script after the page's load event, into the frames that exist then.
 * Frames the page adds or navigates later (a single-page app's form in an iframe) are reported here,
 * once each has loaded, so the background can inject into them too. Only `load` events on the page's
 * own iframe elements are used: nothing is read from the frames.
 */
export function watchChildFrames(onFrameLoaded: () => void): () => void {
  const watched = new WeakSet<Element>();
  let pending = 0;
  // Many frames loading together (or a page that reloads one in a loop) cost one request a frame.
  const reportSoon = () => {
    if (!pending) pending = requestAnimationFrame(() => ((pending = 0), onFrameLoaded()));
  };
  const watchFrame = (frame: Element) => {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.addEventListener('load', reportSoon);
  };
  const watchWithin = (root: ParentNode) => root.querySelectorAll('iframe, frame').forEach(watchFrame);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('iframe, frame')) watchFrame(node);
        else if (node.firstElementChild) watchWithin(node);
      }
    }
  });
  watchWithin(document);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    cancelAnimationFrame(pending);
  };
}
