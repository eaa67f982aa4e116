"use strict";
/* The pay-transparency checklist (docs/assets/paylaws.js) on small literal laws, checked as text. */
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const L = require(path.join(__dirname, "..", "..", "docs", "assets", "paylaws.js"));

const NO_RULES = { both_ends: false, max_spread_percent: null, max_spread_amount: null, currency: "USD",
                   periods: ["annual", "hourly"], binding: true, has_rules: false };
function law(fields) {
  return Object.assign({ locality: null, remote: true, requires: ["pay-range"], changes: [], range: NO_RULES,
                         unconfirmed: [], labels: { "pay-range": "Pay", "benefits": "Benefits" } }, fields);
}
const LAWS = [
  law({ id: "ny", name: "New York State", states: ["NY"], starts: "2023-09-17" }),
  law({ id: "nyc", name: "New York City", states: ["NY"], starts: "2022-11-01",
        locality: { name: "New York City", city: "New York", metros: ["m-ny"] } }),
  law({ id: "nj", name: "New Jersey", states: ["NJ"], starts: "2025-06-01",
        changes: [{ date: "2026-01-01", requires: ["benefits"], binding: true }, { date: "2025-09-15", requires: ["x"], binding: false }] }),
  law({ id: "columbus", name: "Columbus", states: ["OH"], starts: "2027-01-01", remote: false,
        locality: { name: "Columbus", city: "Columbus", metros: ["m-col"] } }),
  law({ id: "co", name: "Colorado", states: ["CO"], starts: "2021-01-01" }),
  law({ id: "de", name: "Delaware", states: ["DE"], starts: "2027-09-26" })
];
const METRO_NY = { kind: "metro", states: ["NY", "NJ"], metro: { id: "m-ny" }, city: null };
const CITY_NY = { kind: "city", states: ["NY"], metro: { id: "m-ny" }, city: "New York" };
const CITY_COLUMBUS = { kind: "city", states: ["OH"], metro: { id: "m-col" }, city: "Columbus" };

function ids(result) {
  return { now: result.now.map((l) => l.id).join(" "), upcoming: result.upcoming.map((l) => l.id).join(" ") };
}
function office(found, date, extra) {
  return ids(L.applicable(LAWS, Object.assign({ arrangement: "office", found: found, states: found.states, localities: [], date: date }, extra)));
}

test("an office job: each state of a metro area until one is chosen; a city's law only in the city", () => {
  assert.deepEqual(office(METRO_NY, "2026-12-07"), { now: "ny nj", upcoming: "" });
  assert.deepEqual(office(METRO_NY, "2026-12-07", { states: ["NJ"] }), { now: "nj", upcoming: "" });
  assert.deepEqual(office(METRO_NY, "2026-12-07", { localities: ["nyc"] }), { now: "ny nyc nj", upcoming: "" });
  assert.deepEqual(office(CITY_NY, "2026-12-07"), { now: "ny nyc", upcoming: "" });
  assert.deepEqual(L.localQuestions(LAWS, METRO_NY).map((l) => l.id), ["nyc"]);
  assert.deepEqual(L.localQuestions(LAWS, CITY_NY).map((l) => l.id), []);
  assert.deepEqual(L.localQuestions(LAWS, { kind: "state", states: ["OH"] }).map((l) => l.id), ["columbus"]);
});

test("on the right date: the day before a law starts it is upcoming, on the day it applies", () => {
  assert.deepEqual(office(CITY_COLUMBUS, "2026-12-31"), { now: "", upcoming: "columbus" });
  assert.deepEqual(office(CITY_COLUMBUS, "2027-01-01"), { now: "columbus", upcoming: "" });
  assert.deepEqual(office(CITY_COLUMBUS, "2025-12-31"), { now: "", upcoming: "" }, "more than twelve months ahead");
  assert.equal(L.yearAfter("2026-12-31"), "2027-12-31");
  assert.equal(L.yearAfter("2028-02-29"), "2029-02-28");
});

test("a remote job: the laws where the hire may live, by the states named or anywhere", () => {
  const remote = (states, date) => ids(L.applicable(LAWS, { arrangement: "remote", remoteStates: states, date: date }));
  assert.deepEqual(remote(["CO"], "2026-12-07"), { now: "co", upcoming: "" });
  assert.deepEqual(remote(null, "2026-12-07"), { now: "ny nyc nj co", upcoming: "de" });
  assert.deepEqual(remote(["OH"], "2027-06-01"), { now: "", upcoming: "" }, "Columbus does not cover remote jobs");
  const unsure = [law({ id: "city", states: ["NJ"], starts: "2020-01-01", remote: "unconfirmed", locality: { name: "C", metros: [] } }),
                  law({ id: "state", states: ["NJ"], starts: "2020-01-01", remote: "unconfirmed" })];
  assert.deepEqual(ids(L.applicable(unsure, { arrangement: "remote", remoteStates: ["NJ"], date: "2026-12-07" })),
    { now: "state", upcoming: "" }, "a city's law reaches remote jobs only when known to");
});

