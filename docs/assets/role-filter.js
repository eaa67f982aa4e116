// The home page's role filter: shows only the roles whose title or summary contains what was typed.
(function () {
  var box = document.getElementById("rg-role-filter");
  var list = document.querySelector(".rg-roles > ul");
  if (!box || !list) return;
  var status = document.getElementById("rg-role-filter-status");
  var items = Array.prototype.slice.call(list.children);
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
    status.textContent = words.length ? shown + " of " + items.length + " roles shown" : "";
  }

  box.addEventListener("input", filter);
})();
