/* The posting composer's logic, free of the page: composing a posting from the guide's data and the
 * form's state, the three copy formats, and pay arithmetic and parsing (the pay-transparency checklist is
 * paylaws.js).
 * A plain browser script (window.RoleGuidesPosting) and a CommonJS module for the unit tests. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.RoleGuidesPosting = factory();
})(this, function () {
  "use strict";

  var PLACEHOLDER = /\[([^\[\]]*)\]/g;

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  }

  /* Same rules as md_escape in macros/render/exports.py: the text renders exactly as written, on one line,
   * never as a link, image, heading, list, HTML or autolink; a placeholder such as [Company Name] stays as typed. */
  function escapeMarkdown(text) {
    return String(text)
      .replace(/[ \t]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029][ \t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*/g, " ")
      .replace(/^[ \t]+|[ \t]+$/g, "")
      .replace(/([\\`*_<>&|~])/g, "\\$1")
      .replace(/\](?=[(\[:])|!(?=\[)|^\[/g, "\\$&")
      .replace(/([a-z]):(?=\/\/)|(mailto|xmpp):/gi, "$1$2\\:")
      .replace(/(?<=[\p{L}\p{N}])\.(?=\p{L})/gu, "\\.")
      .replace(/^([0-9]*)([#>+=.)-])/, "$1\\$2");
  }

  /* --- pay -------------------------------------------------------------- */

  function roundThousand(amount) {
    return Math.floor(amount / 1000 + 0.5) * 1000;
  }

  /* The same arithmetic, in the same order, as macros/pay.py `scaled`. */
  function scaled(amount, median, nationalMedian) {
    return roundThousand(amount * median / nationalMedian);
  }

  function scaledRange(range, median, nationalMedian) {
    if (!median || !nationalMedian) return { min: range.min, max: range.max };
    return { min: scaled(range.min, median, nationalMedian), max: scaled(range.max, median, nationalMedian) };
  }

  /* macros/pay.py `placed` and `placed_end`, in the same order: the wage at the place's percentile that `amount`
   * holds nationally (percentiles are [10th, 25th, 50th, 75th, 90th]), rounded to $1,000 and kept within the
   * place's 10th–90th. */
  function placed(amount, points, national) {
    if (amount <= national[0]) return points[0];
    if (amount >= national[national.length - 1]) return points[points.length - 1];
    var i = 0;
    while (amount > national[i + 1]) i++;
    var share = (amount - national[i]) / (national[i + 1] - national[i]);
    return points[i] + share * (points[i + 1] - points[i]);
  }

  function placedEnd(amount, points, national) {
    var low = Math.ceil(points[0] / 1000) * 1000, high = Math.floor(points[points.length - 1] / 1000) * 1000;
    return Math.min(Math.max(roundThousand(placed(amount, points, national)), low), high);
  }

  /* A band moved to a place: by percentile where both distributions are published, else by the ratio of
   * medians; `capped` names the ends that lie beyond the national 90th (max) or 10th (min) percentile. */
  function placedRange(range, place, national) {
    if (!place || !place.percentiles || !national || !national.percentiles) {
      var out = scaledRange(range, place && place.median, national && national.median);
      out.capped = [];
      return out;
    }
    var top = national.percentiles[national.percentiles.length - 1];
    return {
      min: placedEnd(range.min, place.percentiles, national.percentiles),
      max: placedEnd(range.max, place.percentiles, national.percentiles),
      capped: (range.min < national.percentiles[0] ? ["min"] : []).concat(range.max > top ? ["max"] : [])
    };
  }

  /* Whether a range leaves the observed 10th–90th percentiles: "below", "above", "both" or "". */
  function outsideObserved(range, percentiles) {
    if (!range || !percentiles) return "";
    var below = range.min < percentiles[0], above = range.max !== null && range.max > percentiles[percentiles.length - 1];
    return below && above ? "both" : below ? "below" : above ? "above" : "";
  }

  function money(amount) {
    return "$" + Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function moneyRange(range) {
    return money(range.min) + "–" + money(range.max);
  }

  function cents(amount) {
    return "$" + amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  /* A range as the pay field shows it: "$90,000–$110,000", or "$25.50–$35.00 an hour". */
  function payRange(range) {
    if (range.period !== "hourly") return range.max === null ? money(range.min) + "+" : moneyRange(range);
    return (range.max === null ? cents(range.min) + "+" : cents(range.min) + "–" + cents(range.max)) + " an hour";
  }

  /* A pay range as people write it, yearly or hourly: "$90,000–$110,000", "90k - 110k", "$90,000 to $110,000",
   * "90–110k" give {min, max, period: "annual"}; "$90,000+" gives {min, max: null, period}; "$25–$35 an hour",
   * "$25.50 - $35 per hour", "$25-35/hr" and "$25+ hourly" give period "hourly". Anything else gives null, and so
   * do a yearly amount under $1,000 with no period written (an hourly rate, or a typo) and an hourly one of
   * $1,000 or more. */
  function parseRange(text) {
    var clean = String(text || "").toLowerCase().replace(/,/g, "").replace(/\s+/g, " ").trim();
    var per = / ?(?:(?:an|a|per) hour|\/ ?(?:hour|hr)|hourly)$/.exec(clean);
    var hourly = !!per;
    if (per) clean = clean.slice(0, per.index);
    var amount = "\\$? ?(\\d+(?:\\.\\d+)?) ?(k)?";
    var yearly = hourly ? "" : "(?: (?:a|per) year| annually)?";
    var both = new RegExp("^" + amount + " ?(?:-|–|—|to) ?" + amount + yearly + "$").exec(clean);
    var open = new RegExp("^" + amount + " ?(?:\\+|or more|and up)$").exec(clean);
    function value(number, k, otherK) {
      var n = Number(number);
      return k || (otherK && n < 1000) ? n * 1000 : n;
    }
    var range = both ? { min: value(both[1], both[2], both[4]), max: value(both[3], both[4], both[2]) }
      : open ? { min: value(open[1], open[2]), max: null } : null;
    if (!range || (range.max !== null && range.max < range.min)) return null;
    if (hourly) {
      if ((both && (both[2] || both[4])) || (open && open[2]) || !(range.min > 0) || (range.max || range.min) >= 1000) return null;
    } else if (range.min < 1000 || (range.max !== null && range.max < 1000)) {
      return null;
    }
    range.period = hourly ? "hourly" : "annual";
    return range;
  }

  /* --- composing ----------------------------------------------------------- */

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];

  /* "2027-01-15" as a US reader writes it, "January 15, 2027"; anything else as typed. */
  function usDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
    if (!parts || !MONTHS[Number(parts[2]) - 1]) return String(iso);
    return MONTHS[Number(parts[2]) - 1] + " " + Number(parts[3]) + ", " + parts[1];
  }

  function byId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  var SMALL_WORDS = ["with", "from", "that", "their", "your", "into", "and", "the", "for"];

  function contentWords(text) {
    return String(text).toLowerCase().split(/[^a-z]+/).filter(function (word) {
      return word.length > 3 && SMALL_WORDS.indexOf(word) === -1;
    });
  }

  /* Two bullets say the same thing when a third or more of their words (of four letters or more) are shared. */
  function sameThing(a, b) {
    var x = contentWords(a), y = contentWords(b);
    var shared = x.filter(function (word, i) { return y.indexOf(word) !== -1 && x.indexOf(word) === i; }).length;
    var all = x.concat(y).filter(function (word, i, list) { return list.indexOf(word) === i; }).length;
    return all > 0 && shared / all >= 1 / 3;
  }

  /* The items in order, without any that says the same thing as an earlier one. */
  function unique(items) {
    var kept = [];
    items.forEach(function (item) {
      if (String(item).trim() && !kept.some(function (other) { return sameThing(other, item); })) kept.push(item);
    });
    return kept;
  }

  var MAX_DUTIES = 8;

  /* A posting's duties: the level's, ranked as its sources rank them, with each industry duty taking the place
   * of the lowest-ranked level duty that shows the same competency (or joining the list where none does); then at
   * most eight, dropping the lowest-ranked of the level's own first. */
  function duties(level, industry) {
    var list = level.responsibilities.map(function (d) { return { text: d.text, competency: d.competency, own: true }; });
    (industry ? industry.responsibilities : []).forEach(function (d) {
      for (var i = list.length - 1; i >= 0; i--) {
        if (list[i].own && list[i].competency === d.competency) {
          list[i] = { text: d.text, competency: d.competency, own: false };
          return;
        }
      }
      list.push({ text: d.text, competency: d.competency, own: false });
    });
    while (list.length > MAX_DUTIES) {
      var last = -1;
      list.forEach(function (d, i) { if (d.own) last = i; });
      list.splice(last === -1 ? list.length - 1 : last, 1);
    }
    return unique(list.map(function (d) { return d.text; }));
  }

  function lines(text) {
    return String(text || "").split(/\n/).map(function (line) { return line.trim(); }).filter(Boolean);
  }

  /* `template` with each `key` replaced by `value` as typed: String.replace would read `$&`, `$'` and `$\``
   * in a replacement string as patterns. */
  function fillIn(template, key, value) {
    return String(template).split(key).join(value);
  }

  function variableLine(data, state, ote) {
    var words = data.text.variable[state.variable] || "";
    if (ote) return data.labels.ote + ": " + moneyRange(ote) + " " + data.labels.per_year + (words ? ", " + words : "") + ".";
    return words ? fillIn(data.text.variable_only, "{kind}", words) : "";
  }

  function payParagraphs(data, state) {
    var base = parseRange(state.pay);
    var hourly = base && base.period === "hourly";
    /* An hourly range says "an hour" as typed; a yearly one gets "a year" unless it says so already. */
    var perYear = base && !hourly && !/year|annual/i.test(state.pay) ? " " + data.labels.per_year : "";
    var out = [(hourly ? data.labels.hourly_pay : data.labels.base_pay) + ": " + (state.pay.trim() || "[Base Salary Range]") + perYear + "."];
    var line = variableLine(data, state, parseRange(state.ote));
    if (line) out.push(line);
    return out;
  }

  function locationParagraphs(data, state, arrangement, place) {
    var out = [data.labels.arrangement + ": " + arrangement.label + ". " + arrangement.posting_line];
    if (arrangement.id === "hybrid") {
      out.push(fillIn(data.text.office_days, "{days}", String(state.office_days || "").trim() || "3"));
    }
    if (arrangement.id === "remote") {
      var area = data.text.remote_area[state.remote_area] || data.text.remote_area.us;
      out.push(fillIn(fillIn(area, "{states}", state.remote_states.trim() || "[States]"),
        "{timezone}", state.remote_timezone.trim() || "[Time Zone]"));
    } else {
      out.push(data.labels.location + ": " + (state.location || (place ? place.name : "[Location]")) + ".");
    }
    var travel = data.text.travel[state.travel];
    if (travel) out.push(data.labels.travel + ": " + travel);
    return out;
  }

  /* The posting as sections, with placeholders still in brackets. `state` holds the form's values. */
  function compose(data, state) {
    var level = byId(data.levels, state.level) || data.levels[0];
    var industry = byId(data.industries, state.industry);
    var arrangement = byId(data.arrangements, state.arrangement) || data.arrangements[0];
    var place = state.place ? byId(data.places.areas, state.place) : null;
    var labels = data.labels, text = data.text;
    var deadline = state.deadline ? [fillIn(text.deadline, "{date}", usDate(state.deadline))] : [];
    var employment = text.employment[state.employment] || text.employment[Object.keys(text.employment)[0]];
    var authorization = text.work_authorization[state.sponsorship] ||
      text.work_authorization[Object.keys(text.work_authorization)[0]];
    var sections = [
      { id: "company", heading: labels.company, paragraphs: text.company },
      { id: "role", heading: labels.role, paragraphs: level.about.concat([
        labels.reports_to + ": " + level.reports_to + ".", labels.employment + ": " + employment + "."]) },
      { id: "responsibilities", heading: labels.responsibilities, bullets: duties(level, industry) },
      { id: "requirements", heading: labels.requirements, bullets: level.required },
      { id: "nice_to_have", heading: labels.nice_to_have, bullets: unique(level.preferred.concat(industry ? industry.preferred : [])) },
      { id: "pay", heading: labels.pay, paragraphs: payParagraphs(data, state), bullets: lines(state.benefits) },
      { id: "location", heading: labels.location_heading, paragraphs: locationParagraphs(data, state, arrangement, place) },
      { id: "authorization", heading: labels.authorization, paragraphs: [authorization] },
      { id: "apply", heading: labels.apply, paragraphs: lines(state.apply).concat(deadline, [text.accommodation]) },
      { id: "eeo", heading: labels.eeo, paragraphs: lines(state.eeo) }
    ];
    return {
      title: level.posting_title,
      sections: sections.map(function (s) {
        return { id: s.id, heading: s.heading, paragraphs: s.paragraphs || [], bullets: s.bullets || [] };
      }).filter(function (s) { return s.paragraphs.length || s.bullets.length; })
    };
  }

  /* What the choices made in the form put in their placeholders: [Industry] once an industry is chosen. What the
   * user typed in a placeholder's own field wins. */
  function choiceFills(data, state) {
    var fills = {};
    var industry = byId(data.industries, state.industry);
    if (industry && industry.in_posting) fills.Industry = industry.in_posting;
    return fills;
  }

  /* Every string of the posting passed through `write` (which fills, marks or escapes). */
  function mapPosting(post, write) {
    return {
      title: write(post.title),
      sections: post.sections.map(function (s) {
        return { id: s.id, heading: write(s.heading), paragraphs: s.paragraphs.map(write), bullets: s.bullets.map(write) };
      })
    };
  }

  function filler(filled) {
    return function (text) {
      return String(text).replace(PLACEHOLDER, function (match, token) {
        return Object.prototype.hasOwnProperty.call(filled, token) ? filled[token] : match;
      });
    };
  }

  /* HTML of `text` with each unfilled placeholder in a <mark>, for the on-page preview only. */
  function marker(filled) {
    return function (text) {
      var out = "", last = 0;
      text = String(text);
      text.replace(PLACEHOLDER, function (match, token, at) {
        out += escapeHtml(text.slice(last, at));
        out += Object.prototype.hasOwnProperty.call(filled, token)
          ? escapeHtml(filled[token]) : '<mark class="rg-placeholder">' + escapeHtml(match) + "</mark>";
        last = at + match.length;
      });
      return out + escapeHtml(text.slice(last));
    };
  }

  /* The placeholders still in a (filled) posting, each once, in order. */
  function unfilled(post) {
    var found = [];
    mapPosting(post, function (text) {
      String(text).replace(PLACEHOLDER, function (match) {
        if (found.indexOf(match) === -1) found.push(match);
        return match;
      });
      return text;
    });
    return found;
  }

  /* --- formats ------------------------------------------------------------- */

  function asText(post) {
    var blocks = [post.title];
    post.sections.forEach(function (s) {
      blocks.push([s.heading].concat(s.paragraphs, s.bullets.map(function (b) { return "• " + b; })).join("\n"));
    });
    return blocks.join("\n\n") + "\n";
  }

  function asMarkdown(post) {
    var e = escapeMarkdown;
    var blocks = ["# " + e(post.title)];
    post.sections.forEach(function (s) {
      var body = s.paragraphs.map(e);
      if (s.bullets.length) body.push(s.bullets.map(function (b) { return "- " + e(b); }).join("\n"));
      blocks.push(["## " + e(s.heading)].concat(body).join("\n\n"));
    });
    return blocks.join("\n\n") + "\n";
  }

  /* `post` holds HTML already (escaped or marked). Real headings, so a pasted copy keeps its outline; the
   * title is an h2 (or `level`, for a preview that sits deeper in a page), its sections one level below. */
  function asHtml(post, level) {
    var title = "h" + (level || 2), section = "h" + ((level || 2) + 1);
    var parts = ["<" + title + ">" + post.title + "</" + title + ">"];
    post.sections.forEach(function (s) {
      parts.push("<" + section + ">" + s.heading + "</" + section + ">");
      s.paragraphs.forEach(function (p) { parts.push("<p>" + p + "</p>"); });
      if (s.bullets.length) parts.push("<ul>" + s.bullets.map(function (b) { return "<li>" + b + "</li>"; }).join("") + "</ul>");
    });
    return parts.join("\n") + "\n";
  }

  return {
    PLACEHOLDER: PLACEHOLDER, escapeHtml: escapeHtml, escapeMarkdown: escapeMarkdown, fillIn: fillIn,
    roundThousand: roundThousand, scaledRange: scaledRange, placed: placed, placedEnd: placedEnd, placedRange: placedRange,
    outsideObserved: outsideObserved, money: money, cents: cents, moneyRange: moneyRange, payRange: payRange, parseRange: parseRange,
    compose: compose, duties: duties, choiceFills: choiceFills, MAX_DUTIES: MAX_DUTIES, mapPosting: mapPosting,
    filler: filler, marker: marker, unfilled: unfilled, unique: unique,
    sameThing: sameThing, usDate: usDate,
    asText: asText, asMarkdown: asMarkdown, asHtml: asHtml
  };
});
