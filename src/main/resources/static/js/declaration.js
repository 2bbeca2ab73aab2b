// 申报信息: when the series, specialty, level or route changes, the open committees and the eligibility result are
// fetched again (the same fragment the 查询 button renders without script) and the recommenders show for 破格 only.
(() => {
  const form = document.querySelector('form[data-live-url]');
  if (!form) return;
  const live = document.getElementById('live');
  const recommenders = document.getElementById('recommenders');
  const toggleRecommenders = () => {
    const exceptional = form.querySelector('input[name="route"]:checked')?.value === 'EXCEPTIONAL';
    if (recommenders) recommenders.hidden = !exceptional;
  };
  let pending = null;
  const refresh = async () => {
    const params = new URLSearchParams();
    ['seriesId', 'specialtyId', 'targetLevel', 'committeeId', 'route'].forEach((name) => {
      const field = name === 'route' ? form.querySelector('input[name="route"]:checked') : form.elements[name];
      if (field && field.value) params.set(name, field.value);
    });
    pending?.abort();
    pending = new AbortController();
    live.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`${form.dataset.liveUrl}?${params}`, { signal: pending.signal,
        headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (response.ok) live.innerHTML = await response.text();
    } catch (aborted) {
      // A newer choice superseded this one.
    } finally {
      live.removeAttribute('aria-busy');
    }
  };
  form.addEventListener('change', (event) => {
    if (event.target.name === 'route') toggleRecommenders();
    if (['specialtyId', 'targetLevel', 'route'].includes(event.target.name)) refresh();
  });
  const lookup = form.querySelector('button[name="lookup"]');
  if (lookup) lookup.hidden = true;
  toggleRecommenders();
})();
