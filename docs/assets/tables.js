// Tables on narrow screens: a table too wide for the screen is shown as stacked cards (tables.css), each cell
// labelled with its column header. Wider screens keep the table, which scrolls with a shadow cue.
//
// Fitting a table means reading its width, and a read after a write lays out the whole page again: every width is
// read before anything is written, so a fit lays the page out twice whatever the number of tables. A long table in
// a scroll box of its own (.rg-scroll: the pay tables' hundreds of places), whose contents the browser skips until
// the box comes near the screen (tables.css), is fitted when it comes near, not on load; its box, not the table,
// takes the keyboard focus. Once the tables outside such boxes are fitted, the root element carries
// data-rg-tables-fitted; each table fitted carries data-rg-fitted.
(function () {
  var narrow = window.matchMedia("(max-width: 44.9375em)");
  var LATER = ".rg-scroll";

  var near = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    var boxes = entries.filter(function (entry) { return entry.isIntersecting; }).map(function (entry) {
      near.unobserve(entry.target);
      entry.target.dataset.rgNear = "";
      return entry.target;
    });
    if (boxes.length) fit(tablesIn(boxes));
  }, { rootMargin: "100% 0px" }) : null;

  function tablesIn(boxes) {
    return boxes.reduce(function (all, box) {
      return all.concat(Array.prototype.slice.call(box.querySelectorAll("table")));
    }, []);
  }

  // Every table, except those in a box that has not come near yet (which is then watched).
  function ready() {
    return Array.prototype.filter.call(document.querySelectorAll(".md-content table"), function (table) {
      var box = near && table.closest(LATER);
      if (box && box.dataset.rgNear === undefined) near.observe(box);
      return !box || box.dataset.rgNear !== undefined;
    });
  }

  function tooWide(table) {
    return table.scrollWidth > table.clientWidth + 1;
  }

  // Only a stacked table needs its cells labelled, and its rows' roles: display:block drops a table's semantics.
  function label(table) {
    if (table.dataset.rgLabelled !== undefined) return;
    var head = table.tHead && table.tHead.rows[0];
    if (!head) return;
    var names = Array.prototype.map.call(head.cells, function (cell) { return cell.textContent.trim(); });
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.rows, function (row) {
      var header = row.parentElement === table.tHead;
      row.setAttribute("role", "row");
      row.parentElement.setAttribute("role", "rowgroup");
      Array.prototype.forEach.call(row.cells, function (cell, i) {
        cell.setAttribute("role", header ? "columnheader" : "cell");
        if (!header && names[i]) cell.dataset.label = names[i];
      });
    });
    table.dataset.rgLabelled = "";
  }

  function fit(list) {
    list.forEach(function (table) { delete table.dataset.rgStack; });
    var stacked = narrow.matches ? list.filter(tooWide) : [];
    stacked.forEach(function (table) { label(table); table.dataset.rgStack = ""; });
    // A table that still scrolls sideways must be reachable by keyboard, so its hidden columns can be scrolled to.
    var scrolls = list.map(tooWide);
    list.forEach(function (table, i) {
      if (scrolls[i]) table.tabIndex = 0;
      else table.removeAttribute("tabindex");
      table.dataset.rgFitted = "";
    });
  }

  function fitAll() {
    fit(ready());
    document.documentElement.dataset.rgTablesFitted = "";
  }

  var pending = false;
  function refit() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; fitAll(); });
  }

  window.addEventListener("resize", refit);
  document.addEventListener("toggle", refit, true);
  if (typeof document$ !== "undefined") document$.subscribe(fitAll);
  else document.addEventListener("DOMContentLoaded", fitAll);
})();
