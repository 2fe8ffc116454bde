// Totals of a budget plan table (rows: funding sources, columns: fiscal years), recomputed as amounts are typed.
(function () {
  'use strict';
  var vietnamese = document.documentElement.lang !== 'en';
  function amount(text) {
    var digits = String(text || '').replace(/[^0-9]/g, '');
    return digits === '' ? 0 : Number(digits);
  }
  function format(value) {
    return value.toLocaleString(vietnamese ? 'vi-VN' : 'en-US');
  }
  function cellValue(cell) {
    return amount(cell.tagName === 'INPUT' ? cell.value : cell.textContent);
  }
  function recompute(table) {
    var yearTotals = {};
    var grand = 0;
    table.querySelectorAll('tbody tr[data-source]').forEach(function (row) {
      var rowTotal = 0;
      row.querySelectorAll('[data-year]').forEach(function (cell) {
        var value = cellValue(cell);
        rowTotal += value;
        yearTotals[cell.dataset.year] = (yearTotals[cell.dataset.year] || 0) + value;
      });
      row.querySelector('[data-row-total]').textContent = format(rowTotal);
      grand += rowTotal;
    });
    table.querySelectorAll('[data-year-total]').forEach(function (cell) {
      cell.textContent = format(yearTotals[cell.dataset.yearTotal] || 0);
    });
    table.querySelector('[data-grand-total]').textContent = format(grand);
    var ceiling = document.getElementById('ceiling');
    var warning = document.getElementById('ceiling-warning');
    if (ceiling && warning && table.querySelector('input')) {
      warning.hidden = grand <= Number(ceiling.dataset.ceiling);
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-budget-table]').forEach(function (table) {
      recompute(table);
      table.addEventListener('input', function () { recompute(table); });
    });
  });
})();
