/* Reading a place as people type it: a city ("San Francisco", "denver, co", "NYC", "Washington, DC"), a
 * state's name or code, or a BLS area name, against the site's place index (macros/domain/places.py
 * `place_index`: states, metro areas with their principal cities and states, aliases). Used by the posting
 * composer and by the pay tables' area filter. A plain browser script (window.RoleGuidesPlaces) and a
 * CommonJS module for the unit tests. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.RoleGuidesPlaces = factory();
})(this, function () {
  "use strict";

  /* "St. Louis,  MO" -> "st louis, mo": case, periods and spacing do not matter. */
  function normal(text) {
    return String(text || "").toLowerCase().replace(/\./g, "").replace(/\s*,\s*/g, ", ").replace(/\s+/g, " ").trim();
  }

  function lookups(index) {
    if (index._lookups) return index._lookups;
    var states = {}, areas = {}, cities = {}, aliases = {};
    index.states.forEach(function (s) {
      states[normal(s.code)] = s;
      states[normal(s.name)] = s;
      areas[normal(s.name)] = { state: s };
    });
    states["washington dc"] = states["dc"];
    index.metros.forEach(function (m) {
      areas[normal(m.name)] = { metro: m };
      m.cities.forEach(function (city) {
        (cities[normal(city)] = cities[normal(city)] || []).push({ city: city, metro: m });
      });
    });
    index.aliases.forEach(function (a) { aliases[normal(a.alias)] = a; });
    Object.defineProperty(index, "_lookups", { value: { states: states, areas: areas, cities: cities, aliases: aliases } });
    return index._lookups;
  }

  function stateOf(index, code) {
    for (var i = 0; i < index.states.length; i++) if (index.states[i].code === code) return index.states[i];
    return null;
  }

  function stateName(index, code) {
    var state = stateOf(index, code);
    return state ? state.name : code;
  }

  function names(index, codes) {
    var list = codes.map(function (code) { return stateName(index, code); });
    return list.length < 2 ? list.join("") : list.slice(0, -1).join(", ") + " and " + list[list.length - 1];
  }

  /* A match: {kind: "state" | "metro" | "city", states: [codes] (more than one: the state is not known yet),
   * city, metro, area (the BLS area whose pay applies), understood (a sentence)}; or {kind: "unknown"}; or
   * {kind: "choice", choices: [...]} when a city is in several states. */
  function stateMatch(index, state, note) {
    return { kind: "state", states: [state.code], city: null, metro: null, area: state.area,
             understood: "Understood: " + state.name + " (the whole state)." + (note || "") };
  }

  function metroMatch(index, metro) {
    var spans = metro.states.length > 1 ? ", which spans " + names(index, metro.states) : "";
    return { kind: "metro", states: metro.states.slice(), city: null, metro: metro, area: metro.id,
             understood: "Understood: the " + metro.name + " metro area" + spans + "." };
  }

  function cityMatch(index, city, metro, state) {
    var states = state ? [state] : metro.states.slice();
    var where = state ? city + ", " + stateName(index, state) : city;
    var spans = states.length > 1 ? ", which spans " + names(index, states) : "";
    return { kind: "city", states: states, city: city, metro: metro, area: metro.id,
             understood: "Understood: " + where + " (" + metro.name + " metro area" + spans + ")." };
  }

  /* The metro areas a city is a principal city of, kept to those in `state` when one is given. */
  function cityMatches(index, cityText, state) {
    var found = lookups(index).cities[normal(cityText)] || [];
    return found.filter(function (f) { return !state || f.metro.states.indexOf(state) !== -1; });
  }

  function fromCity(index, cityText, state, typed) {
    var found = cityMatches(index, cityText, state);
    if (found.length === 1) return cityMatch(index, found[0].city, found[0].metro, state || (found[0].metro.states.length === 1 ? found[0].metro.states[0] : null));
    if (found.length > 1) {
      return { kind: "choice", choices: found.map(function (f) { return f.city + ", " + f.metro.states.join("-"); }),
               understood: "“" + (typed || cityText) + "” is a principal city of several metro areas: " +
                 found.map(function (f) { return f.metro.name; }).join("; ") + ". Add the state, e.g. “" + found[0].city + ", " + found[0].metro.states[0] + "”." };
    }
    return null;
  }

  function fromAlias(index, text) {
    var alias = lookups(index).aliases[normal(text)];
    if (!alias) return null;
    var found = cityMatches(index, alias.city, alias.state);
    return found.length ? cityMatch(index, found[0].city, found[0].metro, alias.state) : null;
  }

  /* "denver, co", "Denver CO", "Kansas City, Missouri": a place followed by a state's code or name. */
  function withState(index, text) {
    var l = lookups(index);
    var comma = text.lastIndexOf(",");
    var splits = [];
    if (comma !== -1) splits.push([text.slice(0, comma), text.slice(comma + 1)]);
    var words = text.replace(/,/g, " ").split(" ").filter(Boolean);
    for (var n = 1; n <= 3 && n < words.length; n++) splits.push([words.slice(0, -n).join(" "), words.slice(-n).join(" ")]);
    for (var i = 0; i < splits.length; i++) {
      var state = l.states[normal(splits[i][1])];
      if (!state) continue;
      var place = splits[i][0].trim();
      var alias = l.aliases[normal(place)];
      if (alias && alias.state === state.code) return fromAlias(index, place);
      var city = fromCity(index, place, state.code);
      if (city) return city;
      return stateMatch(index, state, " “" + place + "” is not a principal city of a BLS metro area in " + state.name +
        ", so the state's figures are used.");
    }
    return null;
  }

  function match(index, text) {
    var wanted = normal(text);
    if (!wanted) return null;
    var l = lookups(index);
    var area = l.areas[wanted];
    if (area && area.metro && area.metro.cities.length === 1) {  // "Columbus, OH": the city, in its metro area
      return cityMatch(index, area.metro.cities[0], area.metro, area.metro.states.length === 1 ? area.metro.states[0] : null);
    }
    if (area) return area.metro ? metroMatch(index, area.metro) : stateMatch(index, area.state);
    var alias = fromAlias(index, wanted);
    if (alias) {
      var same = l.states[wanted];
      if (same && same.code.toLowerCase() === wanted) alias.understood += " For the state of " + same.name + ", type its name.";
      return alias;
    }
    if (l.states[wanted]) return stateMatch(index, l.states[wanted]);
    return fromCity(index, wanted, null, text.trim()) || withState(index, wanted) || { kind: "unknown", understood: "" };
  }

  /* "Colorado, NY and new jersey" -> {states: ["CO", "NY", "NJ"], unknown: []}; entries that are no state's
   * name or code are listed in `unknown` as typed. */
  function matchStates(index, text) {
    var l = lookups(index);
    var out = { states: [], unknown: [] };
    String(text || "").split(/\s*(?:[,;\/]|\band\b|&)\s*/i).forEach(function (entry) {
      if (!entry.trim()) return;
      var state = l.states[normal(entry)];
      if (state && out.states.indexOf(state.code) === -1) out.states.push(state.code);
      else if (!state) out.unknown.push(entry.trim());
    });
    return out;
  }

  /* The BLS areas a match covers: a state's own area and every metro area reaching into it; a metro area
   * (or a city, by its metro area) itself. For the pay tables' filter. */
  function areasFor(index, found) {
    if (!found || found.kind === "unknown" || found.kind === "choice") return [];
    if (found.kind !== "state") return [found.area];
    var code = found.states[0];
    return [found.area].concat(index.metros.filter(function (m) { return m.states.indexOf(code) !== -1; })
      .map(function (m) { return m.id; }));
  }

  /* The place index, one file for the whole site (macros/build/postbuild.py writes it; pages name it by a relative
   * address, so the site works from any folder and offline): a promise of the index, fetched once per address. */
  var loading = {};
  function load(url) {
    if (!loading[url]) {
      loading[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      });
      loading[url].catch(function () { delete loading[url]; });
    }
    return loading[url];
  }

  /* An index that knows no place: what a page reads with when the index could not be loaded. */
  function empty() {
    return { states: [], metros: [], aliases: [] };
  }

  var UNAVAILABLE = "The list of places could not be loaded, so places are not recognized: reload the page to try again.";

  return { normal: normal, match: match, matchStates: matchStates, areasFor: areasFor, stateName: stateName,
           stateNames: names, load: load, empty: empty, UNAVAILABLE: UNAVAILABLE };
});
