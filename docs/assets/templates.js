/* Copy and download buttons of the posting templates and the composer.
 * A toolbar button names, in data-export, a <script type="application/json"> element holding
 * {"text", "markdown", "html"}; the page builds it (templates) or composer.js keeps it current. */
(function () {
  "use strict";

  var LABELS = { text: "plain text", markdown: "Markdown", html: "formatted text" };
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
    if (kind) {
      copy(kind, data).then(
        function () { say(button, "Copied " + LABELS[kind]); },
        function () { say(button, "Copy failed: select the posting and copy it by hand"); });
    } else {
      var filename = button.getAttribute("data-filename");
      download(button.getAttribute("data-download"), data, filename);
      say(button, "Downloaded " + filename);
    }
  }

  function start() {
    if (document.documentElement.hasAttribute("data-rg-exports")) return;
    document.documentElement.setAttribute("data-rg-exports", "");
    document.addEventListener("click", onClick);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
