// Draws the indicator charts from data-* attributes (the CSP forbids inline scripts).
(function () {
  'use strict';
  function numbers(text) {
    return (text || '').split(',').filter(function (s) { return s !== ''; }).map(Number);
  }
  function draw(canvas) {
    if (typeof Chart === 'undefined') { return; }
    var labels = (canvas.dataset.labels || '').split(',');
    var values = numbers(canvas.dataset.values);
    var datasets = [{ data: values, borderColor: '#0d6efd', backgroundColor: '#0d6efd', tension: 0, pointRadius: 3 }];
    var target = canvas.dataset.target;
    if (target) {
      datasets.push({ data: labels.map(function () { return Number(target); }), borderColor: '#198754',
        borderDash: [4, 4], pointRadius: 0 });
    }
    var forecastYear = canvas.dataset.forecastYear;
    if (forecastYear && canvas.dataset.forecast) {
      var first = Number(labels[0]);
      for (var y = Number(labels[labels.length - 1]) + 1; y <= Number(forecastYear); y++) { labels.push(String(y)); }
      var line = labels.map(function (l, i) { return i === values.length - 1 ? values[i] : null; });
      line[labels.length - 1] = Number(canvas.dataset.forecast);
      var low = labels.map(function () { return null; });
      var high = labels.map(function () { return null; });
      low[labels.length - 1] = Number(canvas.dataset.forecastLow);
      high[labels.length - 1] = Number(canvas.dataset.forecastHigh);
      datasets.push({ data: line, borderColor: '#6c757d', borderDash: [2, 3], spanGaps: true, pointRadius: 3 });
      datasets.push({ data: low, borderColor: '#adb5bd', pointStyle: 'line', pointRadius: 6, showLine: false });
      datasets.push({ data: high, borderColor: '#adb5bd', pointStyle: 'line', pointRadius: 6, showLine: false });
      void first;
    }
    var sparkline = canvas.dataset.chart === 'sparkline';
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: true, aspectRatio: sparkline ? 4 : 3,
        plugins: { legend: { display: false }, tooltip: { enabled: !sparkline } },
        scales: { x: { display: !sparkline }, y: { display: !sparkline } }
      }
    });
    canvas.dataset.drawn = 'true';
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
}());
