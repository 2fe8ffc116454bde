// The live panel of an auction: <section id="auction-live" data-stream data-now data-ends>, fed by the server-sent
// events of /api/v1/auctions/{id}/stream. The server's clock is the only clock: the countdown runs on the offset
// between the server's `now` (every state and heartbeat) and this browser's clock, towards the server's end.
(function () {
  'use strict';
  var labels = {};
  var offset = 0;
  var endsAt = null;
  var status = null;
  var version = -1;

  function label(key) { return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : key; }
  function money(value) {
    return new Intl.NumberFormat(document.documentElement.lang || 'vi').format(value) + ' VNĐ';
  }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function text(id, value) {
    var element = document.getElementById(id);
    if (element) { element.textContent = value; }
  }
  function synchronise(serverNow) { offset = Date.parse(serverNow) - Date.now(); }

  function tick() {
    if (endsAt === null) { return; }
    var left = endsAt - (Date.now() + offset);
    if (left <= 0 || status !== 'BIDDING') {
      text('live-countdown', label('ended'));
      return;
    }
    var seconds = Math.floor(left / 1000);
    var days = Math.floor(seconds / 86400);
    var rest = seconds % 86400;
    text('live-countdown', label('left') + ' ' + (days > 0 ? days + ' ' + label('days') + ' ' : '')
      + pad(Math.floor(rest / 3600)) + ':' + pad(Math.floor(rest % 3600 / 60)) + ':' + pad(rest % 60));
  }

  function apply(state) {
    synchronise(state.now);
    // pushes may overtake each other: never go back to an older version of the auction
    if (state.version < version) { return; }
    version = state.version;
    endsAt = Date.parse(state.biddingEndsAt);
    var before = status;
    status = state.status;
    text('live-status', label('status.' + state.status));
    text('live-count', String(state.bidCount));
    text('live-best', state.bestAmountVnd === null
      ? label(state.format === 'SEALED' ? 'hidden' : 'none') : money(state.bestAmountVnd));
    if (state.minimumNextBidVnd !== null) {
      text('live-minimum', money(state.minimumNextBidVnd));
      var amount = document.getElementById('amountVnd');
      if (amount) {
        amount.min = state.minimumNextBidVnd;
        if (!amount.value || Number(amount.value) < state.minimumNextBidVnd) { amount.value = state.minimumNextBidVnd; }
      }
    }
    if (state.standing) { text('live-standing', label('standing.' + state.standing)); }
    tick();
    if (before === 'BIDDING' && status !== 'BIDDING') {
      // closed: the page shows the result and the published log
      window.location.reload();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var panel = document.getElementById('auction-live');
    if (!panel || typeof window.EventSource === 'undefined') { return; }
    document.querySelectorAll('#auction-labels [data-key]').forEach(function (element) {
      labels[element.dataset.key] = element.textContent;
    });
    synchronise(panel.dataset.now);
    endsAt = Date.parse(panel.dataset.ends);
    status = 'BIDDING';
    tick();
    window.setInterval(tick, 1000);
    var source = new EventSource(panel.dataset.stream);
    source.addEventListener('state', function (event) { apply(JSON.parse(event.data)); });
    source.addEventListener('heartbeat', function (event) { synchronise(JSON.parse(event.data).now); });
    source.addEventListener('open', function () { text('live-connection', ''); });
    source.addEventListener('error', function () { text('live-connection', label('disconnected')); });
  });
})();
