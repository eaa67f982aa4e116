/* Copy and download buttons of the posting templates and the composer.
 * A toolbar button names, in data-export, a <script type="application/json"> element holding
 * {"text", "markdown", "html"}, optionally "jsonld", "unfilled" (placeholders still in brackets, named
 * after a copy) and "problems" (a reason a format cannot be copied yet); the page builds it (templates)
 * or composer.js keeps it current. */
(function () {
  "use strict";

  var LABELS = { text: "plain text", markdown: "Markdown", html: "formatted text", jsonld: "JSON-LD" };
  var TYPES = { txt: ["text", "text/plain;charset=utf-8"], md: ["markdown", "text/markdown;charset=utf-8"] };

  function exportsOf(button) {
    var holder = document.getElementById(button.getAttribute("data-export"));
    return holder ? JSON.parse(holder.textContent) : null;
  }

  function say(button, message) {
    var bar = button.closest(".rg-toolbar");
    var status = bar && bar.querySelector(".rg-status");
    if (!status) return;
    status.textContent = message;
    clearTimeout(status.rgTimer);
    status.rgTimer = setTimeout(function () { status.textContent = ""; }, 5000);
  }

  function copy(kind, data) {
    if (!navigator.clipboard) return Promise.reject(new Error("no clipboard"));
    if (kind !== "html") return navigator.clipboard.writeText(data[kind]);
    if (typeof ClipboardItem === "undefined") return navigator.clipboard.writeText(data.text);
    return navigator.clipboard.write([new ClipboardItem({
      "text/html": new Blob([data.html], { type: "text/html" }),
      "text/plain": new Blob([data.text], { type: "text/plain" })
    })]);
  }

  function download(kind, data, filename) {
    var type = TYPES[kind];
    var url = URL.createObjectURL(new Blob([data[type[0]]], { type: type[1] }));
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 2000);
  }

  function onClick(event) {
    var button = event.target.closest("[data-copy], [data-download]");
    if (!button) return;
    var data = exportsOf(button);
    if (!data) return;
    var kind = button.getAttribute("data-copy");
    var problem = data.problems && data.problems[kind || button.getAttribute("data-download")];
    if (problem) {
      say(button, problem);
      return;
    }
    var left = data.unfilled && data.unfilled.length ? ". Still in brackets: " + data.unfilled.join(", ") : "";
    if (kind) {
      copy(kind, data).then(
        function () { say(button, "Copied " + LABELS[kind] + left); },
        function () { say(button, "Copy failed: select the posting and copy it by hand"); });
    } else {
      var filename = button.getAttribute("data-filename");
      download(button.getAttribute("data-download"), data, filename);
      say(button, "Downloaded " + filename + left);
    }
  }

  /* A hand selection inside a posting is copied as the posting's own markup, without the inline styles
   * the browser would add from the page's look, the placeholder highlights or any control; a template's
   * title and section headings, paragraphs on the page, are copied as headings. */
  var CONTROLS = "button, .rg-toolbar, .rg-status, .headerlink, .rg-copy-link, .md-clipboard";
  var HEADINGS = { "rg-posting-title": "h2", "rg-posting-heading": "h3" };

  function selectionInPosting() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    var node = range.commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element && element.closest(".rg-posting") ? range : null;
  }

  function unwrap(element, tag) {
    var replacement = tag ? document.createElement(tag) : document.createDocumentFragment();
    while (element.firstChild) replacement.appendChild(element.firstChild);
    element.replaceWith(replacement);
  }

  function cleanHtml(range) {
    var box = document.createElement("div");
    box.appendChild(range.cloneContents());
    box.querySelectorAll(CONTROLS).forEach(function (element) { element.remove(); });
    box.querySelectorAll("mark").forEach(function (mark) { unwrap(mark); });
    box.querySelectorAll("p[class]").forEach(function (p) {
      if (HEADINGS[p.className]) unwrap(p, HEADINGS[p.className]);
    });
    box.querySelectorAll("*").forEach(function (element) {
      Array.from(element.attributes).forEach(function (attribute) {
        if (attribute.name !== "href") element.removeAttribute(attribute.name);
      });
    });
    return box.innerHTML;
  }

  function onCopy(event) {
    var range = selectionInPosting();
    if (!range || !event.clipboardData) return;
    event.clipboardData.setData("text/html", cleanHtml(range));
    event.clipboardData.setData("text/plain", window.getSelection().toString());
    event.preventDefault();
  }

  function start() {
    if (document.documentElement.hasAttribute("data-rg-exports")) return;
    document.documentElement.setAttribute("data-rg-exports", "");
    document.addEventListener("click", onClick);
    document.addEventListener("copy", onCopy);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
