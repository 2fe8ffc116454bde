// Draws the portfolio chart (state vs mobilised per group) from data-* attributes (the CSP forbids inline scripts).
(function () {
  'use strict';
  function numbers(text) {
    return (text || '').split(',').filter(function (s) { return s !== ''; }).map(Number);
  }
  function draw(canvas) {
    if (typeof Chart === 'undefined') { return; }
    var labels = (canvas.dataset.labels || '').split('|');
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.dataset.stateLabel, data: numbers(canvas.dataset.state), backgroundColor: '#0d6efd' },
          { label: canvas.dataset.mobilisedLabel, data: numbers(canvas.dataset.mobilised), backgroundColor: '#198754' }
        ]
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true } } }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart="portfolio"]').forEach(draw);
  });
})();
