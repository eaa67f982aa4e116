/* Tables the reader can filter and sort (.rg-sortable, built by macros/render/wages.py): a search box
 * hides the rows that do not contain its words, or, when it names the place index's address (data-places,
 * fetched when the box is first used) and what is typed is a place (places.js), shows that place's rows
 * (data-area) and says what it understood; a
 * column's header button sorts by that column, again to reverse. Cells carry their sort value in
 * data-sort (an empty value sorts last). */
(function () {
  "use strict";

  function rows(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  /* A promise of the place index the box names (null without one); a box whose index cannot be loaded
   * filters by words, and says so. */
  function placeIndex(input, count) {
    var url = input.getAttribute("data-places");
    if (!url || !window.RoleGuidesPlaces) return Promise.resolve(null);
    return window.RoleGuidesPlaces.load(url).catch(function () {
      count.setAttribute("data-unavailable", window.RoleGuidesPlaces.UNAVAILABLE + " The box finds rows by their words.");
      count.textContent = count.getAttribute("data-unavailable");
      return null;
    });
  }

  function filter(table, input, count, index) {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var found = index && window.RoleGuidesPlaces.match(index, input.value);
    var areas = found ? window.RoleGuidesPlaces.areasFor(index, found) : [];
    var shown = 0;
    rows(table).forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = areas.length ? areas.indexOf(row.getAttribute("data-area")) === -1
        : !words.every(function (word) { return text.indexOf(word) !== -1; });
      if (!row.hidden) shown += 1;
    });
    var understood = found && found.understood ? " " + found.understood : "";
    var unavailable = count.getAttribute("data-unavailable");
    count.textContent = ((words.length ? shown + " of " + rows(table).length + " shown." + understood : "") +
      " " + (unavailable || "")).trim();
  }

  function sortValue(row, column) {
    var cell = row.cells[column];
    var value = cell.getAttribute("data-sort");
    if (value === null) return cell.textContent.trim().toLowerCase();
    return value === "" ? null : Number(value);
  }

  function sort(table, button) {
    var column = Number(button.getAttribute("data-column"));
    var th = button.parentNode;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th[aria-sort]").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var sorted = rows(table).sort(function (a, b) {
      var x = sortValue(a, column), y = sortValue(b, column);
      if (x === null || y === null) return x === y ? 0 : (x === null ? 1 : -1);
      var order = x < y ? -1 : (x > y ? 1 : 0);
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) { table.tBodies[0].appendChild(row); });
  }

  function start() {
    document.querySelectorAll(".rg-sortable").forEach(function (box) {
      if (box.hasAttribute("data-ready")) return;
      box.setAttribute("data-ready", "");
      var table = box.querySelector("table");
      var input = box.querySelector("input[type=search]");
      var count = box.querySelector(".rg-filter-count");
      var index = null;
      function loaded() {
        index = index || placeIndex(input, count);
        return index;
      }
      /* Each typing filters once the index is known, in the order typed. */
      if (input) {
        input.addEventListener("focus", loaded);
        input.addEventListener("input", function () {
          loaded().then(function (places) { filter(table, input, count, places); });
        });
      }
      box.querySelectorAll("button.rg-sort").forEach(function (button) {
        button.addEventListener("click", function () { sort(table, button); });
      });
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
