// The home page's role filter, and the occupations A to Z: shows only the entries that contain what was typed.
(function () {
  var box = document.getElementById("rg-role-filter");
  var list = document.querySelector(".rg-roles > ul");
  if (!box || !list) return;
  var status = document.getElementById("rg-role-filter-status");
  var items = Array.prototype.slice.call(list.children);
  var noun = box.parentNode.getAttribute("data-noun") || "roles";
  box.parentNode.hidden = false;

  function filter() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.textContent.toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      item.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = words.length ? shown + " of " + items.length + " " + noun + " shown" : "";
  }

  box.addEventListener("input", filter);
})();
