/* The pay-transparency checklist, free of the page: which laws cover a posting for a place (places.js
 * matches) and a posting date, what comes into force within the next twelve months, what each law asks a
 * posting to show on that date, and whether a typed pay range meets each law's range rules. The laws are
 * the data macros/render/law_checklist.py embeds. A plain browser script (window.RoleGuidesPayLaws, after
 * posting.js) and a CommonJS module for the unit tests. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("./posting.js"));
  else root.RoleGuidesPayLaws = factory(root.RoleGuidesPosting);
})(this, function (Posting) {
  "use strict";

  var escapeHtml = Posting.escapeHtml;

  function isDate(text) {
    return /^\d{4}-\d{2}-\d{2}$/.test(String(text || "")) && !isNaN(Date.parse(text));
  }

  /* "2026-12-07" plus twelve months: "2027-12-07" (the same day a year on; Feb 29 gives Feb 28). */
  function yearAfter(date) {
    var next = String(Number(date.slice(0, 4)) + 1) + date.slice(4);
    return next.slice(5) === "02-29" ? next.slice(0, 8) + "28" : next;
  }

  function overlaps(a, b) {
    return a.some(function (x) { return b.indexOf(x) !== -1; });
  }

  function normal(text) {
    return String(text || "").toLowerCase().replace(/\./g, "").trim();
  }

  /* Local laws the form should ask about: those of a county or city inside the place matched, unless the
   * match is that very city (then the law simply applies). */
  function localQuestions(laws, found) {
    if (!found || !found.states) return [];
    return laws.filter(function (law) {
      if (!law.locality || !overlaps(law.states, found.states) || isInCity(law, found)) return false;
      return found.kind === "state" || (found.metro && law.locality.metros.indexOf(found.metro.id) !== -1);
    });
  }

  function isInCity(law, found) {
    return !!(law.locality && law.locality.city && found && found.kind === "city" &&
      normal(found.city) === normal(law.locality.city) && found.metro &&
      law.locality.metros.indexOf(found.metro.id) !== -1 && overlaps(law.states, found.states));
  }

  /* posting: {arrangement, found (a places.js match, office or hybrid), states (the job's states: one once
   * known, each candidate until then), remoteStates (null: anywhere in the US), localities (ids of local laws
   * the form was told apply), date}. Returns {now: [laws in force on the date], upcoming: [laws whose
   * posting duty starts within twelve months after it]}. */
  function applicable(laws, posting) {
    var covering = laws.filter(function (law) {
      if (posting.arrangement === "remote") {
        // A state's law whose remote reach is unconfirmed is listed (and said to be); a city's only when it is known
        // to reach remote jobs, since a hire anywhere in the state need not be in the city.
        var reaches = law.locality ? law.remote === true : law.remote !== false;
        return reaches && (!posting.remoteStates || overlaps(law.states, posting.remoteStates));
      }
      if (!posting.states || !posting.states.length || !overlaps(law.states, posting.states)) return false;
      return !law.locality || isInCity(law, posting.found) || (posting.localities || []).indexOf(law.id) !== -1;
    });
    var until = yearAfter(posting.date);
    return {
      now: covering.filter(function (law) { return law.starts <= posting.date; }),
      upcoming: covering.filter(function (law) { return law.starts > posting.date && law.starts <= until; })
    };
  }

  /* What a law asks a posting to show on `date`: its own list and what dated, binding changes added. */
  function requirementsOn(law, date) {
    var ids = law.requires.slice();
    law.changes.forEach(function (change) {
      if (change.binding && change.date <= date) {
        change.requires.forEach(function (id) { if (ids.indexOf(id) === -1) ids.push(id); });
      }
    });
    return ids;
  }

  /* A pay range as typed, yearly or hourly: "$90,000–$110,000", "90k-110k", "$25–$35 an hour",
   * "$30+ an hour", "$90,000 and up". {min, max (null when open-ended), period: "annual" | "hourly"}, or
   * null when it cannot be read. Amounts under $1,000 with no period given are taken as hourly. */
  function parsePay(text) {
    var clean = String(text || "").toLowerCase().replace(/,/g, "").replace(/\s+/g, " ").trim();
    var hourly = /(an|per|\/) ?(hour|hr)\b|hourly/.test(clean);
    var yearly = /(a|per|\/) ?(year|yr)\b|annual/.test(clean);
    clean = clean.replace(/(an|per|a|\/) ?(hour|hr|year|yr)\b|hourly|annually|annual/g, "").trim();
    var amount = "\\$? ?(\\d+(?:\\.\\d+)?) ?(k)?";
    var both = new RegExp("^" + amount + " ?(?:-|–|—|to) ?" + amount + "$").exec(clean);
    var open = new RegExp("^(?:from )?" + amount + " ?(?:\\+|or more|and up|and above)$").exec(clean);
    function value(number, k) { return Number(number) * (k ? 1000 : 1); }
    var range = both ? { min: value(both[1], both[2] || (both[4] && Number(both[1]) < 1000 ? "k" : "")), max: value(both[3], both[4]) }
      : open ? { min: value(open[1], open[2]), max: null } : null;
    if (!range || !(range.min > 0) || (range.max !== null && range.max < range.min)) return null;
    range.period = hourly ? "hourly" : yearly ? "annual" : range.min < 1000 ? "hourly" : "annual";
    return range;
  }

  function money(amount, currency) {
    var sign = { USD: "$", CAD: "C$", EUR: "€" }[currency || "USD"];
    var whole = Math.round(amount) === amount;
    return sign + (whole ? String(amount) : amount.toFixed(2)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  /* What is wrong with `pay` under one law's range rules: a list of sentences (empty: it fits). */
  function rangeProblems(law, pay) {
    var rules = law.range, out = [];
    if (!pay) return out;
    if (rules.both_ends && pay.max === null) out.push("it needs a maximum: an open-ended range such as “from " + money(pay.min) + "” or “" + money(pay.min) + "+” is not allowed");
    if (pay.max !== null && rules.max_spread_percent && (pay.max - pay.min) > pay.min * rules.max_spread_percent / 100) {
      out.push("the maximum may be at most " + rules.max_spread_percent + "% above the minimum, " +
        money(pay.min + pay.min * rules.max_spread_percent / 100) + " for a minimum of " + money(pay.min) + "; this one is " +
        Math.round((pay.max - pay.min) / pay.min * 100) + "% above it");
    }
    if (pay.max !== null && rules.max_spread_amount && pay.max - pay.min > rules.max_spread_amount) {
      out.push("the maximum may be at most " + money(rules.max_spread_amount, rules.currency) + " above the minimum; this one is " +
        money(pay.max - pay.min, rules.currency) + " above it");
    }
    if (rules.periods.indexOf(pay.period) === -1) out.push("it asks for " + rules.periods.join(" or ") + " pay, and this range reads as " + pay.period);
    return out;
  }

  /* What the posting shows, as the checklist's requirement ids see it: true (shown), false (missing) or
   * null (asked only when the role has it, or something the form cannot judge). */
  function shown(state) {
    var base = parsePay(state.pay);
    var variable = !!state.variable && state.variable !== "none";
    var ote = !!parsePay(state.ote);
    return {
      "pay-range": !!base,
      "not-open-ended": !!(base && base.max !== null),
      "benefits": String(state.benefits || "").trim().length > 0,
      "other-compensation": variable || ote ? true : null,
      "application-deadline": !!state.deadline,
      "commission-statement": /commission/.test(state.variable || "") ? true : null,
      "job-description": true,
      "how-to-apply": String(state.apply || "").trim().length > 0,
      "good-faith-range": null
    };
  }

  /* One item per requirement of each law on `date`: {law, requirement, met} with met true, false or null. */
  function checklist(laws, state, date) {
    var has = shown(state);
    var items = [];
    laws.forEach(function (law) {
      requirementsOn(law, date).forEach(function (requirement) {
        var met = Object.prototype.hasOwnProperty.call(has, requirement) ? has[requirement] : null;
        items.push({ law: law, requirement: requirement, met: met });
      });
    });
    return items;
  }

  var STATUS = { "true": ["met", "Shown"], "false": ["unmet", "Missing"], "null": ["maybe", "If it applies"] };

  function lawHeading(law, link) {
    return "<h4><a href=\"" + escapeHtml(link + "#law-" + law.id) + "\">" + escapeHtml(law.name) + "</a></h4>";
  }

  /* The checklist as HTML: each law in force on the posting date with its items and range rules, then what
   * comes into force within twelve months. `result` is applicable()'s; `link` is the law page's address. */
  function checklistHtml(result, state, date, link, note) {
    var out = note ? ["<p>" + escapeHtml(note) + "</p>"] : [];
    var items = checklist(result.now, state, date);
    var pay = parsePay(state.pay);
    result.now.forEach(function (law) {
      out.push(lawHeading(law, link));
      if (state.arrangement === "remote" && law.remote === "unconfirmed") {
        out.push('<p class="rg-note">Whether this law covers remote jobs is unconfirmed.</p>');
      }
      out.push("<ul>");
      items.filter(function (item) { return item.law === law; }).forEach(function (item) {
        var status = STATUS[String(item.met)];
        var unsure = law.unconfirmed.indexOf(item.requirement) !== -1 ? " (unconfirmed)" : "";
        out.push('<li class="rg-check-' + status[0] + '"><span class="rg-check-status">' + status[1] + ":</span> " +
          escapeHtml(law.labels[item.requirement]) + unsure + "</li>");
      });
      var problems = rangeProblems(law, pay);
      if (pay && (problems.length || law.range.has_rules)) {
        var proposed = law.range.binding ? "" : " (a proposed rule the agency asks employers to follow)";
        out.push('<li class="rg-check-' + (problems.length ? "unmet" : "met") + '"><span class="rg-check-status">' +
          (problems.length ? "Range refused" : "Range fits") + ":</span> " + escapeHtml(problems.length
            ? law.name + "'s range rules" + proposed + ": " + problems.join("; ") + "."
            : law.name + "'s range rules" + proposed + ".") + "</li>");
      }
      out.push("</ul>");
    });
    if (result.upcoming.length) {
      out.push("<p><strong>Starting within twelve months of the posting date:</strong></p><ul>");
      result.upcoming.forEach(function (law) {
        out.push('<li><a href="' + escapeHtml(link + "#law-" + law.id) + '">' + escapeHtml(law.name) + "</a>, " +
          (law.enforced ? "enforced from " : "in force from ") + escapeHtml(law.starts) + ": " +
          escapeHtml(requirementsOn(law, law.starts).map(function (r) { return law.labels[r]; }).join("; ")) + "</li>");
      });
      out.push("</ul>");
    }
    return out.join("");
  }

  return { isDate: isDate, yearAfter: yearAfter, localQuestions: localQuestions, applicable: applicable,
           requirementsOn: requirementsOn, parsePay: parsePay, rangeProblems: rangeProblems, shown: shown,
           checklist: checklist, checklistHtml: checklistHtml };
});
