// Keeps "time left" cells current between page loads; the server wrote the first value.
(function () {
  function text(ms) {
    var neg = ms < 0, m = Math.floor(Math.abs(ms) / 60000);
    var d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), min = m % 60;
    var s = d > 0 ? d + "d " + h + "h" : h > 0 ? h + "h " + min + "m" : Math.max(min, neg ? 1 : 0) + "m";
    return neg ? s + " overdue" : s;
  }
  function tick() {
    document.querySelectorAll("td.left [data-due]").forEach(function (el) {
      var ms = Date.parse(el.getAttribute("data-due")) - Date.now();
      if (!isNaN(ms)) {
        el.textContent = text(ms);
        el.closest("td").classList.toggle("overdue", ms < 0);
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { setInterval(tick, 30000); });
})();
