// Progressive enhancement only: forms submit and the server validates without it. An input with
// data-validate="id-number|credit-code|mobile" is checked when it changes or loses focus, and the answer is shown in
// the element named by its data-feedback attribute. The check never blocks submitting.
(() => {
  const KINDS = new Set(['id-number', 'credit-code', 'mobile']);
  // Relative to this script, so the API is found under any context path (/js/.. -> /api/v1/validation/).
  const script = document.currentScript;
  const base = new URL('../api/v1/validation/', script ? script.src : window.location.href);
  // The value last asked about per input: change and blur both fire, and an older answer must not overwrite a newer one.
  const asked = new WeakMap();

  function feedbackFor(input) {
    const id = input.dataset.feedback;
    const feedback = id ? document.getElementById(id) : null;
    if (feedback && !feedback.hasAttribute('aria-live')) feedback.setAttribute('aria-live', 'polite');
    return feedback;
  }

  function describedBy(input, feedback) {
    const ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (!ids.includes(feedback.id)) input.setAttribute('aria-describedby', [...ids, feedback.id].join(' '));
  }

  function show(input, feedback, result) {
    feedback.textContent = result.message;
    feedback.classList.toggle('field-error', !result.valid);
    feedback.classList.toggle('field-ok', result.valid);
    if (result.valid) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }

  function clear(input, feedback) {
    feedback.textContent = '';
    feedback.classList.remove('field-error', 'field-ok');
    input.removeAttribute('aria-invalid');
  }

  async function check(input) {
    const kind = input.dataset.validate;
    const feedback = feedbackFor(input);
    if (!KINDS.has(kind) || !feedback) return;
    const value = input.value.trim();
    if (asked.get(input) === value) return;
    asked.set(input, value);
    // An empty required field is the server's to report on submit; telling someone off for merely tabbing past is rude.
    if (value === '') {
      clear(input, feedback);
      return;
    }
    describedBy(input, feedback);
    try {
      // Posted, never in the address: a query string ends up in access logs, proxies and the history.
      const body = new URLSearchParams({ value });
      const token = input.form ? input.form.querySelector('input[name="_csrf"]') : null;
      if (token) body.set('_csrf', token.value);
      const response = await fetch(new URL(kind, base), {
        method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin'
      });
      if (!response.ok) throw new Error(String(response.status));
      const result = await response.json();
      if (asked.get(input) === value) show(input, feedback, result);
    } catch {
      // Offline or the API is down: say nothing (the server checks on submit) and ask again next time.
      if (asked.get(input) === value) asked.delete(input);
    }
  }

  function onEvent(event) {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.matches('input[data-validate]')) check(input);
  }

  // Delegated, capturing because blur does not bubble: inputs added to the page later are covered too.
  document.addEventListener('change', onEvent, true);
  document.addEventListener('blur', onEvent, true);
})();
