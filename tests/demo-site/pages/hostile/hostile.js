// A hostile page script for the end-to-end tests. It is the first script in <head>, so it runs before
// any other page code, and it does what a badly behaved or malicious case page could do to an extension:
//
// - replaces Element.prototype.attachShadow (forcing open roots) and EventTarget.prototype.addEventListener
//   in the page's world, which must not affect a content script's isolated world;
// - every 200 ms and on every DOM mutation, finds elements and text that were not in the page as served,
//   reads their text and attributes, checks for shadow roots, tries attachShadow on them, hides them
//   (display:none, opacity:0, !important), removes each once, reads every frame it can reach and
//   spams every frame (and itself) with forged postMessage payloads;
// - records anything a message event carries to it.
//
// Everything it learns goes to window.__hostileFindings. The tests assert that no extension text ever
// appears in readTexts and that sawShadowRoot stays false. `?tamper=off` keeps the probes read-only.

(() => {
  'use strict';

  const originalAttachShadow = Element.prototype.attachShadow;
  const originalAddEventListener = EventTarget.prototype.addEventListener;
  const tampering = new URLSearchParams(window.location.search).get('tamper') !== 'off';
  const NONCE = `hostile-${Math.random().toString(36).slice(2)}`;
  const MAX_ENTRIES = 200;

  const findings = {
    sawShadowRoot: false,
    readTexts: [],
    framesSeen: 0,
    iframeSrcs: [],
    tamperAttempts: 0,
    errors: [],
    // Beyond the core fields: when the page was ready, and what else it noticed.
    ready: false,
    scans: 0,
    foreignElements: 0,
    keysIntercepted: [],
    hookedCalls: [],
  };
  window.__hostileFindings = findings;

  const originalNodes = new WeakSet();
  const ownNodes = new WeakSet();
  const ownContainers = new Set();
  const ownShadowRoots = new WeakSet();
  const hookedShadowRoots = [];
  const foreignSeen = new WeakSet();
  const attachTried = new WeakSet();
  const removed = new WeakSet();

  /** @param {string[]} list @param {string} entry */
  function addUnique(list, entry) {
    if (list.length < MAX_ENTRIES && !list.includes(entry)) list.push(entry);
  }

  function readText(text) {
    const clean = String(text).replace(/\s+/g, ' ').trim().slice(0, 300);
    if (clean) addUnique(findings.readTexts, clean);
  }

  function recordError(probe, error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    addUnique(findings.errors, `${probe}: ${detail}`);
  }

  function isOwn(node) {
    if (originalNodes.has(node) || ownNodes.has(node)) return true;
    for (const container of ownContainers) if (container.contains(node)) return true;
    return false;
  }

  // The hooks: anything in the page's world that calls these is recorded (and its shadow roots opened).
  Element.prototype.attachShadow = function attachShadow(init) {
    addUnique(findings.hookedCalls, `attachShadow(${init && init.mode}) on <${this.localName}>`);
    const root = originalAttachShadow.call(this, { ...init, mode: 'open' });
    hookedShadowRoots.push(root);
    findings.sawShadowRoot = true;
    return root;
  };
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    addUnique(findings.hookedCalls, `addEventListener(${type})`);
    return originalAddEventListener.call(this, type, listener, options);
  };

  function tamperWith(element) {
    if (!tampering) return;
    findings.tamperAttempts += 1;
    element.style.setProperty('display', 'none', 'important');
    element.style.setProperty('opacity', '0', 'important');
    if (!attachTried.has(element)) {
      attachTried.add(element);
      findings.tamperAttempts += 1;
      try {
        ownShadowRoots.add(originalAttachShadow.call(element, { mode: 'open' }));
      } catch (error) {
        recordError(`attachShadow on <${element.localName}>`, error);
      }
    }
    if (!removed.has(element) && element.isConnected) {
      removed.add(element);
      findings.tamperAttempts += 1;
      element.remove();
    }
  }

  function probeFrames() {
    findings.framesSeen = Math.max(findings.framesSeen, window.length);
    for (let index = 0; index < window.length; index += 1) {
      const frame = window.frames[index];
      try {
        readText(frame.document.documentElement.textContent);
      } catch (error) {
        recordError(`frames[${index}].document`, error);
      }
      if (tampering) spamMessages(frame);
    }
    for (const iframe of document.querySelectorAll('iframe')) {
      addUnique(findings.iframeSrcs, iframe.src || '(no src)');
      try {
        const frameDocument = iframe.contentDocument;
        if (frameDocument) readText(frameDocument.documentElement.textContent);
        else addUnique(findings.errors, `contentDocument of ${iframe.src || '(no src)'}: null`);
      } catch (error) {
        recordError(`contentDocument of ${iframe.src}`, error);
      }
    }
  }

  const FORGED_MESSAGES = [
    { type: 'open-sidebar' },
    { type: 'challenge:start', quote: 'Forged quote from the hostile page', caseRef: 'CR-000000' },
    { type: 'capture', selection: 'Forged selection' },
    { kind: 'close', source: 'challenge-companion' },
  ];

  function spamMessages(target) {
    for (const message of FORGED_MESSAGES) {
      try {
        target.postMessage({ ...message, __hostile: NONCE }, '*');
        findings.tamperAttempts += 1;
      } catch (error) {
        recordError('postMessage', error);
      }
    }
  }

  let scanning = false;
  function scan() {
    if (!findings.ready || scanning) return;
    scanning = true;
    try {
      findings.scans += 1;
      for (const element of document.querySelectorAll('*')) {
        const root = element.shadowRoot;
        if (root && !ownShadowRoots.has(root)) {
          findings.sawShadowRoot = true;
          readText(root.textContent);
        }
        if (isOwn(element)) continue;
        if (!foreignSeen.has(element)) {
          foreignSeen.add(element);
          findings.foreignElements += 1;
        }
        readText(element.textContent);
        for (const attribute of element.attributes) readText(`${attribute.name}=${attribute.value}`);
        tamperWith(element);
      }
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!isOwn(text)) readText(text.data);
      }
      for (const root of hookedShadowRoots) readText(root.textContent);
      probeFrames();
      if (tampering) spamMessages(window);
    } catch (error) {
      recordError('scan', error);
    } finally {
      scanning = false;
    }
  }

  originalAddEventListener.call(window, 'message', (event) => {
    if (event.data && event.data.__hostile === NONCE) return;
    let data;
    try {
      data = JSON.stringify(event.data);
    } catch {
      data = String(event.data);
    }
    readText(`message from ${event.origin || '(opaque)'}: ${data}`);
  });

  function isInCustomElement(node) {
    const start = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    for (let element = start; element; element = element.parentElement) {
      if (element.localName.includes('-')) return true;
    }
    return false;
  }

  // The DOM as served is "original"; custom elements never are (the served page has none), so an
  // element an extension managed to insert before DOMContentLoaded is still foreign.
  originalAddEventListener.call(document, 'DOMContentLoaded', () => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!isInCustomElement(node)) originalNodes.add(node);
    }
    findings.ready = true;
    new MutationObserver(scan).observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    setInterval(scan, 200);
    scan();
  });

  // For hostile-page.js: the page's own UI code registers its dynamic parts and listens without going
  // through the hooks, so anything in hookedCalls came from someone else.
  window.__hostilePage = Object.freeze({
    findings,
    markOwn(container) {
      ownNodes.add(container);
      ownContainers.add(container);
    },
    listen(target, type, listener, options) {
      originalAddEventListener.call(target, type, listener, options);
    },
  });
})();
