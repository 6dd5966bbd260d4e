// The photo story's lightbox. A native <dialog> opened with showModal() keeps focus inside and
// closes on Escape; the arrow keys move between photos; focus returns to the photo that opened it.
(function () {
  "use strict";
  var grid = document.querySelector("[data-gallery]");
  var dialog = document.querySelector("[data-lightbox]");
  if (!grid || !dialog || typeof dialog.showModal !== "function") return;
  var links = Array.prototype.slice.call(grid.querySelectorAll(".gallery-open"));
  var frame = dialog.querySelector("[data-lightbox-frame]");
  var caption = dialog.querySelector("[data-lightbox-caption]");
  var position = dialog.querySelector("[data-lightbox-position]");
  var download = dialog.querySelector("[data-lightbox-download]");
  var current = 0;
  var opener = null;

  // The picture is built for each photo: the page's skeleton holds no empty <img> or <source>.
  function picture(link, alt) {
    var element = document.createElement("picture");
    if (link.dataset.fullWebp) {
      var source = document.createElement("source");
      source.type = "image/webp";
      source.srcset = link.dataset.fullWebp;
      source.sizes = "100vw";
      element.appendChild(source);
    }
    var image = document.createElement("img");
    image.src = link.dataset.full;
    if (link.dataset.fullJpeg) { image.srcset = link.dataset.fullJpeg; image.sizes = "100vw"; }
    image.alt = alt;
    element.appendChild(image);
    return element;
  }

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var figure = link.closest("figure");
    var thumbnail = link.querySelector("img");
    frame.replaceChildren(picture(link, thumbnail ? thumbnail.alt : ""));
    caption.textContent = figure.querySelector("figcaption .caption") ? figure.querySelector("figcaption .caption").textContent : "";
    position.textContent = (current + 1) + " / " + links.length;
    dialog.dataset.index = String(current);
    if (link.dataset.download) {
      download.href = link.dataset.download;
      download.setAttribute("download", "");
      download.hidden = false;
    } else {
      download.removeAttribute("href");
      download.removeAttribute("download");
      download.hidden = true;
    }
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
      dialog.querySelector("[data-lightbox-next]").focus();
    });
  });
  dialog.querySelector("[data-lightbox-prev]").addEventListener("click", function () { show(current - 1); });
  dialog.querySelector("[data-lightbox-next]").addEventListener("click", function () { show(current + 1); });
  dialog.querySelector("[data-lightbox-close]").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
    else if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
    else if (event.key === "Tab") { keepFocusInside(event); }
  });

  // A modal dialog makes the page inert, but Tab can still leave for the browser's own toolbar;
  // wrap round the dialog's controls instead, as a keyboard user expects of a lightbox.
  function keepFocusInside(event) {
    var controls = Array.prototype.filter.call(dialog.querySelectorAll("button, a[href]"), function (element) { return !element.hidden; });
    if (!controls.length) return;
    var first = controls[0], last = controls[controls.length - 1];
    if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
  }
  dialog.addEventListener("close", function () { if (opener) opener.focus(); });
})();
