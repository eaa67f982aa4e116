// "Copy link" beside every permalinked heading: copies the full URL with the heading's anchor.
(function () {
  function addCopyLinks() {
    document.querySelectorAll(".md-content a.headerlink").forEach(function (permalink) {
      var heading = permalink.parentElement;
      if (!heading.id || heading.querySelector(".rg-copy-link")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "rg-copy-link";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy link to “" + heading.textContent.replace("¶", "").replace("Copy link", "").trim() + "”");
      button.dataset.anchor = heading.id;
      heading.appendChild(button);
    });
  }

  function announce(text) {
    var region = document.getElementById("rg-link-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "rg-link-status";
      region.className = "rg-visually-hidden";
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    region.textContent = text;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".rg-copy-link");
    if (!button) return;
    var url = location.origin + location.pathname + "#" + button.dataset.anchor;
    navigator.clipboard.writeText(url).then(function () {
      button.textContent = "Link copied";
      announce("Link copied: " + url);
      setTimeout(function () { button.textContent = "Copy link"; }, 2000);
    });
  });

  if (typeof document$ !== "undefined") document$.subscribe(addCopyLinks);
  else document.addEventListener("DOMContentLoaded", addCopyLinks);
})();
