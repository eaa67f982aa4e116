"use strict";
/* Reading a typed place (docs/assets/places.js) against a small literal index, checked as text. */
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const Places = require(path.join(__dirname, "..", "..", "docs", "assets", "places.js"));

function index() {
  return {
    states: [
      { code: "CO", name: "Colorado", area: "0800000" }, { code: "DC", name: "District of Columbia", area: "1100000" },
      { code: "LA", name: "Louisiana", area: "2200000" }, { code: "NJ", name: "New Jersey", area: "3400000" },
      { code: "NY", name: "New York", area: "3600000" }, { code: "OH", name: "Ohio", area: "3900000" },
      { code: "VA", name: "Virginia", area: "5100000" }, { code: "WA", name: "Washington", area: "5300000" },
      { code: "CA", name: "California", area: "0600000" }, { code: "GA", name: "Georgia", area: "1300000" }
    ],
    metros: [
      { id: "m-denver", name: "Denver-Aurora-Centennial, CO", cities: ["Denver", "Aurora", "Centennial"], states: ["CO"] },
      { id: "m-ny", name: "New York-Newark-Jersey City, NY-NJ", cities: ["New York", "Newark", "Jersey City"], states: ["NY", "NJ"] },
      { id: "m-sf", name: "San Francisco-Oakland-Fremont, CA", cities: ["San Francisco", "Oakland", "Fremont"], states: ["CA"] },
      { id: "m-la", name: "Los Angeles-Long Beach-Anaheim, CA", cities: ["Los Angeles", "Long Beach", "Anaheim"], states: ["CA"] },
      { id: "m-dc", name: "Washington-Arlington-Alexandria, DC-VA-MD-WV", cities: ["Washington", "Arlington", "Alexandria"],
        states: ["DC", "VA", "MD", "WV"] },
      { id: "m-col-oh", name: "Columbus, OH", cities: ["Columbus"], states: ["OH"] },
      { id: "m-col-ga", name: "Columbus, GA-AL", cities: ["Columbus"], states: ["GA", "AL"] }
    ],
    aliases: [{ alias: "NYC", city: "New York", state: "NY" }, { alias: "LA", city: "Los Angeles", state: "CA" }]
  };
}

function read(text) {
  const found = Places.match(index(), text);
  return found && [found.kind, found.area || "", (found.states || []).join(","), found.city || ""].join(" ");
}

test("a city, with or without its state, in any case and spelling, finds its metro area and state", () => {
  assert.equal(read("San Francisco"), "city m-sf CA San Francisco");
  assert.equal(read("denver, co"), "city m-denver CO Denver");
  assert.equal(read("Denver CO"), "city m-denver CO Denver");
  assert.equal(read("Denver, Colorado"), "city m-denver CO Denver");
  assert.equal(read("NYC"), "city m-ny NY New York");
  assert.equal(read("New York, NY"), "city m-ny NY New York");
  assert.equal(read("Washington, D.C."), "city m-dc DC Washington");
  assert.equal(read("Columbus, OH"), "city m-col-oh OH Columbus");
});

test("a state's name or code is the whole state; a metro area's name keeps every state it spans", () => {
  assert.equal(read("CO"), "state 0800000 CO ");
  assert.equal(read("colorado"), "state 0800000 CO ");
  assert.equal(read("Washington"), "state 5300000 WA ");
  assert.equal(read("New York-Newark-Jersey City, NY-NJ"), "metro m-ny NY,NJ ");
  assert.equal(read("Newark"), "city m-ny NY,NJ Newark");
});

test("what was understood is said in words, and an unknown or ambiguous place says so", () => {
  const I = index();
  assert.equal(Places.match(I, "denver, co").understood, "Understood: Denver, Colorado (Denver-Aurora-Centennial, CO metro area).");
  assert.equal(Places.match(I, "New York-Newark-Jersey City, NY-NJ").understood,
    "Understood: the New York-Newark-Jersey City, NY-NJ metro area, which spans New York and New Jersey.");
  assert.match(Places.match(I, "LA").understood, /Los Angeles, California .* For the state of Louisiana, type its name\.$/);
  assert.match(Places.match(I, "Aspen, CO").understood, /^Understood: Colorado \(the whole state\)\. “aspen” is not a principal city/);
  assert.equal(Places.match(I, "Atlantis").kind, "unknown");
  const columbus = Places.match(I, "Columbus");
  assert.equal(columbus.kind, "choice");
  assert.match(columbus.understood, /^“Columbus” is a principal city of several metro areas: Columbus, OH; Columbus, GA-AL\./);
  assert.equal(Places.match(I, "  "), null);
});

test("states named in a list: names and codes, each once, and what is not a state", () => {
  assert.deepEqual(Places.matchStates(index(), "Colorado, CO, new jersey and NY; Atlantis"),
    { states: ["CO", "NJ", "NY"], unknown: ["Atlantis"] });
  assert.deepEqual(Places.matchStates(index(), ""), { states: [], unknown: [] });
  assert.equal(Places.stateNames(index(), ["CO", "NJ", "NY"]), "Colorado, New Jersey and New York");
});

test("the areas a filter shows: a state and the metro areas reaching into it, or a city's metro area", () => {
  const I = index();
  assert.deepEqual(Places.areasFor(I, Places.match(I, "NJ")), ["3400000", "m-ny"]);
  assert.deepEqual(Places.areasFor(I, Places.match(I, "NYC")), ["m-ny"]);
  assert.deepEqual(Places.areasFor(I, Places.match(I, "Atlantis")), []);
});
