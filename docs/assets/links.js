// "Copy link" beside every permalinked heading: a link icon, always shown, that copies the full URL with the
// heading's anchor (a click, a tap, or Enter/Space) and says "Link copied" on screen and to screen readers.
(function () {
  var SVG = "http://www.w3.org/2000/svg";

  function icon() {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(SVG, "path");
    // Material Design Icons "link-variant", as shipped with the theme.
    path.setAttribute("d", "M10.59 13.41c.41.39.41 1.03 0 1.42-.39.39-1.03.39-1.42 0a5.003 5.003 0 0 1 0-7.07l3.54-3.54" +
      "a5.003 5.003 0 0 1 7.07 0 5.003 5.003 0 0 1 0 7.07l-1.49 1.49c.01-.82-.12-1.64-.4-2.42l.47-.48a2.98 2.98 0 0 0 " +
      "0-4.24 2.98 2.98 0 0 0-4.24 0l-3.53 3.53a2.98 2.98 0 0 0 0 4.24m2.82-4.24c.39-.39 1.03-.39 1.42 0a5.003 5.003 " +
      "0 0 1 0 7.07l-3.54 3.54a5.003 5.003 0 0 1-7.07 0 5.003 5.003 0 0 1 0-7.07l1.49-1.49c-.01.82.12 1.64.4 2.43l-.47" +
      ".47a2.98 2.98 0 0 0 0 4.24 2.98 2.98 0 0 0 4.24 0l3.53-3.53a2.98 2.98 0 0 0 0-4.24.973.973 0 0 1 0-1.42");
    svg.appendChild(path);
    return svg;
  }

  function liveRegion() {
    var region = document.getElementById("rg-link-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "rg-link-status";
      region.className = "rg-visually-hidden";
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    return region;
  }

  function addCopyLinks() {
    liveRegion();
    document.querySelectorAll(".md-content a.headerlink").forEach(function (permalink) {
      var heading = permalink.parentElement;
      if (!heading.id || heading.querySelector(".rg-copy-link")) return;
      var title = heading.textContent.replace("¶", "").trim();
      var button = document.createElement("button");
      button.type = "button";
      button.className = "rg-copy-link";
      button.title = "Copy link";
      button.setAttribute("aria-label", "Copy link to “" + title + "”");
      button.dataset.anchor = heading.id;
      var status = document.createElement("span");
      status.className = "rg-copy-link__status";
      button.append(icon(), status);
      heading.insertBefore(button, permalink);
    });
  }

  // The Clipboard API needs a secure context (https or localhost); elsewhere fall back to a hidden text area.
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "rg-visually-hidden";
      document.body.appendChild(area);
      area.select();
      var copied = document.execCommand("copy");
      area.remove();
      if (copied) resolve(); else reject(new Error("copy refused"));
    });
  }

  // The live region is emptied first, so that a second copy is announced again.
  function show(button, text) {
    var status = button.querySelector(".rg-copy-link__status");
    var region = liveRegion();
    status.textContent = text;
    region.textContent = "";
    setTimeout(function () { region.textContent = text; }, 100);
    clearTimeout(button.rgTimer);
    button.rgTimer = setTimeout(function () { status.textContent = ""; }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".rg-copy-link");
    if (!button) return;
    var url = location.origin + location.pathname + "#" + button.dataset.anchor;
    copy(url).then(function () { show(button, "Link copied"); }, function () {
      // The browser refused: put the link in the address bar so it can be copied from there.
      history.replaceState(null, "", "#" + button.dataset.anchor);
      show(button, "Link in the address bar");
    });
  });

  if (typeof document$ !== "undefined") document$.subscribe(addCopyLinks);
  else document.addEventListener("DOMContentLoaded", addCopyLinks);
})();
