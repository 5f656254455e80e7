// Boots the referral decision form inside the case page's iframe: `?case=MER-55012[&delay=ms]`.

import { fetchCase } from '../api-client.js';
import { applyView } from '../apply-view.js';
import { renderReferralForm } from '../referral-form-view.js';
import { renderErrorView } from '../status-views.js';

const query = new URLSearchParams(window.location.search);
const ref = query.get('case') ?? '';

async function showForm() {
  if (!/^MER-\d{5}$/.test(ref)) {
    applyView(
      document,
      renderErrorView(document, 'No case selected', 'This form needs a case reference.', null),
    );
    return;
  }
  try {
    applyView(document, renderReferralForm(document, await fetchCase(ref, query.get('delay'))));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    applyView(document, renderErrorView(document, 'Form not available', reason, null));
  }
}

document.addEventListener('submit', (event) => {
  event.preventDefault();
  const status = document.querySelector('[data-field="form-status"]');
  if (status) status.textContent = 'Response saved in this demo only. Nothing was sent.';
});

void showForm();
