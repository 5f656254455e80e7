/**
 * Clickjacking defence for the in-page frame: a hostile page could lay a see-through element over the
 * sidebar (or fade it) to trick a click. IntersectionObserver v2 reports whether the frame's content is
 * really visible (not covered, faded, transformed or filtered); while it is not, the sidebar refuses clicks.
 */
export function watchForCovering(target: Element, onChange: (covered: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const options = { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1] as
      (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
    // Browsers without visibility tracking leave isVisible undefined: treat as visible.
    if (last) onChange(last.isIntersecting && last.isVisible === false);
  }, options);
  observer.observe(target);

  // Belt and braces: until the observer says otherwise, a click that arrives while covered is dropped.
  return () => observer.disconnect();
}
