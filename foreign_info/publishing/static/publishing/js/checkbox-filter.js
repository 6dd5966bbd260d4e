// Filters the checkboxes of a SearchableCheckboxSelectMultiple (publishing/forms.py) as the editor
// types: accents and the Vietnamese "đ" are ignored, so "dau tu" finds "Đầu tư". A static file,
// not an inline script, so that the admin's Content-Security-Policy allows it.
(function () {
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLocaleLowerCase().trim();
  }
  document.addEventListener("input", function (event) {
    var input = event.target.closest ? event.target.closest("[data-checkbox-filter-input]") : null;
    if (!input) return;
    var query = fold(input.value);
    input.closest("[data-checkbox-filter]").querySelectorAll("label").forEach(function (label) {
      var option = label.parentElement;
      option.hidden = query !== "" && fold(label.textContent).indexOf(query) === -1;
    });
  });
})();
