// Dashboards (issue #8): draws a chart above every table marked data-chart, from the table's own rows (row header
// = label, data-value = number). The table stays the accessible version; the chart is decoration for sighted users.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var header = row.querySelector('th');
      var cell = row.querySelector('td[data-value]');
      if (header && cell) {
        labels.push(header.textContent.trim());
        values.push(Number(cell.getAttribute('data-value')));
      }
    });
    if (values.length === 0) {
      return;
    }
    var figure = document.createElement('div');
    figure.className = 'chart';
    figure.setAttribute('aria-hidden', 'true');
    var canvas = document.createElement('canvas');
    figure.appendChild(canvas);
    var wrap = table.closest('.table-wrap') || table;
    wrap.parentNode.insertBefore(figure, wrap);
    var caption = table.querySelector('caption');
    var type = table.getAttribute('data-chart') === 'pie' ? 'pie' : 'bar';
    new window.Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: [{ label: caption ? caption.textContent.trim() : '', data: values }] },
      options: { animation: false, plugins: { legend: { display: type === 'pie' } } }
    });
  });
})();
