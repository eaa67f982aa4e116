// Tables on narrow screens: every cell is labelled with its column header, and a table too wide for the
// screen is shown as stacked cards (tables.css). Wider screens keep the table, which scrolls with a shadow cue.
(function () {
  var narrow = window.matchMedia("(max-width: 44.9375em)");

  function tables() {
    return document.querySelectorAll(".md-content table");
  }

  function label(table) {
    if (table.dataset.rgLabelled) return;
    var head = table.tHead && table.tHead.rows[0];
    if (!head) return;
    var names = Array.prototype.map.call(head.cells, function (cell) { return cell.textContent.trim(); });
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute("role", "row");
      row.parentElement.setAttribute("role", "rowgroup");
      Array.prototype.forEach.call(row.cells, function (cell, i) {
        var header = row.parentElement === table.tHead;
        cell.setAttribute("role", header ? "columnheader" : "cell");
        if (!header && names[i]) cell.dataset.label = names[i];
      });
    });
    table.dataset.rgLabelled = "";
  }

  // Measure every table in its table layout first, then stack the ones that do not fit.
  function fit() {
    var all = Array.prototype.slice.call(tables());
    all.forEach(function (table) { label(table); delete table.dataset.rgStack; });
    if (narrow.matches) {
      all.filter(function (table) { return table.scrollWidth > table.clientWidth + 1; })
        .forEach(function (table) { table.dataset.rgStack = ""; });
    }
    all.forEach(focusable);
  }

  // A table that still scrolls sideways must be reachable by keyboard, so its hidden columns can be scrolled to.
  function focusable(table) {
    if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
    else table.removeAttribute("tabindex");
  }

  var pending = false;
  function refit() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; fit(); });
  }

  window.addEventListener("resize", refit);
  document.addEventListener("toggle", refit, true);
  if (typeof document$ !== "undefined") document$.subscribe(fit);
  else document.addEventListener("DOMContentLoaded", fit);
})();
