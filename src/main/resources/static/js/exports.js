// Progressive enhancement of 我的导出: without it the page shows each job's state when loaded (and a refresh link).
// With it, every row still under way polls its progress once a second, moves its bar, and on completion shows the
// download button and says so in a polite live region. Texts come from the table's data-* attributes (the bundles).
(() => {
  const table = document.getElementById('export-jobs');
  if (!table) return;
  const live = document.getElementById('export-live');
  const texts = table.dataset;

  function format(template, ...values) {
    return values.reduce((text, value, i) => text.replace('{' + i + '}', String(value)), template);
  }

  function watch(row) {
    const bar = row.querySelector('progress');
    const status = row.querySelector('[data-job-status]');
    const download = row.querySelector('[data-job-download]');
    const name = row.querySelector('th').textContent;
    const poll = () => {
      fetch(row.dataset.progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((job) => {
          if (job.percent !== null && bar) bar.value = job.percent;
          if (job.status === 'QUEUED') {
            status.textContent = texts.textQueued;
          } else if (job.status === 'RUNNING') {
            status.textContent = job.total === null ? format(texts.textRunningUncounted, job.done)
              : format(texts.textRunning, job.done, job.total);
          } else if (job.status === 'READY') {
            if (bar) bar.value = 100;
            status.textContent = texts.textReady;
            download.hidden = false;
            live.textContent = format(texts.textAnnounce, name);
            return;
          } else {
            if (bar) bar.remove();
            status.textContent = texts.textFailed;
            status.classList.add('field-error');
            return;
          }
          setTimeout(poll, 1000);
        })
        .catch(() => setTimeout(poll, 5000));
    };
    poll();
  }

  table.querySelectorAll('tr[data-progress-url]').forEach(watch);
})();
