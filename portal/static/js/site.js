// The header on a phone: the Menu button shows and hides the navigation and search, the language
// menu closes on Escape or a click elsewhere. A static file, as the Content-Security-Policy allows
// no inline script (foreign_info/core/security.py); without it the navigation simply stays open.
(function () {
  "use strict";
  var header = document.querySelector("[data-site-header]");
  if (!header) return;
  var toggle = header.querySelector("[data-menu-toggle]");
  var menu = header.querySelector("[data-menu]");
  if (toggle && menu) {
    var setOpen = function (open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      header.setAttribute("data-menu", open ? "open" : "closed");
    };
    toggle.hidden = false;
    setOpen(false);
    toggle.addEventListener("click", function () { setOpen(toggle.getAttribute("aria-expanded") !== "true"); });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && toggle.offsetParent !== null) {
        setOpen(false);
        toggle.focus();
      }
    });
  }
  var languages = header.querySelector(".language-menu");
  if (languages) {
    document.addEventListener("click", function (event) {
      if (languages.open && !languages.contains(event.target)) languages.open = false;
    });
    languages.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && languages.open) {
        languages.open = false;
        languages.querySelector("summary").focus();
      }
    });
  }
})();
