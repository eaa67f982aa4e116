/* The posting composer's page, for a guide's levels and for any occupation: reads the data the page embeds
 * (#composer-data) and the form, lets posting.js compose, places.js read the place typed and paylaws.js make
 * the pay-transparency checklist, shows the preview and the pay suggestion, keeps #composer-export current for the copy and download buttons (templates.js)
 * and mirrors the choices in the address bar. What a user typed is never replaced: a new pay suggestion is
 * offered beside it.
 *
 * What differs between the two is a "kind" (the #composer element's data-kind): the level kind below, and the
 * occupation kind of docs/assets/any-job.js. A kind names the selects it adds (`choices`) and those that follow
 * its data until the user picks one (`defaults`, set by `follow`), gives the data to compose from (`composeData`,
 * null while there is nothing to compose) and the pay suggestion (`suggest`) and, optionally, `adjust` (the
 * composed posting), `save` and `load` (its part of the address) and `start` (its own controls). */
(function () {
  "use strict";

  var P = window.RoleGuidesPosting;
  var Places = window.RoleGuidesPlaces;
  var Laws = window.RoleGuidesPayLaws;
  var CHOICES = ["employment", "arrangement", "sponsorship", "remote_area", "remote_timezone"];
  var TEXTS = ["remote_states", "deadline", "office_days"];
  var DEFAULTS = ["benefits", "apply", "eeo"];  // kept in the address bar only when changed

  function byId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  /* What the place field says: a places.js match, or null when it is empty. */
  function placeFound(data, form) {
    return Places.match(data.place_index, form.elements.place.value);
  }

  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function el(id) {
    return document.getElementById(id);
  }

  /* --- state ------------------------------------------------------------------ */

  function readState(data, form, page) {
    var state = {};
    page.kind.choices.concat(page.kind.defaults, CHOICES, TEXTS, DEFAULTS, ["pay", "ote"]).forEach(function (name) {
      state[name] = form.elements[name].value;
    });
    var found = placeFound(data, form);
    state.found = found && found.area ? found : null;
    state.place = state.found && byId(data.places.areas, found.area) ? found.area : "";
    state.place_state = form.elements.place_state.value;
    state.localities = Array.prototype.filter.call(form.querySelectorAll("[name=locality]"), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
    state.posting_date = Laws.isDate(form.elements.posting_date.value) ? form.elements.posting_date.value : today();
    state.remote = Places.matchStates(data.place_index, state.remote_states);
    state.filled = P.choiceFills(data, state);
    data.placeholders.forEach(function (p) {
      var input = form.elements.namedItem("fill-" + p.id);
      if (input && input.value.trim()) state.filled[p.token] = input.value.trim();
    });
    state.payEdited = page.payEdited;
    state.oteEdited = page.oteEdited;
    return state;
  }

  function national(data) {
    return { median: data.places.national_median, percentiles: data.places.national_percentiles };
  }

  function suggestion(data, state) {
    var level = byId(data.levels, state.level) || data.levels[0];
    var place = byId(data.places.areas, state.place);
    var base = P.placedRange(level.band.base, place, national(data));
    var band = level.band;
    /* On-target earnings keep the band's own ratio of total pay to base at each end. */
    var total = { min: P.roundThousand(base.min * band.total.min / band.base.min),
                  max: P.roundThousand(base.max * band.total.max / band.base.max) };
    return { level: level, place: place, base: base, total: total };
  }

  /* --- what is shown beside the pay fields ------------------------------------------ */

  function describe(data, s) {
    var band = s.level.band;
    var from = "the " + band.label + " band, " + P.moneyRange(band.base) + " (" + band.source + ", " + band.as_of + ")";
    var text = "Suggested: " + P.moneyRange(s.base) + ". ";
    if (band.assigned) text += band.assigned + " ";
    if (!s.place || !s.place.median) {
      text += "That is " + from + ", the national band. " +
        (s.place ? "BLS publishes no figures for this place or its state, so the band is not moved. "
                 : "Pick a place to move it to local pay. ");
      return text;
    }
    var where = s.place.basis ? s.place.basis + " (BLS publishes no figures for " + s.place.name + ", so its state's are used)"
                             : s.place.name;
    if (!s.place.percentiles) {
      return text + "That is " + from + " × " + (s.place.median / data.places.national_median).toFixed(3) + ", the " +
        data.places.soc + " median in " + where + " over the national median (" + data.places.source + ").";
    }
    text += "That is " + from + ", with each end moved to the same percentile of " + data.places.soc + " wages in " + where +
      " as it holds nationally (" + data.places.source + "), rounded to the nearest $1,000.";
    if (s.base.capped.indexOf("max") !== -1) {
      text += " The band's top, " + P.money(band.base.max) + ", is above the national 90th percentile (" +
        P.money(data.places.national_percentiles[4]) + "), so the suggestion stops at this place's 90th percentile, " +
        P.money(s.place.percentiles[4]) + ".";
    }
    return text;
  }

  /* A note when a range leaves what BLS observed in the place (or the nation): its 10th–90th percentiles. */
  function observedNote(data, place, range) {
    var points = place && place.percentiles ? place.percentiles : data.places.national_percentiles;
    var side = P.outsideObserved(range, points);
    if (!side) return "";
    var where = place && place.percentiles ? (place.basis || place.name) : "the United States";
    var words = { below: "starts below", above: "goes above", both: "goes beyond both ends of" }[side];
    return "This range " + words + " what BLS observed for " + data.places.soc + " in " + where + ": " +
      P.money(points[0]) + "–" + P.money(points[points.length - 1]) + " (10th–90th percentiles, which include commission). ";
  }

  /* The level kind's suggestion: the level's band moved to the place, and its total-pay band for the OTE. */
  function suggestLevelPay(data, form, page, state) {
    var s = suggestion(data, state);
    var variable = form.elements.variable.value !== "none";
    return {
      range: P.moneyRange(s.base), note: describe(data, s), observed: function (range) { return observedNote(data, s.place, range); },
      ote: variable ? P.moneyRange(s.total) : "",
      oteNote: variable ? "Suggested from the level's total-pay band, " + P.moneyRange(s.level.band.total) +
        (s.level.band.total_open ? " or more" : "") + ", kept in the same proportion to the suggested base at each end: " +
        P.moneyRange(s.total) + "." : "Choose the kind of variable pay to add an on-target earnings line."
    };
  }

  function showPay(data, form, page, state) {
    var s = page.kind.suggest(data, form, page, state);
    if (!page.payEdited) form.elements.pay.value = s.range;
    var box = el("composer-pay-suggestion");
    box.hidden = !page.payEdited || !s.range || P.parseRange(form.elements.pay.value) !== null &&
      P.payRange(P.parseRange(form.elements.pay.value)) === s.range;
    box.querySelector("span").textContent = "New suggestion for this " + page.kind.noun + " and place: " + s.range + ".";
    box.setAttribute("data-range", s.range);
    var note = s.note;
    var typed = form.elements.pay.value.trim(), range = P.parseRange(typed);
    if (typed && range === null) {
      note = "Can't check this range: write it as $90,000–$110,000, or $25–$35 an hour. " + note;
    } else if (typed && range.max === null) {
      note = "This range has no upper end; several pay-transparency laws ask for both. " + note;
    }
    /* BLS's observed range is yearly or hourly: a range typed by the other period is not held against it. */
    if (range && s.observed && range.period === (s.period || "annual")) note = s.observed(range) + note;
    el("composer-pay-note").textContent = note;
    if (!page.oteEdited) form.elements.ote.value = s.ote;
    el("composer-ote-note").textContent = s.oteNote;
  }

  /* --- the page ------------------------------------------------------------------ */

  function showFields(root, form, data, post) {
    var remote = form.elements.arrangement.value === "remote";
    root.querySelector("[data-field=remote_area]").hidden = !remote;
    root.querySelector("[data-field=remote_states]").hidden = !remote || form.elements.remote_area.value !== "states";
    root.querySelector("[data-field=remote_timezone]").hidden = !remote || form.elements.remote_area.value !== "timezone";
    root.querySelector("[data-field=ote]").hidden = form.elements.variable.value === "none";
    root.querySelector("[data-field=office_days]").hidden = form.elements.arrangement.value !== "hybrid";
    var all = JSON.stringify(post);
    root.querySelectorAll("[data-token]").forEach(function (field) {
      field.hidden = all.indexOf("[" + field.getAttribute("data-token") + "]") === -1;
    });
    var place = form.elements.place.value.trim(), found = placeFound(data, form);
    el("composer-place-note").textContent = data.place_unavailable ? Places.UNAVAILABLE + " Until then the national figures are used."
      : !place ? "" : found.kind === "unknown"
      ? "“" + place.slice(0, 80) + "” is not a city, state or metro area this guide knows: try “Denver, CO”, a state or a " +
        "metro area from the list. Until then the national band is used." : found.understood;
    var remoteNote = el("composer-remote_states-note");
    var states = Places.matchStates(data.place_index, form.elements.remote_states.value);
    remoteNote.hidden = !remote || form.elements.remote_area.value !== "states";
    remoteNote.textContent = states.unknown.length
      ? "Not a state: " + states.unknown.map(function (s) { return "“" + s.slice(0, 40) + "”"; }).join(", ") +
        ". Use a state's name or two-letter code. The posting cannot be copied until every entry is a state."
      : states.states.length ? "Understood: " + Places.stateNames(data.place_index, states.states) + "." : "";
    showPlaceQuestions(root, form, data, found && found.area ? found : null, remote);
  }

  var pageLocalities = [];  // local laws named by the address bar, ticked once their question is shown

  /* The job's state, asked when the place spans several; the local laws, asked where one covers part of it. */
  function showPlaceQuestions(root, form, data, found, remote) {
    var select = form.elements.place_state;
    var several = !remote && found && found.states.length > 1;
    var wanted = found ? found.states.join(",") : "";
    if (select.getAttribute("data-for") !== wanted) {
      var chosen = select.value;
      select.innerHTML = "";
      [["", "Not chosen yet"]].concat((found ? found.states : []).map(function (code) {
        return [code, Places.stateName(data.place_index, code)];
      })).forEach(function (pair) { select.add(new Option(pair[1], pair[0])); });
      select.value = found && found.states.indexOf(chosen) !== -1 ? chosen : "";
      select.setAttribute("data-for", wanted);
    }
    root.querySelector("[data-field=place_state]").hidden = !several;
    var asked = remote ? [] : Laws.localQuestions(data.laws, found);
    var box = el("composer-localities");
    var askedIds = asked.map(function (l) { return l.id; }).join(",");
    if (box.getAttribute("data-for") !== askedIds) {
      var checked = Array.prototype.filter.call(box.querySelectorAll("input"), function (i) { return i.checked; })
        .map(function (i) { return i.value; });
      box.innerHTML = "";
      asked.forEach(function (law) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "checkbox";
        input.name = "locality";
        input.value = law.id;
        input.checked = checked.indexOf(law.id) !== -1 || pageLocalities.indexOf(law.id) !== -1;
        label.appendChild(input);
        label.appendChild(document.createTextNode(" In " + law.locality.name + " (" + law.name + "'s law)"));
        box.appendChild(label);
      });
      box.setAttribute("data-for", askedIds);
    }
    root.querySelector("[data-field=localities]").hidden = !asked.length;
  }

  /* The job's states: the one chosen, or each state of the place until one is. */
  function jobStates(state) {
    if (!state.found) return [];
    return state.place_state && state.found.states.indexOf(state.place_state) !== -1 ? [state.place_state] : state.found.states;
  }

  function checklistHtml(data, state) {
    var remote = state.arrangement === "remote";
    var result = Laws.applicable(data.laws, {
      arrangement: state.arrangement, found: state.found, states: jobStates(state), localities: state.localities,
      remoteStates: remote && state.remote_area === "states" ? state.remote.states : null, date: state.posting_date
    });
    var link = el("composer-checklist").getAttribute("data-law-page");
    var dated = "For a posting dated " + P.usDate(state.posting_date) + ".";
    if (!remote && !state.found) return "<p>Pick a place to see the pay-transparency rules that apply there.</p>";
    var note = !remote && jobStates(state).length > 1
      ? dated + " The job's state is not chosen yet, so each state's law is listed: " +
        Places.stateNames(data.place_index, jobStates(state)) + "." : dated;
    if (!result.now.length && !result.upcoming.length) {
      return "<p>" + P.escapeHtml(note) + " None of the laws this guide tracks covers this posting. Posting a range is still good practice.</p>";
    }
    return Laws.checklistHtml(result, state, state.posting_date, link, note);
  }

  /* The form's state as the posting prints it: states by name, and the place as understood. */
  function postingState(data, state) {
    var out = Object.assign({}, state);
    if (!state.remote.unknown.length && state.remote.states.length) out.remote_states = Places.stateNames(data.place_index, state.remote.states);
    if (state.found && state.found.city) {
      var states = jobStates(state);
      out.location = state.found.city + (states.length === 1 ? ", " + Places.stateName(data.place_index, states[0]) : "");
    }
    return out;
  }

  function jsonLd(data, state, post, filled) {
    var level = byId(data.levels, state.level) || data.levels[0];
    var place = byId(data.places.areas, state.place);
    var pay = P.parseRange(state.pay);
    var ote = P.parseRange(state.ote);
    var description = P.asHtml(P.mapPosting(filled, P.escapeHtml)).replace(/^<h2>.*<\/h2>\n/, "");
    var today = new Date();
    var input = {
      title: filled.title, descriptionHtml: description,
      employmentType: { "full-time": "FULL_TIME", "part-time": "PART_TIME", contract: "CONTRACTOR", temporary: "TEMPORARY" }[state.employment] || "",
      datePosted: new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().slice(0, 10),
      validThrough: state.deadline, company: { name: state.filled["Company Name"] || "" },
      arrangement: state.arrangement,
      location: place ? { locality: state.found.city || (place.kind === "metro" ? place.name.split(/[-,]/)[0] : ""),
                          region: jobStates(state)[0] || place.state, country: "US" } : null,
      remoteArea: { kind: state.remote_area === "us" ? "country" : state.remote_area,
                    states: state.remote.states, timezone: state.remote_timezone },
      pay: pay && pay.max !== null ? { min: pay.min, max: pay.max, currency: "USD", unit: pay.period === "hourly" ? "HOUR" : "YEAR" } : null,
      ote: ote && ote.max !== null && ote.period === "annual" && state.variable !== "none" ? { min: ote.min, max: ote.max } : null,
      experienceMonths: level.experience_months, education: level.education,
      soc: { code: data.places.soc, title: data.places.soc_title }
    };
    try {
      return { text: window.RoleGuidesJobPosting.jobPostingScript(input), problem: "" };
    } catch (error) {
      var field = (/^jobPosting: ([\w.]+)/.exec(error.message) || [])[1] || "";
      var need = { "company.name": "fill in the company name", "location": "pick a place",
                   "remoteArea.states": "name the states" }[field];
      return { text: "", problem: "Can't make JSON-LD yet: " + (need || error.message.replace(/^jobPosting: /, "")) + "." };
    }
  }

  function saveState(data, form, page) {
    var params = new URLSearchParams();
    if (page.kind.save) page.kind.save(params, form, page);
    page.kind.choices.concat(CHOICES, TEXTS).forEach(function (name) {
      var value = form.elements[name].value;
      if (value && value !== form.elements[name].getAttribute("data-default")) params.set(name, value);
    });
    page.kind.defaults.forEach(function (name) { if (page[name + "Edited"]) params.set(name, form.elements[name].value); });
    var typed = form.elements.place.value.trim(), area = byId(data.places.areas, (placeFound(data, form) || {}).area);
    if (typed) params.set("place", area && area.name === typed ? area.id : typed);
    if (form.elements.place_state.value) params.set("state", form.elements.place_state.value);
    form.querySelectorAll("[name=locality]").forEach(function (box) { if (box.checked) params.append("in", box.value); });
    params.set("date", Laws.isDate(form.elements.posting_date.value) ? form.elements.posting_date.value : today());
    if (page.payEdited) params.set("pay", form.elements.pay.value);
    if (page.oteEdited) params.set("ote", form.elements.ote.value);
    DEFAULTS.forEach(function (name) {
      if (form.elements[name].value !== form.elements[name].defaultValue) params.set(name, form.elements[name].value);
    });
    data.placeholders.forEach(function (p) {
      var input = form.elements.namedItem("fill-" + p.id);
      if (input && input.value) params.set(input.name, input.value);
    });
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  /* Values from the address bar; a value the form cannot take is named in a note, and the default stays. */
  function loadState(data, form, page) {
    var params = new URLSearchParams(location.search);
    var refused = [];
    page.kind.choices.concat(CHOICES, page.kind.defaults).forEach(function (name) {
      var value = params.get(name), select = form.elements[name];
      if (value === null) return;
      if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
        if (page.kind.defaults.indexOf(name) !== -1) page[name + "Edited"] = true;
      } else refused.push(name.replace("_", " ") + " “" + value.slice(0, 60) + "”");
    });
    TEXTS.concat(DEFAULTS).forEach(function (name) { if (params.has(name)) form.elements[name].value = params.get(name); });
    if (params.has("place")) {
      var place = byId(data.places.areas, params.get("place"));
      form.elements.place.value = place ? place.name : params.get("place");
      if (!place && /^\d{7}$/.test(params.get("place"))) refused.push("place “" + params.get("place") + "”");
    }
    form.elements.posting_date.value = Laws.isDate(params.get("date")) ? params.get("date") : today();
    if (params.has("date") && !Laws.isDate(params.get("date"))) refused.push("date “" + params.get("date").slice(0, 20) + "”");
    pageLocalities = params.getAll("in");
    data.placeholders.forEach(function (p) {
      var input = form.elements.namedItem("fill-" + p.id);
      if (input && params.has(input.name)) input.value = params.get(input.name);
    });
    ["pay", "ote"].forEach(function (name) {
      if (params.has(name)) {
        form.elements[name].value = params.get(name);
        page[name + "Edited"] = true;
      }
    });
    var note = el("composer-link-note");
    note.hidden = !refused.length;
    if (page.kind.load) page.kind.load(params, form, page, refused);
    note.textContent = refused.length ? "This link names what this " + page.kind.source + " does not have: " +
      refused.join("; ") + ". The composer shows its defaults instead." : "";
  }

  /* The variable pay and travel the level starts with, from the guide's data, unless the user chose one. */
  function levelDefaults(data, form, page) {
    var level = byId(data.levels, form.elements.level.value) || data.levels[0];
    if (!page.variableEdited) form.elements.variable.value = level.band.variable;
    if (!page.travelEdited) form.elements.travel.value = level.travel.default;
    el("composer-variable-note").textContent = page.variableEdited ? "" : (level.band.variable_note || "");
    el("composer-travel-note").textContent = page.travelEdited ? "" : level.travel.note;
  }

  var LEVEL = { noun: "level", source: "guide", choices: ["level", "industry"], defaults: ["variable", "travel"],
                follow: levelDefaults, suggest: suggestLevelPay, composeData: function (data) { return data; } };

  /* What the copy buttons say while there is no posting yet. */
  function waiting(root, data, form, page, state) {
    var why = page.kind.waiting;
    el("composer-preview").textContent = why;
    el("composer-unfilled").textContent = "";
    el("composer-export").textContent = JSON.stringify({ text: "", markdown: "", html: "", jsonld: "",
      problems: { text: why, markdown: why, html: why, jsonld: why, txt: why, md: why } });
    el("composer-checklist-body").innerHTML = checklistHtml(data, state);
    showFields(root, form, data, { sections: [] });
    saveState(data, form, page);
  }

  function update(root, data, form, page) {
    if (page.kind.follow) page.kind.follow(data, form, page);
    showFields(root, form, data, { sections: [] });
    if (page.wantedState !== undefined) {
      form.elements.place_state.value = page.wantedState;
      page.wantedState = undefined;
    }
    var state = readState(data, form, page);
    var composing = page.kind.composeData(data, form, page);
    if (!composing) return waiting(root, data, form, page, state);
    showPay(composing, form, page, state);
    state = readState(data, form, page);
    var post = P.compose(composing, postingState(data, state));
    if (page.kind.adjust) page.kind.adjust(post, composing);
    var filled = P.mapPosting(post, P.filler(state.filled));
    el("composer-preview").innerHTML = P.asHtml(P.mapPosting(post, P.marker(state.filled)), 3);
    var left = P.unfilled(filled);
    el("composer-unfilled").textContent = left.length ? "Still in brackets: " + left.join(", ") + ". Fill them in before you publish." : "";
    var ld = jsonLd(composing, state, post, filled);
    var problems = ld.problem ? { jsonld: ld.problem } : {};
    if (state.arrangement === "remote" && state.remote_area === "states" && state.remote.unknown.length) {
      var why = "Can't copy yet: " + state.remote.unknown.map(function (s) { return "“" + s.slice(0, 40) + "”"; }).join(", ") +
        " is not a state. Use a state's name or two-letter code.";
      ["text", "markdown", "html", "jsonld", "txt", "md"].forEach(function (kind) { problems[kind] = why; });
    }
    el("composer-export").textContent = JSON.stringify({
      text: P.asText(filled), markdown: P.asMarkdown(filled), html: P.asHtml(P.mapPosting(filled, P.escapeHtml)),
      jsonld: ld.text, problems: problems, unfilled: left
    });
    el("composer-checklist-body").innerHTML = checklistHtml(data, state);
    showFields(root, form, data, post);
    saveState(data, form, page);
  }

  /* The composer starts once the site's place index is known; without it, no place is recognized and the
   * place field says so. */
  function start() {
    var root = el("composer");
    if (!root || root.hasAttribute("data-ready") || root.hasAttribute("data-starting") || !P) return;
    root.setAttribute("data-starting", "");
    var data = JSON.parse(el("composer-data").textContent);
    Places.load(data.place_index_url).then(function (index) {
      data.place_index = index;
    }, function () {
      data.place_index = Places.empty();
      data.place_unavailable = true;
    }).then(function () { begin(root, data); });
  }

  function begin(root, data) {
    root.setAttribute("data-ready", "");
    var form = el("composer-form");
    var kinds = window.RoleGuidesComposerKinds || {};
    var page = { payEdited: false, oteEdited: false, variableEdited: false, travelEdited: false,
                 kind: kinds[root.getAttribute("data-kind")] || LEVEL };
    page.kind.choices.concat(CHOICES, TEXTS).forEach(function (name) {
      form.elements[name].setAttribute("data-default", form.elements[name].value);
    });
    var list = el("composer-places");
    data.places.areas.forEach(function (area) {
      var option = document.createElement("option");
      option.value = area.name;
      list.appendChild(option);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function (event) {
      page.kind.defaults.forEach(function (name) { if (event.target === form.elements[name]) page[name + "Edited"] = true; });
      if (event.target === form.elements.pay) page.payEdited = form.elements.pay.value.trim() !== "";
      if (event.target === form.elements.ote) page.oteEdited = form.elements.ote.value.trim() !== "";
      update(root, data, form, page);
    });
    form.addEventListener("change", function (event) {
      page.kind.defaults.forEach(function (name) { if (event.target === form.elements[name]) page[name + "Edited"] = true; });
      update(root, data, form, page);
    });
    el("composer-pay-use").addEventListener("click", function () {
      form.elements.pay.value = el("composer-pay-suggestion").getAttribute("data-range");
      page.payEdited = false;
      update(root, data, form, page);
      form.elements.pay.focus();
    });
    loadState(data, form, page);
    page.wantedState = new URLSearchParams(location.search).get("state") || undefined;
    update(root, data, form, page);
    if (page.kind.start) page.kind.start(data, form, page, function () { update(root, data, form, page); });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
