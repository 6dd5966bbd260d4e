// Embargo times in the reader's own time zone and language; download progress without reloading.
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  document.querySelectorAll("time[data-local-time]").forEach(function (node) {
    var moment = new Date(node.getAttribute("datetime"));
    if (isNaN(moment)) return;
    node.textContent = moment.toLocaleString(lang, { dateStyle: "long", timeStyle: "short", timeZoneName: "short" });
    var wrapper = node.closest(".embargo-local");
    if (wrapper) wrapper.hidden = false;
  });

  var progress = document.querySelector("[data-build-status]");
  if (!progress || !window.fetch) return;
  var bar = progress.querySelector("progress");
  var label = progress.querySelector("[data-build-percent]");
  function poll() {
    fetch(progress.getAttribute("data-build-status"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.ready) { window.location.replace(state.url); return; }
        if (state.status === "failed" || state.status === "stalled") { window.location.reload(); return; }
        if (bar) bar.value = state.progress;
        if (label) label.textContent = state.progress + " %";
        window.setTimeout(poll, 2000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
