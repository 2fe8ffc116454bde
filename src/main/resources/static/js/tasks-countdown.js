// Counts down to a call's closing instant: <p id="countdown" data-deadline="ISO instant" data-label-*>.
(function () {
  'use strict';
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function tick(element) {
    var left = Date.parse(element.dataset.deadline) - Date.now();
    if (left <= 0) {
      element.textContent = element.dataset.labelClosed;
      return false;
    }
    var seconds = Math.floor(left / 1000);
    var days = Math.floor(seconds / 86400);
    var rest = seconds % 86400;
    element.textContent = element.dataset.labelLeft + ' ' + days + ' ' + element.dataset.labelDays + ' '
      + pad(Math.floor(rest / 3600)) + ':' + pad(Math.floor(rest % 3600 / 60)) + ':' + pad(rest % 60);
    return true;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('countdown');
    if (!element) { return; }
    if (tick(element)) {
      var timer = window.setInterval(function () {
        if (!tick(element)) { window.clearInterval(timer); }
      }, 1000);
    }
  });
})();
