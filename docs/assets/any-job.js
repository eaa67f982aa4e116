/* The occupation kind of the posting composer (docs/assets/composer.js runs the page): pick the job by any of
 * its titles, and the page fetches its data, offers its core tasks as duties (kept, removed, reordered and edited
 * in place), its requirements and the middle half of its pay in the place. What the user types (title, about,
 * duties, requirements) is never replaced; a new occupation's own is offered beside it. */
(function () {
  "use strict";

  var P = window.RoleGuidesPosting;
  var O = window.RoleGuidesOccupations;
  var TYPED = ["job_title", "about"];  // suggested by the page until the user types
  var LISTS = { duties: "duty", requirements: "requirement" };
  var DUTIES_KEPT = 8;

  function el(id) {
    return document.getElementById(id);
  }

  function byId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  /* --- the lists of duties and requirements ------------------------------------------- */

  function control(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  /* A list the user edits, [{text, kept, why}], drawn as rows: a checkbox, the text, move buttons and the source. */
  function drawList(box, items, noun) {
    box.textContent = "";
    var list = control("ol", { class: "rg-edit-list" });
    var name = noun.charAt(0).toUpperCase() + noun.slice(1);
    items.forEach(function (item, i) {
      var row = document.createElement("li");
      var keep = control("input", { type: "checkbox", "aria-label": "Keep " + noun + " " + (i + 1), "data-index": i });
      keep.checked = item.kept;
      var text = control("textarea", { rows: 2, "aria-label": name + " " + (i + 1), "data-index": i });
      text.value = item.text;
      row.appendChild(keep);
      row.appendChild(text);
      [["up", "↑", i === 0], ["down", "↓", i === items.length - 1]].forEach(function (move) {
        var button = control("button", { type: "button", class: "rg-move", "data-move": move[0], "data-index": i,
                                          "aria-label": "Move " + noun + " " + (i + 1) + " " + move[0] });
        button.textContent = move[1];
        button.disabled = move[2];
        row.appendChild(button);
      });
      if (item.why) {
        var why = control("span", { class: "rg-help" });
        why.textContent = item.why;
        row.appendChild(why);
      }
      list.appendChild(row);
    });
    box.appendChild(list);
  }

  function kept(items) {
    return items.filter(function (item) { return item.kept && item.text.trim(); }).map(function (item) { return item.text.trim(); });
  }

  /* The list as a link left it: its items, kept, then the suggestions not among them. */
  function listFrom(saved, suggested) {
    if (!saved) return suggested;
    return saved.map(function (text) { return { text: text, kept: true }; }).concat(suggested.filter(function (item) {
      return saved.indexOf(item.text) === -1;
    }).map(function (item) { return { text: item.text, kept: false, why: item.why }; }));
  }

  function suggested(record) {
    var core = record.tasks.filter(function (t) { return t[1] === "C"; });
    return {
      duties: (core.length ? core : record.tasks).map(function (t, i) { return { text: t[0], kept: i < DUTIES_KEPT }; }),
      requirements: O.requirements(record).items.map(function (item) { return { text: item.text, kept: true, why: item.why }; })
    };
  }

  function drawLists(page) {
    Object.keys(LISTS).forEach(function (name) {
      drawList(el("composer-" + name), page.lists[name], LISTS[name]);
      var offer = el("composer-" + name + "-offer");
      offer.hidden = !page.offers[name];
      offer.querySelector("span").textContent = page.offers[name] ? "You edited this list, so it stays. " + page.record.title +
        " has its own " + (name === "duties" ? "core tasks." : "requirements.") : "";
    });
  }

  /* --- pay ---------------------------------------------------------------------------- */

  function suggest(data, form, page, state) {
    var pay = page.record.pay;
    var place = byId(data.places.areas, state.place);
    var middle = O.middleHalf(pay, place, data.places.states, data.places.footnotes);
    var oteNote = form.elements.variable.value === "none" ? "Choose the kind of variable pay to add an on-target earnings line."
      : "BLS's figures include commissions and bonuses; write the pay at target, if you state one.";
    if (!pay) return { range: "", ote: "", oteNote: oteNote, note: "No suggestion: the BLS wage release has no figures for this occupation's code." };
    if (middle.p25 === null) {
      return { range: "", ote: "", oteNote: oteNote, note: "No suggestion: BLS publishes no 25th and 75th percentiles of " +
        "pay for this occupation, here or nationally. " + middle.skipped[middle.skipped.length - 1].why + "." };
    }
    var hourly = middle.period === "hourly";
    var amount = hourly ? P.cents : P.money;
    var range = P.payRange({ min: middle.p25, max: middle.p75, period: middle.period });
    var where = middle.basis.id === O.NATIONAL ? "the United States" : middle.basis.name;
    var note = "Suggested: " + range + ", the middle half of " + (hourly ? "hourly" : "yearly") + " pay for " + pay.title +
      " in " + where + ": BLS's 25th to 75th percentiles" +
      (middle.median ? " (median " + amount(middle.median) + ")" : "") + ", " + data.places.source +
      ". A quarter of these workers earn less and a quarter more.";
    if (hourly) {
      var code = O.rowsByArea(pay)[middle.basis.id][O.ROW.p25];
      note += " BLS publishes this occupation's wages by the hour there, not by the year: “" +
        (data.places.footnotes[code] || "") + "” (BLS footnote " + code + ").";
    }
    middle.skipped.forEach(function (s) { note += " For " + s.area.name + ", " + s.why + "."; });
    if (!place) note += " Pick a place for local pay.";
    if (page.record.pay_broader) note += " These are the wages of the broader BLS group " + pay.soc + ", " + pay.title + ", which includes this occupation.";
    return { range: range, period: middle.period, note: note, ote: "", oteNote: oteNote, observed: function (typed) {
      var side = middle.ends && P.outsideObserved(typed, middle.ends);
      return side ? "This range " + { below: "starts below", above: "goes above", both: "goes beyond both ends of" }[side] +
        " what BLS observed for " + pay.title + " in " + where + ": " + amount(middle.ends[0]) + "–" + amount(middle.ends[1]) +
        " (10th–90th percentiles" + (hourly ? ", by the hour" : "") + "). " : "";
    } };
  }

  /* --- what posting.js composes from ---------------------------------------------------- */

  /* This page's shared data with one "level": the chosen occupation, its duties and requirements as kept. */
  function composeData(data, form, page) {
    var record = page.record;
    if (!record) return null;
    var needs = O.requirements(record);
    var level = {
      id: record.id, title: record.title, posting_title: form.elements.job_title.value.trim() || "[Job Title]",
      about: form.elements.about.value.split(/\n+/).map(function (p) { return p.trim(); }).filter(Boolean),
      reports_to: "[Reports To]", responsibilities: kept(page.lists.duties), required: kept(page.lists.requirements),
      preferred: [], experience_months: needs.experienceMonths, education: needs.education
    };
    return Object.assign({}, data, { levels: [level], industries: [], places: Object.assign({}, data.places, {
      soc: record.soc, soc_title: record.pay && !record.pay_broader ? record.pay.title : record.title }) });
  }

  /* The duties exactly as kept: compose() would drop one that resembles another. */
  function adjust(post, composing) {
    post.sections.forEach(function (s) { if (s.id === "responsibilities") s.bullets = composing.levels[0].responsibilities; });
  }

  /* --- picking the occupation ---------------------------------------------------------- */

  function showDeepGuides(data, record) {
    var box = el("composer-deep-guide");
    var guides = data.guides[record.id] || [];
    box.textContent = "";
    guides.forEach(function (guide) {
      var link = control("a", { href: guide.composer });
      link.textContent = "the " + guide.title + " composer";
      box.appendChild(document.createTextNode("This site has a full guide for this occupation: "));
      box.appendChild(link);
      box.appendChild(document.createTextNode(" writes the posting by level and industry, from the guide's own data."));
    });
    box.hidden = !guides.length;
  }

  /* Show the occupation `id` (picked as `picked`, a title choice, or from the address bar): fetch its data and
   * fill what the user has not typed; what they typed stays, with the new occupation's own offered beside it. */
  function choose(data, form, page, id, picked, refresh) {
    var note = el("composer-occupation-note");
    note.textContent = "Loading…";
    O.occupation(data.occupations.folder, id).then(function (record) {
      var first = !page.record;
      page.record = record;
      page.picked = picked || null;
      if (!page.edited.job_title) form.elements.job_title.value = picked && !picked.official ? picked.title : record.posting_title || "[Job Title]";
      if (!page.edited.about) form.elements.about.value = record.description;
      var own = suggested(record);
      Object.keys(LISTS).forEach(function (name) {
        if (!page.edited[name]) page.lists[name] = own[name];
        else if (first) page.lists[name] = listFrom(page.saved[name], own[name]);
        page.offers[name] = page.edited[name] ? own[name] : null;
      });
      if (!form.elements.occupation.value.trim()) {
        form.elements.occupation.value = picked && !picked.official ? picked.title + " — " + record.title : record.title;
      }
      note.textContent = "Writing a posting for " + record.title + " (O*NET-SOC " + record.onet_code + ")" +
        (picked && !picked.official && !picked.linked ? ", the occupation O*NET files “" + picked.title + "” under" : "") + ".";
      var guide = el("composer-occupation-guide");
      guide.href = data.occupations.pages + record.id + "/";
      guide.textContent = "The guide to " + record.title;
      guide.parentNode.hidden = false;
      showDeepGuides(data, record);
      drawLists(page);
      refresh();
    }, function () {
      note.textContent = "“" + String(id).slice(0, 60) + "” is no occupation this site has: pick one from the list.";
    });
  }

  function listEvents(page, name, refresh) {
    var box = el("composer-" + name);
    box.addEventListener("input", function (event) {
      var item = page.lists[name][Number(event.target.getAttribute("data-index"))];
      if (event.target.type === "checkbox") item.kept = event.target.checked;
      else item.text = event.target.value;
      page.edited[name] = true;
    });
    box.addEventListener("click", function (event) {
      var button = event.target.closest("[data-move]");
      if (!button) return;
      var way = button.getAttribute("data-move"), i = Number(button.getAttribute("data-index")), j = i + (way === "up" ? -1 : 1);
      page.lists[name].splice(j, 0, page.lists[name].splice(i, 1)[0]);
      page.edited[name] = true;
      drawLists(page);
      box.querySelectorAll("[data-move=" + way + "]")[j].focus();
      refresh();
    });
    el("composer-" + name + "-offer").querySelector("button").addEventListener("click", function () {
      page.lists[name] = page.offers[name];
      page.offers[name] = null;
      page.edited[name] = false;
      drawLists(page);
      refresh();
    });
  }

  function start(data, form, page, refresh) {
    data.places.states = {};
    data.places.areas.forEach(function (a) { if (a.kind === "state") data.places.states[a.state] = a; });
    form.addEventListener("input", function (event) {
      if (TYPED.indexOf(event.target.name) !== -1) page.edited[event.target.name] = event.target.value.trim() !== "";
    }, true);
    O.picker(form.elements.occupation, el("composer-occupations"), el("composer-occupation-note"), data.occupations.folder,
      function (choice) {
        if (!page.record || choice.id !== page.record.id || (page.picked || {}).title !== choice.title) {
          choose(data, form, page, choice.id, choice, refresh);
        }
      });
    Object.keys(LISTS).forEach(function (name) { listEvents(page, name, refresh); });
    if (page.linked.id) choose(data, form, page, page.linked.id, page.linked.picked, refresh);
  }

  /* --- the address bar ----------------------------------------------------------------- */

  function save(params, form, page) {
    if (!page.record) return;
    params.set("occ", page.record.id);
    if (page.picked && !page.picked.official) params.set("as", page.picked.title);
    TYPED.forEach(function (name) { if (page.edited[name]) params.set(name, form.elements[name].value); });
    Object.keys(LISTS).forEach(function (name) {
      if (page.edited[name]) kept(page.lists[name]).forEach(function (text) { params.append(LISTS[name], text); });
    });
  }

  function load(params, form, page) {
    page.record = null;
    page.lists = { duties: [], requirements: [] };
    page.edited = {};
    page.saved = {};
    page.offers = {};
    TYPED.forEach(function (name) {
      if (params.has(name)) {
        form.elements[name].value = params.get(name);
        page.edited[name] = true;
      }
    });
    Object.keys(LISTS).forEach(function (name) {
      if (params.has(LISTS[name])) {
        page.saved[name] = params.getAll(LISTS[name]).map(function (text) { return text.trim(); });
        page.edited[name] = true;
      }
    });
    page.linked = { id: params.get("occ"), picked: params.has("as") ? { title: params.get("as"), official: false, linked: true } : null };
  }

  (window.RoleGuidesComposerKinds = window.RoleGuidesComposerKinds || {}).occupation = {
    noun: "job", source: "composer", choices: ["variable"], defaults: [], waiting: "Pick an occupation to start your posting.",
    suggest: suggest, composeData: composeData, adjust: adjust, start: start, save: save, load: load
  };
})();
