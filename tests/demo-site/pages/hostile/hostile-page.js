// The hostile page's own behaviour: single-letter keyboard shortcuts that swallow keys on the whole
// document (capture phase), the support overlay that sits where a sidebar would, and a live view of what
// hostile.js has found. Loaded at the end of <body>, after hostile.js.

(() => {
  'use strict';

  const hostile = window.__hostilePage;
  const { findings } = hostile;

  const keyLog = document.getElementById('key-log');
  const findingsOutput = document.getElementById('findings-output');
  const flagStatus = document.getElementById('flag-status');
  for (const container of [keyLog, findingsOutput, flagStatus]) hostile.markOwn(container);

  const rows = [...document.querySelectorAll('.chronology-table tbody tr')];
  let selectedRow = -1;

  function selectRow(index) {
    rows[selectedRow]?.removeAttribute('data-selected');
    selectedRow = Math.max(0, Math.min(rows.length - 1, index));
    rows[selectedRow]?.setAttribute('data-selected', '');
  }

  const SHORTCUTS = {
    j: ['next chronology entry', () => selectRow(selectedRow + 1)],
    k: ['previous chronology entry', () => selectRow(selectedRow - 1)],
    '/': ['search', () => document.getElementById('case-search')?.focus()],
    s: [
      'flag case',
      () => {
        flagStatus.textContent = flagStatus.textContent === 'Flagged' ? 'Not flagged' : 'Flagged';
      },
    ],
  };

  hostile.listen(
    document,
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      // The page's own fields take typing; anything else (including an extension's in-page UI, whose
      // events arrive retargeted to its host element) loses these keys.
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const shortcut = SHORTCUTS[event.key];
      if (!shortcut) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const [label, run] = shortcut;
      run();
      if (findings.keysIntercepted.length < 200) findings.keysIntercepted.push(event.key);
      const entry = document.createElement('li');
      entry.textContent = `${event.key} — ${label}`;
      keyLog.prepend(entry);
      while (keyLog.children.length > 8) keyLog.lastElementChild.remove();
    },
    { capture: true },
  );

  const overlay = document.getElementById('support-overlay');
  const toggle = document.getElementById('support-toggle');
  function setOverlayVisible(visible) {
    overlay.hidden = !visible;
    toggle.setAttribute('aria-expanded', String(visible));
    toggle.textContent = visible ? 'Hide support panel' : 'Show support panel';
  }
  hostile.listen(toggle, 'click', () => setOverlayVisible(overlay.hidden));
  hostile.listen(document.getElementById('support-minimise'), 'click', () => setOverlayVisible(false));

  let lastShown = '';
  function showFindings() {
    const { readTexts, ...counts } = findings;
    const text = JSON.stringify({ ...counts, readTexts }, null, 2);
    if (text !== lastShown) {
      lastShown = text;
      findingsOutput.textContent = text;
    }
  }
  setInterval(showFindings, 500);
  showFindings();
})();
