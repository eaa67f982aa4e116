/* Two occupations side by side: each picked by any of its titles (docs/assets/occupations.js), shown from the
 * occupation files the build writes, with their pay in a place typed as people say it (docs/assets/places.js),
 * and kept in the address bar as ?a=<id>&b=<id>&place=<area code or text>. Text is set as text, never as
 * markup. */
(function () {
  "use strict";

  var O = window.RoleGuidesOccupations;
  var Places = window.RoleGuidesPlaces;
  var SIDES = ["a", "b"];
  var SHOWN = 8;

  function el(id) {
    return document.getElementById(id);
  }

  function number(value) {
    return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  /* A published figure, or why BLS does not publish it (a footnote code in the data, its text in `footnotes`). */
  function figure(value, footnotes, format) {
    return O.published(value) ? format(value) : "not published (" + (footnotes[value] || "footnote " + value) + ")";
  }

  function money(value) {
    return "$" + number(value);
  }

  function thousands(value) {
    return value === null || value === undefined ? "not published" : number(value * 1000);
  }

  function gap(record, name, fallback) {
    return (record.gaps && record.gaps[name]) || fallback;
  }

  function tasks(record) {
    var core = record.tasks.filter(function (t) { return t[1] === "C"; }).map(function (t) { return t[0]; });
    var list = (core.length ? core : record.tasks.map(function (t) { return t[0]; })).slice(0, SHOWN);
    var more = record.tasks.length - list.length;
    return more > 0 ? list.concat(["…and " + more + " more tasks on the occupation's page"]) : list;
  }

  function ratings(record, name, count) {
    if (!record[name]) return gap(record, name, "O*NET rates none for this occupation.");
    return record[name].slice(0, count).map(function (r) { return r[0] + " (" + r[1].toFixed(2) + " of 5)"; });
  }

  function reported(record, scale) {
    var found = O.mostReported(record, scale);
    return found ? "Most workers report: " + found.label + " (" + found.percent + "%)" : gap(record, "education", "O*NET has no ratings.");
  }

  function byId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  /* An occupation's pay in the place (`area`, null for the nation): the place's own figures, else its state's,
   * else the nation's, each labeled; yearly, or hourly where BLS publishes only hourly wages. */
  function pay(record, data, area) {
    if (!record.pay) return gap(record, "wages", "BLS publishes no wages for this occupation.");
    var middle = O.middleHalf(record.pay, area, data.states, data.footnotes);
    var basis = middle.basis || { id: O.NATIONAL, name: "the United States" };
    var found = O.figures(record.pay, basis.id);
    if (!found) return gap(record, "wages", "BLS publishes no wages for this occupation.");
    var hourly = found.period === "hourly";
    var out = [(basis.id === O.NATIONAL ? "United States" : basis.name) +
      (area && basis.id !== area.id ? (basis.id === O.NATIONAL ? " (national figures)" : " (state figures)") : "") +
      (hourly ? ", hourly wages" : ", yearly wages")];
    middle.skipped.filter(function (s) { return s.area.id !== O.NATIONAL; }).forEach(function (s) {
      out.push("For " + s.area.name + ", " + s.why + ".");
    });
    var amount = hourly ? function (v) { return "$" + v.toFixed(2) + " an hour"; } : money;
    out = out.concat([["10th percentile", "p10"], ["25th percentile", "p25"], ["Median", "median"], ["75th percentile", "p75"],
      ["90th percentile", "p90"]].map(function (pair) {
      var value = found[pair[1]];
      return pair[0] + ": " + (value === null ? figure(found.footnote, data.footnotes, money) : amount(value));
    }));
    if (hourly) out.push("BLS publishes this occupation's wages by the hour here: " + (data.footnotes[O.rowsByArea(record.pay)[basis.id][O.ROW.p25]] || ""));
    out.push("Employment: " + (found.employment === null ? "not published" : number(found.employment)));
    if (record.pay_broader) out.push("These are the wages of the broader BLS group " + record.pay.soc + ", " + record.pay.title + ".");
    return out;
  }

  function outlook(record) {
    var p = record.projections;
    if (!p) return gap(record, "projections", "BLS projects no figures for this occupation.");
    var change = p.percent_change === null ? "not published" : (p.percent_change > 0 ? "+" : "") + p.percent_change + "%";
    var out = ["Employment 2024: " + thousands(p.employment_2024), "Employment 2034: " + thousands(p.employment_2034),
      "Change: " + change, "Openings a year: " + thousands(p.openings)];
    if (p.match === "broader") out.push("Projected as part of " + p.matrix_title + " (" + p.matrix_code + ").");
    return out;
  }

  function education(record) {
    var p = record.projections;
    return ["Typical entry education (BLS): " + (p && p.education || "not given"),
      "Related work experience (BLS): " + (p && p.experience || "not given"),
      "On-the-job training (BLS): " + (p && p.training || "not given"),
      "Education, " + reported(record, "RL").replace(/^M/, "m"),
      "Experience, " + reported(record, "RW").replace(/^M/, "m"),
      "Job zone (O*NET): " + (record.job_zone ? record.job_zone[0] + ", " + record.job_zone[1] : "not given")];
  }

  var ROWS = [
    ["What they do", function (r) { return r.description; }],
    ["Core tasks (O*NET)", tasks],
    ["Most important skills (O*NET)", function (r) { return ratings(r, "skills", SHOWN); }],
    ["Most important knowledge (O*NET)", function (r) { return ratings(r, "knowledge", 5); }],
    ["Hot technologies (O*NET)", function (r) { return r.hot.length ? r.hot.slice(0, SHOWN) : "O*NET marks none."; }],
    ["Education and experience", education],
    ["Pay (BLS OEWS)", function (r, data, area) { return pay(r, data, area); }],
    ["Outlook 2024–2034 (BLS)", outlook]
  ];

  function cell(tag, content) {
    var node = document.createElement(tag);
    if (Array.isArray(content)) {
      var list = document.createElement("ul");
      content.forEach(function (item) {
        var li = document.createElement("li");
        li.textContent = item;
        list.appendChild(li);
      });
      node.appendChild(list);
    } else {
      node.textContent = content;
    }
    return node;
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function draw(data, records, place) {
    var box = el("compare-table");
    box.textContent = "";
    var shown = SIDES.filter(function (side) { return records[side]; });
    if (!shown.length) {
      box.appendChild(cell("p", "Pick two occupations to see them side by side."));
      return;
    }
    var table = document.createElement("table");
    var head = document.createElement("tr");
    head.appendChild(cell("th", ""));
    shown.forEach(function (side) {
      var r = records[side];
      var th = document.createElement("th");
      th.scope = "col";
      th.appendChild(link(data.pages + r.id + "/", r.title));
      th.appendChild(document.createTextNode(" (" + r.onet_code + ") "));
      th.appendChild(link(data.composer + "?occ=" + encodeURIComponent(r.id), "Write a posting"));
      head.appendChild(th);
    });
    var thead = document.createElement("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = document.createElement("tbody");
    ROWS.forEach(function (row) {
      var tr = document.createElement("tr");
      var th = cell("th", row[0]);
      th.scope = "row";
      tr.appendChild(th);
      shown.forEach(function (side) { tr.appendChild(cell("td", row[1](records[side], data, place.area))); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
  }

  function save(records, place) {
    var params = new URLSearchParams();
    SIDES.forEach(function (side) { if (records[side]) params.set(side, records[side].id); });
    var typed = el("compare-place").value.trim();
    if (typed) params.set("place", place.area && place.area.name === typed ? place.area.id : typed);
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  /* What the place field names: {area} (an area of the data, or null for the nation), with what was understood
   * said beside the field. */
  function readPlace(data, place) {
    var typed = el("compare-place").value.trim();
    var found = typed && data.place_index ? Places.match(data.place_index, typed) : null;
    place.area = found && found.area ? byId(data.areas, found.area) : null;
    var note = data.place_unavailable ? Places.UNAVAILABLE + " The pay shown is the nation's."
      : !typed ? "Pay is shown for the United States; type a place for its pay."
      : place.area ? found.understood
      : found && found.kind === "choice" ? found.understood
      : "“" + typed.slice(0, 80) + "” is not a city, state or metro area this site knows: try “Denver, CO”, a state or a " +
        "metro area. The pay shown is the nation's.";
    el("compare-place-note").textContent = note;
  }

  function show(data, records, side, id, place) {
    var note = el("compare-" + side + "-note");
    return O.occupation(data.folder, id).then(function (record) {
      records[side] = record;
      note.textContent = "Showing " + record.title + " (O*NET-SOC " + record.onet_code + ").";
      if (!el("compare-" + side).value.trim()) el("compare-" + side).value = record.title;
      draw(data, records, place);
      save(records, place);
    }, function () {
      note.textContent = "“" + String(id).slice(0, 60) + "” is no occupation this site has: pick one from the list.";
    });
  }

  /* The page starts once the site's place index is known; without it, the pay is the nation's, and it says so. */
  function start() {
    var root = el("compare");
    if (!root || root.hasAttribute("data-ready") || root.hasAttribute("data-starting") || !O || !Places) return;
    root.setAttribute("data-starting", "");
    var data = JSON.parse(el("compare-data").textContent);
    Places.load(data.place_index_url).then(function (index) {
      data.place_index = index;
    }, function () {
      data.place_unavailable = true;
    }).then(function () { begin(root, data); });
  }

  function begin(root, data) {
    root.setAttribute("data-ready", "");
    data.states = {};
    data.areas.forEach(function (a) { if (a.kind === "state") data.states[a.state] = a; });
    var records = {}, place = { area: null };
    el("compare-form").addEventListener("submit", function (event) { event.preventDefault(); });
    var params = new URLSearchParams(location.search);
    if (params.has("place")) {
      var linked = byId(data.areas, params.get("place"));
      el("compare-place").value = linked ? linked.name : params.get("place");
    }
    readPlace(data, place);
    el("compare-place").addEventListener("input", function () {
      readPlace(data, place);
      draw(data, records, place);
      save(records, place);
    });
    SIDES.forEach(function (side) {
      O.picker(el("compare-" + side), el("compare-titles-" + side), el("compare-" + side + "-note"), data.folder, function (choice) {
        if (!records[side] || records[side].id !== choice.id) show(data, records, side, choice.id, place);
      });
      if (params.get(side)) show(data, records, side, params.get(side), place);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
