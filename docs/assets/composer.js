/* The posting composer: reads the data the page embeds (#composer-data), assembles a posting from
 * the form's choices, shows it with unfilled placeholders marked, keeps #composer-export current
 * for the copy and download buttons (templates.js) and mirrors the choices in the query string. */
(function () {
  "use strict";

  var PLACEHOLDER = /\[([^\[\]]*)\]/g;
  var CHOICES = ["level", "industry", "arrangement", "metro"];

  function byId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  }

  /* Same rules as md_escape in macros/render/exports.py: the text renders exactly as written, never as
   * a link, image, heading, list or HTML; a placeholder such as [Company Name] stays as typed. */
  function escapeMarkdown(text) {
    return String(text)
      .replace(/([\\`*_<>&|~])/g, "\\$1")
      .replace(/\](?=[(\[:])|!(?=\[)|^\[/g, "\\$&")
      .replace(/([a-z]):(?=\/\/)/gi, "$1\\:")
      .replace(/\bwww\./gi, "www\\.")
      .replace(/^(\s*(?:\d+)?)([#>+=.)-])/, "$1\\$2");
  }

  /* The posting as parts, with placeholders still in brackets. */
  function compose(data, form) {
    var level = byId(data.levels, form.elements.level.value) || data.levels[0];
    var industry = byId(data.industries, form.elements.industry.value);
    var arrangement = byId(data.arrangements, form.elements.arrangement.value) || data.arrangements[0];
    var metro = byId(data.metros, form.elements.metro.value);
    var labels = data.labels;
    var facts = data.facts.map(function (fact) {
      return [fact[0], fact[1].replace("{reports_to}", level.reports_to)];
    });
    if (metro) facts.push([labels.location, metro.name]);
    facts.push([labels.arrangement, arrangement.label + ". " + arrangement.posting_line]);
    var pay = form.elements.pay.value.trim() || "[Base Salary Range]";
    return {
      title: level.title,
      intro: level.intro,
      facts: facts,
      sections: [
        { heading: labels.responsibilities, bullets: level.responsibilities.concat(industry ? industry.responsibilities : []) },
        { heading: labels.must_have, bullets: level.must_have },
        { heading: labels.skills, bullets: level.skills },
        { heading: labels.pay, paragraphs: [pay + " " + labels.pay_line] }
      ]
    };
  }

  /* Every string of the posting passed through `write`, which fills or marks placeholders. */
  function mapPosting(post, write) {
    return {
      title: write(post.title),
      intro: post.intro.map(write),
      facts: post.facts.map(function (f) { return [write(f[0]), write(f[1])]; }),
      sections: post.sections.map(function (s) {
        return { heading: write(s.heading), bullets: (s.bullets || []).map(write), paragraphs: (s.paragraphs || []).map(write) };
      })
    };
  }

  function asText(post) {
    var blocks = [post.title].concat(post.intro);
    if (post.facts.length) blocks.push(post.facts.map(function (f) { return f[0] + ": " + f[1]; }).join("\n"));
    post.sections.forEach(function (s) {
      blocks.push([s.heading].concat(s.paragraphs, s.bullets.map(function (b) { return "• " + b; })).join("\n"));
    });
    return blocks.join("\n\n") + "\n";
  }

  function asMarkdown(post) {
    var e = escapeMarkdown;
    var blocks = ["# " + e(post.title)].concat(post.intro.map(e));
    post.facts.forEach(function (f) { blocks.push("**" + e(f[0]) + ":** " + e(f[1])); });
    post.sections.forEach(function (s) {
      blocks.push(["## " + e(s.heading), ""].concat(s.paragraphs.map(e), s.bullets.map(function (b) { return "- " + e(b); })).join("\n"));
    });
    return blocks.join("\n\n") + "\n";
  }

  /* `post` holds HTML already; `display` swaps heading elements for styled paragraphs. */
  function asHtml(post, display) {
    var title = display ? ['<p class="rg-posting-title">', "</p>"] : ["<h2>", "</h2>"];
    var head = display ? ['<p class="rg-posting-heading">', "</p>"] : ["<h3>", "</h3>"];
    var parts = [title[0] + post.title + title[1]];
    post.intro.forEach(function (p) { parts.push("<p>" + p + "</p>"); });
    post.facts.forEach(function (f) { parts.push("<p><strong>" + f[0] + ":</strong> " + f[1] + "</p>"); });
    post.sections.forEach(function (s) {
      parts.push(head[0] + s.heading + head[1]);
      s.paragraphs.forEach(function (p) { parts.push("<p>" + p + "</p>"); });
      if (s.bullets.length) parts.push("<ul>" + s.bullets.map(function (b) { return "<li>" + b + "</li>"; }).join("") + "</ul>");
    });
    return parts.join("\n") + "\n";
  }

  /* Placeholder fields are named fill-<id>, so they never clash with the choices (there is an [Industry] placeholder). */
  function field(form, placeholder) {
    return form.elements.namedItem("fill-" + placeholder.id);
  }

  function values(data, form) {
    var filled = {};
    data.placeholders.forEach(function (p) {
      var input = field(form, p);
      if (input && input.value.trim()) filled[p.token] = input.value.trim();
    });
    return filled;
  }

  function filler(filled) {
    return function (text) {
      return String(text).replace(PLACEHOLDER, function (match, token) {
        return Object.prototype.hasOwnProperty.call(filled, token) ? filled[token] : match;
      });
    };
  }

  function marker(filled) {
    return function (text) {
      var out = "", last = 0;
      String(text).replace(PLACEHOLDER, function (match, token, at) {
        out += escapeHtml(text.slice(last, at));
        out += Object.prototype.hasOwnProperty.call(filled, token)
          ? escapeHtml(filled[token]) : '<mark class="rg-placeholder">' + escapeHtml(match) + "</mark>";
        last = at + match.length;
      });
      return out + escapeHtml(text.slice(last));
    };
  }

  function suggestedPay(data, form) {
    var metro = byId(data.metros, form.elements.metro.value);
    var level = byId(data.levels, form.elements.level.value) || data.levels[0];
    return metro ? metro.pay : level.pay;
  }

  function showUsedFields(root, post) {
    var all = JSON.stringify(post);
    root.querySelectorAll("[data-token]").forEach(function (field) {
      field.hidden = all.indexOf("[" + field.getAttribute("data-token") + "]") === -1;
    });
  }

  function saveState(data, form) {
    var params = new URLSearchParams();
    CHOICES.forEach(function (name) { if (form.elements[name].value) params.set(name, form.elements[name].value); });
    if (form.elements.pay.value !== suggestedPay(data, form).range) params.set("pay", form.elements.pay.value);
    data.placeholders.forEach(function (p) {
      var input = field(form, p);
      if (input && input.value) params.set(input.name, input.value);
    });
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function loadState(data, form) {
    var params = new URLSearchParams(location.search);
    CHOICES.forEach(function (name) {
      var value = params.get(name), select = form.elements[name];
      if (value !== null && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
    data.placeholders.forEach(function (p) {
      var input = field(form, p);
      if (input && params.has(input.name)) input.value = params.get(input.name);
    });
    fillPay(data, form);
    if (params.has("pay")) form.elements.pay.value = params.get("pay");
  }

  function describePay(pay) {
    return pay.note + ", " + pay.range + " (source: " + pay.source + ", " + pay.year + ")";
  }

  // The metro figures cover account managers of every level, so the level's national band is shown beside them.
  function fillPay(data, form) {
    var pay = suggestedPay(data, form);
    var level = byId(data.levels, form.elements.level.value) || data.levels[0];
    form.elements.pay.value = pay.range;
    document.getElementById("composer-pay-note").textContent = "Suggested: " + describePay(pay) + "." +
      (pay === level.pay ? "" : " For comparison, nationally: " + describePay(level.pay) + ".") +
      " Edit it to match your offer.";
  }

  function update(root, data, form) {
    var post = compose(data, form);
    var filled = values(data, form);
    var plain = mapPosting(post, filler(filled));
    var html = mapPosting(plain, escapeHtml);
    root.querySelector("#composer-preview").innerHTML = asHtml(mapPosting(post, marker(filled)), true);
    root.querySelector("#composer-export").textContent = JSON.stringify({
      text: asText(plain), markdown: asMarkdown(plain), html: asHtml(html, false)
    });
    showUsedFields(root, post);
    saveState(data, form);
  }

  function start() {
    var root = document.getElementById("composer");
    if (!root || root.hasAttribute("data-ready")) return;
    root.setAttribute("data-ready", "");
    var data = JSON.parse(document.getElementById("composer-data").textContent);
    var form = document.getElementById("composer-form");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("change", function (event) {
      if (event.target === form.elements.level || event.target === form.elements.metro) fillPay(data, form);
      update(root, data, form);
    });
    form.addEventListener("input", function () { update(root, data, form); });
    loadState(data, form);
    update(root, data, form);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
