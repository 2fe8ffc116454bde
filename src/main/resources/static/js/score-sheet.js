// Score sheet: shows the running total of the criterion inputs while the member types (no inline scripts: CSP).
document.addEventListener('DOMContentLoaded', function () {
  var inputs = document.querySelectorAll('.score-input');
  var output = document.getElementById('live-total');
  if (!output || inputs.length === 0) { return; }
  function update() {
    var total = 0;
    inputs.forEach(function (input) {
      var value = parseFloat(String(input.value).replace(',', '.'));
      if (!isNaN(value)) { total += value; }
    });
    output.textContent = String(Math.round(total * 100) / 100);
  }
  inputs.forEach(function (input) { input.addEventListener('input', update); });
  update();
});
