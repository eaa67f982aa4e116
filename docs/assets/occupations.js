/* What the any-job composer and the occupation comparison share: finding an occupation by any of its titles,
 * fetching its data (JSON files the build writes next to the pages, so the pages work offline), pay for a
 * place and the posting's requirements read from the data. A plain browser script (window.RoleGuidesOccupations)
 * and a CommonJS module for the unit tests. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.RoleGuidesOccupations = factory();
})(this, function () {
  "use strict";

  var NATIONAL = "0000000";
  /* A wage row as the data holds it: area code, then each figure, a number or, where BLS does not publish it,
   * the code of the BLS footnote that says why. */
  var ROW = { area: 0, employment: 1, p10: 2, p25: 3, median: 4, p75: 5, p90: 6, mean: 7 };

  function fold(text) {
    return String(text).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  /* --- titles -------------------------------------------------------------------- */

  /* A part of the title index ({occupations: [[id, O*NET title, other titles...], ...]}) as a flat list of choices. */
  function choices(index) {
    var out = [];
    index.occupations.forEach(function (entry) {
      out.push({ id: entry[0], title: entry[1], occupation: entry[1], official: true, key: fold(entry[1]) });
      entry.slice(2).forEach(function (title) {
        out.push({ id: entry[0], title: title, occupation: entry[1], official: false, key: fold(title) });
      });
    });
    return out;
  }

  /* How a choice is written in the picker: the title, and the O*NET occupation it is filed under. */
  function label(choice) {
    return choice.official ? choice.title : choice.title + " — " + choice.occupation;
  }

  /* Up to `limit` choices whose title holds every word typed; whole titles first, then titles that start with
   * what was typed, then the rest, each group shortest first. */
  function search(list, text, limit) {
    var wanted = fold(text);
    if (!wanted) return [];
    var words = wanted.split(" ");
    var found = list.filter(function (c) {
      var padded = " " + c.key;
      return words.every(function (word) { return padded.indexOf(" " + word) !== -1; });
    });
    function rank(c) {
      return (c.key === wanted ? 0 : c.key.indexOf(wanted) === 0 ? 1 : 2) * 1000 + c.key.length + (c.official ? 0 : 0.5);
    }
    found.sort(function (a, b) { return rank(a) - rank(b); });
    var seen = {};
    return found.filter(function (c) {
      var key = c.id + "|" + c.key;
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    }).slice(0, limit || 20);
  }

  /* What the typed text names: {choice} for one occupation, {ambiguous: [choices]} for a title several
   * occupations share, or null. A picker line ("Staff Nurse — Registered Nurses") names its occupation. */
  function resolve(list, text) {
    var typed = String(text).trim().toLowerCase();
    if (!typed) return null;
    var byLabel = list.filter(function (c) { return label(c).toLowerCase() === typed; });
    var matches = byLabel.length ? byLabel : list.filter(function (c) { return c.key === fold(text); });
    var ids = matches.map(function (c) { return c.id; }).filter(function (id, i, all) { return all.indexOf(id) === i; });
    if (!ids.length) return null;
    if (ids.length === 1) return { choice: matches.filter(function (c) { return c.official; })[0] || matches[0] };
    return { ambiguous: ids.map(function (id) { return matches.filter(function (c) { return c.id === id; })[0]; }) };
  }

  /* --- fetching -------------------------------------------------------------------- */

  var cache = {};

  function fetchJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  function occupation(folder, id) {
    return /^\d{2}-\d{4}(-\d{2})?$/.test(id) ? fetchJson(folder + id + ".json") : Promise.reject(new Error("not an occupation id"));
  }

  /* The part of the title index for what was typed (macros/render/occupation_files.py `title_key`: the first two
   * letters or digits of its first word). No part for those letters means no title has such a word. */
  function titles(folder, typed) {
    var key = fold(typed).split(" ")[0].slice(0, 2);
    if (!key) return Promise.resolve({ occupations: [], choices: [] });
    var url = folder + "titles/" + key + ".json";
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (response) {
        if (response.status === 404) return { occupations: [] };
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      }).then(function (index) {
        index.choices = choices(index);
        return index;
      });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  /* --- pay ------------------------------------------------------------------------- */

  function rowsByArea(pay) {
    var rows = {};
    (pay ? pay.rows : []).forEach(function (row) { rows[row[ROW.area]] = row; });
    return rows;
  }

  function published(value) {
    return typeof value === "number";
  }

  /* Why a row has no 25th–75th percentiles: its BLS footnote, or that BLS publishes no row for the area. */
  function withheld(row, footnotes) {
    if (!row) return "BLS publishes no estimate for this occupation there";
    var code = published(row[ROW.p25]) ? row[ROW.p75] : row[ROW.p25];
    return "BLS withholds them (footnote " + code + ": " + (footnotes[code] || "no text") + ")";
  }

  /* An area's figures by name, yearly, or hourly where BLS gives the area's wages by the hour only (its hourly
   * rows: area, p10, p25, median, p75, p90, mean): {period, employment, p10, p25, median, p75, p90, footnote},
   * a figure BLS does not publish null (`footnote`: why, for the yearly ones); null for an area BLS leaves out. */
  function figures(pay, areaId) {
    var row = rowsByArea(pay)[areaId];
    if (!row) return null;
    var hourly = (pay.hourly || []).filter(function (h) { return h[0] === areaId; })[0];
    var out = { period: hourly ? "hourly" : "annual", employment: published(row[ROW.employment]) ? row[ROW.employment] : null };
    ["p10", "p25", "median", "p75", "p90"].forEach(function (name, i) {
      var value = hourly ? hourly[i + 1] : row[ROW[name]];
      out[name] = published(value) ? value : null;
      if (!published(value) && !out.footnote) out.footnote = value;
    });
    return out;
  }

  /* The middle half of pay (25th to 75th percentile) for `area` (null for the nation): its own figures, else
   * its state's, else the nation's, yearly or, where BLS publishes them only so, hourly. {p25, median, p75,
   * ends: [p10, p90] or null, period, figures, basis, skipped: [{area, why}]}; p25 null where none is published;
   * null without wages. */
  function middleHalf(pay, area, states, footnotes) {
    if (!pay) return null;
    var rows = rowsByArea(pay);
    var tries = [area, area && area.kind === "metro" ? states[area.state] : null, { id: NATIONAL, name: "the United States" }];
    var skipped = [];
    for (var i = 0; i < tries.length; i++) {
      var basis = tries[i];
      if (!basis) continue;
      var found = figures(pay, basis.id);
      if (found && found.p25 !== null && found.p75 !== null) {
        var ends = found.p10 !== null && found.p90 !== null ? [found.p10, found.p90] : null;
        return { p25: found.p25, median: found.median, p75: found.p75, ends: ends, period: found.period, figures: found,
                 basis: basis, skipped: skipped };
      }
      skipped.push({ area: basis, why: withheld(rows[basis.id], footnotes) });
    }
    return { p25: null, p75: null, basis: null, skipped: skipped };
  }

  /* --- requirements -------------------------------------------------------------------- */

  var EDUCATION = {
    "Doctoral or professional degree": ["A doctoral or professional degree", "postgraduate degree"],
    "Master's degree": ["A master's degree", "postgraduate degree"],
    "Bachelor's degree": ["A bachelor's degree", "bachelor degree"],
    "Associate's degree": ["An associate's degree", "associate degree"],
    "Postsecondary nondegree award": ["A postsecondary certificate or other award short of a degree", "professional certificate"],
    "Some college, no degree": ["Some college coursework", null],
    "High school diploma or equivalent": ["A high school diploma or equivalent", "high school"],
    "No formal educational credential": ["", "no requirements"]
  };
  /* O*NET's Related Work Experience categories (RW 1-11) as a requirement, and the months at their low end. */
  var EXPERIENCE = [null, ["", 0], ["Up to a month of related work experience", 0], ["One to three months of related work experience", 1],
    ["Three to six months of related work experience", 3], ["Six months to a year of related work experience", 6],
    ["One to two years of related work experience", 12], ["Two to four years of related work experience", 24],
    ["Four to six years of related work experience", 48], ["Six to eight years of related work experience", 72],
    ["Eight to ten years of related work experience", 96], ["Over ten years of related work experience", 120]];

  /* The category most workers report on an O*NET scale: {category, label, percent}, or null. */
  function mostReported(record, scale) {
    var found = record.education && record.education[scale];
    if (!found || !found.length) return null;
    var best = found[0];
    found.forEach(function (item) { if (item[2] > best[2]) best = item; });
    return { category: best[0], label: best[1], percent: best[2] };
  }

  function listWords(words) {
    return words.length < 2 ? words.join("") : words.slice(0, -1).join(", ") + " and " + words[words.length - 1];
  }

  /* The posting's requirements, each with where it comes from: [{text, why}], plus experienceMonths and
   * education for the JSON-LD. Education is BLS's typical entry level; experience what most workers tell O*NET;
   * skills O*NET's five most important. */
  function requirements(record) {
    var items = [], months = null, education = null;
    var bls = record.projections;
    var entry = bls && EDUCATION[bls.education];
    if (entry) {
      education = entry[1];
      if (entry[0]) items.push({ text: entry[0], why: "BLS: typical education needed to enter the occupation, " + bls.education + "." });
    }
    var worked = mostReported(record, "RW");
    if (worked && EXPERIENCE[worked.category]) {
      months = EXPERIENCE[worked.category][1];
      if (EXPERIENCE[worked.category][0]) {
        items.push({ text: EXPERIENCE[worked.category][0], why: "O*NET: the related work experience most workers report, “" +
          worked.label + "” (" + worked.percent + "% of them)." });
      }
    } else if (bls && bls.experience === "5 years or more") {
      months = 60;
      items.push({ text: "Five or more years of experience in a related occupation", why: "BLS: typical work experience in a related occupation, 5 years or more." });
    } else if (bls && bls.experience === "None") {
      months = 0;
    }
    var skills = (record.skills || []).slice(0, 5).map(function (s) { return s[0].toLowerCase(); });
    if (skills.length) {
      items.push({ text: "Skill in " + listWords(skills), why: "O*NET: the five skills rated most important for this occupation." });
    }
    return { items: items, experienceMonths: months, education: education };
  }

  /* --- the picker ------------------------------------------------------------------- */

  /* Wire a text field with a datalist as a title picker: as the user types, the list offers matching titles
   * (the part of the index for the first word typed, fetched when first needed), and a title that names one occupation calls onPick(choice). `note` says what was
   * understood: several occupations for one title, or nothing yet. */
  function picker(input, list, note, folder, onPick) {
    input.addEventListener("input", function () {
      var typed = input.value;
      titles(folder, typed).then(function (index) {
        if (input.value !== typed) return;
        list.textContent = "";
        search(index.choices, typed, 30).forEach(function (choice) {
          var option = document.createElement("option");
          option.value = label(choice);
          list.appendChild(option);
        });
        var found = resolve(index.choices, typed);
        if (found && found.choice) {
          onPick(found.choice);
        } else if (found && found.ambiguous) {
          note.textContent = "O*NET files “" + typed.trim().slice(0, 60) + "” under " + found.ambiguous.length + " occupations: " +
            listWords(found.ambiguous.map(function (c) { return c.occupation; })) + ". Pick one from the list.";
        } else {
          note.textContent = typed.trim() ? "Type more of the title, then pick one from the list." : "";
        }
      }, function () {
        note.textContent = "The list of titles could not be loaded; reload the page to try again.";
      });
    });
  }

  return {
    NATIONAL: NATIONAL, ROW: ROW, published: published, fold: fold, choices: choices, label: label, search: search, resolve: resolve,
    occupation: occupation, titles: titles, rowsByArea: rowsByArea, figures: figures, middleHalf: middleHalf,
    mostReported: mostReported, requirements: requirements, listWords: listWords, picker: picker
  };
});
