"use strict";
/* What the any-job composer and the comparison share (docs/assets/occupations.js), on small literal inputs. */
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const O = require(path.join(__dirname, "..", "..", "docs", "assets", "occupations.js"));

const INDEX = {
  occupations: [
    ["29-1141", "Registered Nurses", "Staff Nurse", "RN", "Registered Nurse (RN)", "Account Executive"],
    ["29-1141-01", "Acute Care Nurses", "Staff Nurse"],
    ["41-3091", "Sales Representatives of Services", "Account Executive", "Account Manager"],
    ["15-1252", "Software Developers", "Software Engineer", "Developer"]
  ]
};
const CHOICES = O.choices(INDEX);

test("a title search finds alternate titles, whole titles first", () => {
  const found = O.search(CHOICES, "nurse");
  assert.deepEqual(found.slice(0, 2).map(O.label), ["Staff Nurse — Registered Nurses", "Staff Nurse — Acute Care Nurses"]);
  assert.ok(found.some((c) => c.title === "Registered Nurses" && c.official));
  assert.deepEqual(O.search(CHOICES, "software eng").map(O.label), ["Software Engineer — Software Developers"]);
  assert.deepEqual(O.search(CHOICES, "  "), []);
  assert.deepEqual(O.search(CHOICES, "urse"), [], "words match from their start");
});

test("a title names one occupation, several, or none", () => {
  assert.equal(O.resolve(CHOICES, "rn").choice.id, "29-1141");
  assert.equal(O.resolve(CHOICES, "Registered Nurses").choice.official, true);
  assert.equal(O.resolve(CHOICES, "Staff Nurse — Acute Care Nurses").choice.id, "29-1141-01");
  assert.deepEqual(O.resolve(CHOICES, "account executive").ambiguous.map((c) => c.id), ["29-1141", "41-3091"]);
  assert.equal(O.resolve(CHOICES, "Astronaut"), null);
  assert.equal(O.resolve(CHOICES, ""), null);
});

const STATES = { CO: { id: "0800000", name: "Colorado", kind: "state", state: "CO" } };
const FOOTNOTES = { 5: "This wage is equal to or greater than $115.00 per hour or $239,200 per year.", 8: "Estimate not released." };
const PAY = {
  soc: "29-1141", title: "Registered Nurses", rows: [
    ["0000000", 3300000, 66000, 79000, 93600, 114000, 135000, 98000],
    ["0800000", 58000, 70000, 82000, 95000, 111000, 128000, 97000],
    ["0019740", 30000, 71000, 84000, 97000, 113000, 130000, 99000],
    ["0014500", "8", "8", "8", 90000, "8", "8", "8"]
  ]
};

test("the middle half of pay is the place's own, else its state's, else the nation's, and says why", () => {
  const denver = { id: "0019740", name: "Denver-Aurora-Centennial, CO", kind: "metro", state: "CO" };
  const own = O.middleHalf(PAY, denver, STATES, FOOTNOTES);
  assert.deepEqual([own.p25, own.median, own.p75, own.ends, own.period, own.basis, own.skipped],
    [84000, 97000, 113000, [71000, 130000], "annual", denver, []]);
  const boulder = { id: "0014500", name: "Boulder, CO", kind: "metro", state: "CO" };
  const fallback = O.middleHalf(PAY, boulder, STATES, FOOTNOTES);
  assert.equal(fallback.p25, 82000);
  assert.equal(fallback.basis.name, "Colorado");
  assert.equal(fallback.skipped[0].why, "BLS withholds them (footnote 8: Estimate not released.)");
  const nowhere = { id: "0099999", name: "Nowhere, TX", kind: "metro", state: "TX" };
  const national = O.middleHalf(PAY, nowhere, STATES, FOOTNOTES);
  assert.equal(national.p75, 114000);
  assert.equal(national.skipped[0].why, "BLS publishes no estimate for this occupation there");
  assert.equal(O.middleHalf(PAY, null, STATES, FOOTNOTES).basis.id, "0000000");
  assert.equal(O.middleHalf(null, denver, STATES, FOOTNOTES), null);
  const topCoded = { soc: "29-1215", title: "Family Medicine Physicians", rows: [["0000000", 100, 90000, 180000, 230000, "5", "5", 240000]] };
  const none = O.middleHalf(topCoded, null, STATES, FOOTNOTES);
  assert.equal(none.p25, null);
  assert.equal(none.skipped[0].why, "BLS withholds them (footnote 5: " + FOOTNOTES[5] + ")");
});

test("where BLS gives wages by the hour only, the middle half is hourly, the place's own, else its state's", () => {
  const actors = { soc: "27-2011", title: "Actors", rows: [
    ["0000000", 55000, "4", "4", "4", "4", "4", "4"], ["0800000", 200, "8", "8", "8", "8", "8", "8"],
    ["0019740", 120, "4", "4", "4", "4", "4", "4"]],
  hourly: [["0000000", 16.5, 20.34, 29.05, 97.95, 143.68, 58.29], ["0019740", 15, 18.25, 22, 30.5, 41, 25]] };
  const denver = { id: "0019740", name: "Denver-Aurora-Centennial, CO", kind: "metro", state: "CO" };
  const own = O.middleHalf(actors, denver, STATES, FOOTNOTES);
  assert.deepEqual([own.p25, own.median, own.p75, own.ends, own.period, own.basis.id], [18.25, 22, 30.5, [15, 41], "hourly", "0019740"]);
  const boulder = { id: "0014500", name: "Boulder, CO", kind: "metro", state: "CO" };
  const national = O.middleHalf(actors, boulder, STATES, FOOTNOTES);
  assert.deepEqual([national.p25, national.p75, national.period, national.basis.id], [20.34, 97.95, "hourly", "0000000"]);
  assert.equal(national.skipped[1].why, "BLS withholds them (footnote 8: Estimate not released.)");
  assert.deepEqual(O.figures(actors, "0800000"), { period: "annual", employment: 200, p10: null, p25: null, median: null,
    p75: null, p90: null, footnote: "8" });
});

test("requirements: BLS's entry education, the experience most workers report, the five most important skills", () => {
  const record = {
    projections: { education: "Bachelor's degree", experience: "None" },
    education: { RW: [[1, "None", 20.5], [6, "Over 1 year, up to and including 2 years", 41.2], [7, "Over 2 years, up to and including 4 years", 30]] },
    skills: [["Active Listening", 4.1], ["Speaking", 4], ["Critical Thinking", 3.9], ["Monitoring", 3.8], ["Coordination", 3.7], ["Writing", 3.5]]
  };
  const found = O.requirements(record);
  assert.deepEqual(found.items.map((i) => i.text), ["A bachelor's degree", "One to two years of related work experience",
    "Skill in active listening, speaking, critical thinking, monitoring and coordination"]);
  assert.equal(found.education, "bachelor degree");
  assert.equal(found.experienceMonths, 12);
  assert.match(found.items[1].why, /41\.2%/);
});

test("requirements where O*NET rates nothing: BLS alone, and nothing made up", () => {
  const found = O.requirements({ projections: { education: "High school diploma or equivalent", experience: "5 years or more" },
    education: null, skills: null });
  assert.deepEqual(found.items.map((i) => i.text), ["A high school diploma or equivalent", "Five or more years of experience in a related occupation"]);
  assert.equal(found.experienceMonths, 60);
  assert.deepEqual(O.requirements({ projections: null, education: null, skills: null }).items, []);
});