test("what a law asks on a date: binding changes add from their date, proposals never", () => {
  assert.deepEqual(L.requirementsOn(LAWS[2], "2025-12-31"), ["pay-range"]);
  assert.deepEqual(L.requirementsOn(LAWS[2], "2026-01-01"), ["pay-range", "benefits"]);
});

test("parsePay reads yearly and hourly ranges, open or closed", () => {
  const read = (t) => JSON.stringify(L.parsePay(t));
  assert.equal(read("$90,000–$110,000"), '{"min":90000,"max":110000,"period":"annual"}');
  assert.equal(read("90k - 110k a year"), '{"min":90000,"max":110000,"period":"annual"}');
  assert.equal(read("$25–$35 an hour"), '{"min":25,"max":35,"period":"hourly"}');
  assert.equal(read("$30+ an hour"), '{"min":30,"max":null,"period":"hourly"}');
  assert.equal(read("from $90,000 and up"), '{"min":90000,"max":null,"period":"annual"}');
  assert.equal(read("competitive"), "null");
  assert.equal(read("$110,000–$90,000"), "null");
});

const SPREAD_60 = law({ id: "nj", name: "New Jersey", range: Object.assign({}, NO_RULES, { both_ends: true, max_spread_percent: 60, binding: false }) });
const SPREAD_50K = law({ id: "on", name: "Ontario", range: Object.assign({}, NO_RULES, { max_spread_amount: 50000, currency: "CAD" }) });
const BOTH_ENDS = law({ id: "md", name: "Maryland", range: Object.assign({}, NO_RULES, { both_ends: true }) });
const ANNUAL_ONLY = law({ id: "yr", name: "Yearly", range: Object.assign({}, NO_RULES, { periods: ["annual"] }) });

test("range rules: largest spread as a percent or an amount, both ends, the pay period", () => {
  const problems = (rules, text) => L.rangeProblems(rules, L.parsePay(text));
  assert.deepEqual(problems(SPREAD_60, "$100,000–$160,000"), []);
  assert.deepEqual(problems(SPREAD_60, "$100,000–$161,000"),
    ["the maximum may be at most 60% above the minimum, $160,000 for a minimum of $100,000; this one is 61% above it"]);
  assert.deepEqual(problems(SPREAD_60, "$20–$32 an hour"), []);
  assert.equal(problems(SPREAD_60, "$20–$34 an hour").length, 1);
  assert.deepEqual(problems(SPREAD_50K, "$80,000–$130,000"), []);
  assert.deepEqual(problems(SPREAD_50K, "$80,000–$130,001"),
    ["the maximum may be at most C$50,000 above the minimum; this one is C$50,001 above it"]);
  assert.deepEqual(problems(BOTH_ENDS, "$30–$40 an hour"), []);
  assert.deepEqual(problems(BOTH_ENDS, "$30+ an hour"),
    ["it needs a maximum: an open-ended range such as “from $30” or “$30+” is not allowed"]);
  assert.deepEqual(problems(ANNUAL_ONLY, "$25–$35 an hour"), ["it asks for annual pay, and this range reads as hourly"]);
});

test("the checklist as HTML names each law, the range verdict and what starts within twelve months, escaped", () => {
  const hostile = law({ id: "x", name: "<b>X</b>", states: ["NY"], starts: "2020-01-01",
                        range: Object.assign({}, BOTH_ENDS.range, { has_rules: true }) });
  const html = L.checklistHtml({ now: [hostile], upcoming: [LAWS[5]] }, { pay: "$90,000+" }, "2026-12-07", "../law/", "Dated.");
  assert.match(html, /^<p>Dated\.<\/p><h4><a href="..\/law\/#law-x">&lt;b&gt;X&lt;\/b&gt;<\/a><\/h4>/);
  assert.match(html, /Range refused:<\/span> &lt;b&gt;X&lt;\/b&gt;&#x27;s range rules: it needs a maximum/);
  assert.match(html, /Delaware<\/a>, in force from 2027-09-26: Pay<\/li>/);
});
