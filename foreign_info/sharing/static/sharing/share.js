/* Share links: count each share with the analytics beacon, and open the phone's share sheet for the
   networks that have no share URL (Zalo, KakaoTalk), copying the link where there is none.
   Self-hosted, no inline script, nothing loaded from the networks (foreign_info/sharing/links.py). */
(function () {
  "use strict";

  function beacon(block, network) {
    var body = JSON.stringify({ event: "share", page: parseInt(block.dataset.page, 10), target: network, lang: block.dataset.lang });
    if (navigator.sendBeacon) {
      navigator.sendBeacon("/analytics/beacon/", new Blob([body], { type: "application/json" }));
    }
  }

  function shareSheet(block, button) {
    var status = block.querySelector("[data-share-status]");
    if (navigator.share) {
      navigator.share({ title: block.dataset.title, url: block.dataset.url }).catch(function () {});
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(block.dataset.url).then(function () {
        if (status) { status.textContent = button.dataset.copied; }
      });
    }
  }

  document.querySelectorAll("[data-share]").forEach(function (block) {
    block.addEventListener("click", function (event) {
      var control = event.target.closest("[data-share-network]");
      if (!control) { return; }
      beacon(block, control.dataset.shareNetwork);
      if (control.hasAttribute("data-share-sheet")) {
        event.preventDefault();
        shareSheet(block, control);
      }
    });
  });
})();
