// The footer counter of a page served from the page cache shows the figures of when the page was
// rendered; this brings them up to date from /analytics/counter/<site>/ (which reads only the cache).
(function () {
  var counter = document.querySelector(".visitor-counter[data-refresh]");
  if (!counter || !window.fetch) return;
  // Grouped as the page's language writes numbers, like the figures the server rendered.
  var format = window.Intl ? new Intl.NumberFormat(document.documentElement.lang || undefined).format : String;
  fetch(counter.getAttribute("data-refresh"), { credentials: "omit" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (figures) {
      if (!figures) return;
      counter.querySelectorAll("dd[data-figure]").forEach(function (cell) {
        var value = figures[cell.getAttribute("data-figure")];
        if (typeof value === "number") cell.textContent = format(value);
      });
    })
    .catch(function () {});
})();
