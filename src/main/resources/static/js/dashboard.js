// Dashboards (issue #8): draws a chart above every table marked data-chart, from the table's own rows (row header =
// label). A table whose header cells carry data-series="i" gives one dataset per such column (the cells with the same
// data-series hold data-value); any other table gives one dataset from its td[data-value]. The table stays the
// accessible version: the canvas is an image named by the table's caption and a note pointing to the table.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var main = document.getElementById('main');
  var note = main ? main.getAttribute('data-chart-note') || '' : '';
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var series = [];
    table.querySelectorAll('thead th[data-series]').forEach(function (th) {
      series.push({ key: th.getAttribute('data-series'), label: th.textContent.trim(), data: [] });
    });
    var caption = table.querySelector('caption');
    var title = caption ? caption.textContent.trim() : '';
    if (series.length === 0) {
      series.push({ key: null, label: title, data: [] });
    }
    var labels = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var header = row.querySelector('th');
      if (!header) {
        return;
      }
      var values = series.map(function (s) {
        var cell = row.querySelector(s.key === null ? 'td[data-value]' : 'td[data-series="' + s.key + '"][data-value]');
        return cell ? Number(cell.getAttribute('data-value')) : null;
      });
      if (values.every(function (v) { return v === null; })) {
        return;
      }
      labels.push(header.textContent.trim());
      values.forEach(function (v, i) { series[i].data.push(v); });
    });
    if (labels.length === 0) {
      return;
    }
    var figure = document.createElement('div');
    figure.className = 'chart';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', note ? title + ' - ' + note : title);
    figure.appendChild(canvas);
    var anchor = table.closest('details') || table.closest('.table-wrap') || table;
    anchor.parentNode.insertBefore(figure, anchor);
    var type = table.getAttribute('data-chart') === 'pie' ? 'pie' : 'bar';
    new window.Chart(canvas, {
      type: type,
      data: {
        labels: labels,
        datasets: series.map(function (s) { return { label: s.label, data: s.data }; })
      },
      options: {
        animation: false,
        aspectRatio: window.matchMedia('(min-width: 40rem)').matches ? 2 : 1,
        plugins: { legend: { display: type === 'pie' || series.length > 1 } }
      }
    });
  });
})();
