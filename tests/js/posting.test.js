"use strict";
/* The posting composer's logic (docs/assets/posting.js) on small literal inputs, checked as text. */
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const P = require(path.join(__dirname, "..", "..", "docs", "assets", "posting.js"));

const DATA = {
  labels: {
    company: "About us", role: "The role", reports_to: "Reports to", responsibilities: "What you'll do",
    requirements: "What you'll need", nice_to_have: "Nice to have", pay: "Pay and benefits", base_pay: "Base pay",
    hourly_pay: "Hourly pay", per_year: "per year", ote: "On-target earnings", location_heading: "Where you'll work", arrangement: "Work arrangement",
    location: "Location", apply: "How to apply", eeo: "Equal opportunity", authorization: "Work authorization",
    employment: "Employment type", travel: "Travel"
  },
  text: {
    company: ["[Company Name] sells [Offering]."],
    variable: { none: "", commission: "plus commission", bonus: "plus a yearly bonus" },
    variable_only: "This role also earns {kind}.",
    remote_area: { us: "You can live anywhere in the United States.", states: "You must live in {states} and work {timezone} hours." },
    deadline: "Apply by {date}.",
    employment: { "full-time": "Full-time", "part-time": "Part-time" },
    travel: { little: "Little or no travel.", regular: "Monthly client visits." },
    office_days: "In the office {days} days a week.",
    work_authorization: { "no-sponsorship": "No visa sponsorship.", sponsorship: "Visa sponsorship available." },
    accommodation: "Ask [Accommodation Contact] for an accommodation."
  },
  levels: [
    { id: "junior", posting_title: "Junior Account Manager", about: ["You look after small accounts."], reports_to: "[Reports To]",
      responsibilities: [{ text: "Call every client each quarter", competency: "relationships" },
        { text: "Write renewal proposals", competency: "negotiation" }], required: ["One year in sales"],
      preferred: ["CRM experience"] },
    { id: "senior", posting_title: "Senior Account Manager", about: ["You own key accounts."], reports_to: "Head of Sales",
      responsibilities: [{ text: "Negotiate large renewals", competency: "negotiation" }],
      required: ["Five years in sales", "Contract negotiation"],
      preferred: ["An MBA"] }
  ],
  industries: [
    { id: "saas", in_posting: "software", responsibilities: [{ text: "Negotiate large software renewals", competency: "negotiation" },
      { text: "Track product usage", competency: "reporting" }], preferred: ["SaaS metrics"] }
  ],
  arrangements: [
    { id: "office", label: "Office-based", posting_line: "You'll work from our office." },
    { id: "hybrid", label: "Hybrid", posting_line: "Part office, part home." },
    { id: "remote", label: "Remote", posting_line: "You can work from home." }
  ],
  places: { areas: [{ id: "0035620", name: "New York-Newark-Jersey City, NY-NJ", kind: "metro", state: "NY" }] }
};

function state(overrides) {
  return Object.assign({ level: "junior", industry: "", arrangement: "office", place: "", pay: "", ote: "", variable: "none",
    benefits: "", apply: "", eeo: "", deadline: "", remote_area: "us", remote_states: "", remote_timezone: "",
    employment: "full-time", travel: "little", office_days: "3", sponsorship: "no-sponsorship" }, overrides);
}

test("an empty form gives the junior posting as text, placeholders still in brackets", () => {
  assert.equal(P.asText(P.compose(DATA, state({}))), [
    "Junior Account Manager",
    "About us\n[Company Name] sells [Offering].",
    "The role\nYou look after small accounts.\nReports to: [Reports To].\nEmployment type: Full-time.",
    "What you'll do\n• Call every client each quarter\n• Write renewal proposals",
    "What you'll need\n• One year in sales",
    "Nice to have\n• CRM experience",
    "Pay and benefits\nBase pay: [Base Salary Range].",
    "Where you'll work\nWork arrangement: Office-based. You'll work from our office.\nLocation: [Location].\nTravel: Little or no travel.",
    "Work authorization\nNo visa sponsorship.",
    "How to apply\nAsk [Accommodation Contact] for an accommodation.",
  ].join("\n\n") + "\n");
});

test("a full form: level, industry, place, pay, commission, benefits, how to apply, deadline and EEO", () => {
  const post = P.compose(DATA, state({
    level: "senior", industry: "saas", place: "0035620", pay: "$90,000 - $110,000", ote: "120k-150k", variable: "commission",
    benefits: "Health insurance\n\n  401(k) match  ", apply: "Send your CV to jobs@example.com", eeo: "We hire fairly.",
    deadline: "2027-01-15", employment: "part-time", travel: "regular", sponsorship: "sponsorship"
  }));
  assert.equal(P.asText(post), [
    "Senior Account Manager",
    "About us\n[Company Name] sells [Offering].",
    "The role\nYou own key accounts.\nReports to: Head of Sales.\nEmployment type: Part-time.",
    "What you'll do\n• Negotiate large software renewals\n• Track product usage",
    "What you'll need\n• Five years in sales\n• Contract negotiation",
    "Nice to have\n• An MBA\n• SaaS metrics",
    "Pay and benefits\nBase pay: $90,000 - $110,000 per year.\nOn-target earnings: $120,000–$150,000 per year, plus commission.\n" +
      "• Health insurance\n• 401(k) match",
    "Where you'll work\nWork arrangement: Office-based. You'll work from our office.\nLocation: New York-Newark-Jersey City, NY-NJ.\n" +
      "Travel: Monthly client visits.",
    "Work authorization\nVisa sponsorship available.",
    "How to apply\nSend your CV to jobs@example.com\nApply by January 15, 2027.\nAsk [Accommodation Contact] for an accommodation.",
    "Equal opportunity\nWe hire fairly.",
  ].join("\n\n") + "\n");
});

test("the section ids, in order, and empty sections left out", () => {
  const ids = (s) => P.compose(DATA, state(s)).sections.map((section) => section.id);
  assert.deepEqual(ids({}), ["company", "role", "responsibilities", "requirements", "nice_to_have", "pay", "location",
    "authorization", "apply"]);
  assert.deepEqual(ids({ apply: "Apply online", eeo: "EEO" }),
    ["company", "role", "responsibilities", "requirements", "nice_to_have", "pay", "location", "authorization", "apply", "eeo"]);
  assert.deepEqual(ids({ deadline: "soon" }).slice(-1), ["apply"]);
});

test("an unknown level or arrangement falls back to the first", () => {
  const post = P.compose(DATA, state({ level: "nope", arrangement: "nope" }));
  assert.equal(post.title, "Junior Account Manager");
  assert.deepEqual(post.sections.find((s) => s.id === "location").paragraphs,
    ["Work arrangement: Office-based. You'll work from our office.", "Location: [Location].", "Travel: Little or no travel."]);
});

test("the location section of a remote posting: anywhere in the US, or named states and time zone", () => {
  const where = (s) => P.compose(DATA, state(Object.assign({ arrangement: "remote" }, s)))
    .sections.find((section) => section.id === "location").paragraphs;
  const travel = "Travel: Little or no travel.";
  assert.deepEqual(where({ place: "0035620" }),
    ["Work arrangement: Remote. You can work from home.", "You can live anywhere in the United States.", travel]);
  assert.deepEqual(where({ remote_area: "states" }),
    ["Work arrangement: Remote. You can work from home.", "You must live in [States] and work [Time Zone] hours.", travel]);
  assert.deepEqual(where({ remote_area: "states", remote_states: " NY, NJ ", remote_timezone: " Eastern " }),
    ["Work arrangement: Remote. You can work from home.", "You must live in NY, NJ and work Eastern hours.", travel]);
  assert.deepEqual(where({ remote_area: "mars" }),
    ["Work arrangement: Remote. You can work from home.", "You can live anywhere in the United States.", travel]);
});

test("text typed into the form is shown as typed, never read as a replacement pattern", () => {
  const typed = "NY $& $` $' $$ $1";
  const where = P.compose(DATA, state({ arrangement: "remote", remote_area: "states", remote_states: typed, remote_timezone: "$'" }))
    .sections.find((section) => section.id === "location").paragraphs[1];
  assert.equal(where, "You must live in NY $& $` $' $$ $1 and work $' hours.");
  assert.equal(P.compose(DATA, state({ deadline: "$&" })).sections.find((s) => s.id === "apply").paragraphs[0],
    "Apply by $&.");
  assert.equal(P.compose(DATA, state({ arrangement: "hybrid", office_days: "$&" })).sections
    .find((s) => s.id === "location").paragraphs[1], "In the office $& days a week.");
});

test("pay lines: an unparsed range as typed without 'per year', bonus words without OTE, no line for none", () => {
  const pay = (s) => P.compose(DATA, state(s)).sections.find((section) => section.id === "pay").paragraphs;
  assert.deepEqual(pay({ pay: "  competitive " }), ["Base pay: competitive."]);
  assert.deepEqual(pay({ pay: "90k+" }), ["Base pay: 90k+ per year."]);
  assert.deepEqual(pay({ pay: "", variable: "bonus" }), ["Base pay: [Base Salary Range].", "This role also earns plus a yearly bonus."]);
  assert.deepEqual(pay({ ote: "$100,000 to $120,000" }), ["Base pay: [Base Salary Range].", "On-target earnings: $100,000–$120,000 per year."]);
  assert.deepEqual(pay({ variable: "unknown" }), ["Base pay: [Base Salary Range]."]);
  assert.deepEqual(pay({ pay: "$25.50 - $35 per hour" }), ["Hourly pay: $25.50 - $35 per hour."]);
  assert.deepEqual(pay({ pay: "$90,000-$110,000 a year" }), ["Base pay: $90,000-$110,000 a year."]);
});

test("Markdown and HTML copies of a posting", () => {
  const post = { title: "Account Manager", sections: [
    { id: "a", heading: "About", paragraphs: ["We sell *things*.", "Second"], bullets: [] },
    { id: "b", heading: "Do", paragraphs: [], bullets: ["one", "two"] }] };
  assert.equal(P.asMarkdown(post),
    "# Account Manager\n\n## About\n\nWe sell \\*things\\*.\n\nSecond\n\n## Do\n\n- one\n- two\n");
  assert.equal(P.asHtml(post), "<h2>Account Manager</h2>\n<h3>About</h3>\n<p>We sell *things*.</p>\n<p>Second</p>\n" +
    "<h3>Do</h3>\n<ul><li>one</li><li>two</li></ul>\n");
  assert.equal(P.asHtml(post, 3).split("\n").slice(0, 2).join("\n"), "<h3>Account Manager</h3>\n<h4>About</h4>");
});

test("filling, marking and listing placeholders", () => {
  const post = { title: "[Title] at [Company Name]", sections: [
    { id: "a", heading: "H", paragraphs: ["[Company Name] & [Offering] <b>"], bullets: ["[Offering]", "[[odd]"] }] };
  const filled = P.mapPosting(post, P.filler({ "Company Name": "Acme & Co" }));
  assert.equal(filled.title, "[Title] at Acme & Co");
  assert.deepEqual(filled.sections[0].paragraphs, ["Acme & Co & [Offering] <b>"]);
  assert.deepEqual(P.unfilled(filled), ["[Title]", "[Offering]", "[odd]"]);
  assert.equal(P.marker({ "Company Name": "A<B" })("x [Company Name] [Offering] <i>"),
    'x A&lt;B <mark class="rg-placeholder">[Offering]</mark> &lt;i&gt;');
  assert.equal(P.marker({})("no placeholders"), "no placeholders");
  assert.equal(P.filler({ toString: "x" })("[toString]"), "x");
  assert.equal(P.filler({})("[constructor]"), "[constructor]");
});

test("escapeHtml and escapeMarkdown", () => {
  assert.equal(P.escapeHtml(`<a href="x">Tom & Jerry's</a>`), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;");
  const md = P.escapeMarkdown;
  assert.equal(md("a*b_c`d\\e<f>g&h|i~j"), "a\\*b\\_c\\`d\\\\e\\<f\\>g\\&h\\|i\\~j");
  assert.equal(md("[Company Name] is hiring"), "\\[Company Name] is hiring");
  assert.equal(md("see [x](y) and ![i][r] and [a]: b"), "see [x\\](y) and \\![i\\][r] and [a\\]: b");
  assert.equal(md("visit https://example.com or www.example.com"), "visit https\\://example\\.com or www\\.example\\.com");
  assert.equal(md("Visit WWW.Example.com"), "Visit WWW\\.Example\\.com");
  assert.equal(md("evil.com/login, 2.5 years"), "evil\\.com/login, 2.5 years");
  assert.equal(md("# heading"), "\\# heading");
  assert.equal(md("  > quote"), "\\> quote");
  assert.equal(md("one\n# two\r\n\n- three"), "one # two - three");
  assert.equal(md("- item"), "\\- item");
  assert.equal(md("+ item"), "\\+ item");
  assert.equal(md("= rule"), "\\= rule");
  assert.equal(md("1. first"), "1\\. first");
  assert.equal(md("2) second"), "2\\) second");
  assert.equal(md("pay 1. up"), "pay 1. up");
  assert.equal(md(42), "42");
});

test("parseRange reads yearly and hourly ranges as people write them", () => {
  const cases = [
    ["$90,000–$110,000", { min: 90000, max: 110000, period: "annual" }], ["90k - 110k", { min: 90000, max: 110000, period: "annual" }],
    ["$90,000 to $110,000", { min: 90000, max: 110000, period: "annual" }], ["90–110k", { min: 90000, max: 110000, period: "annual" }],
    ["90-110K", { min: 90000, max: 110000, period: "annual" }], ["$90k — $110k", { min: 90000, max: 110000, period: "annual" }],
    ["90000-110000 per year", { min: 90000, max: 110000, period: "annual" }], ["90000-110000 a year", { min: 90000, max: 110000, period: "annual" }],
    ["90000-110000 annually", { min: 90000, max: 110000, period: "annual" }], ["  $ 90,000  -  $ 110,000 ", { min: 90000, max: 110000, period: "annual" }],
    ["$90,000+", { min: 90000, max: null, period: "annual" }], ["90k or more", { min: 90000, max: null, period: "annual" }], ["90k and up", { min: 90000, max: null, period: "annual" }],
    ["92.5k-110k", { min: 92500, max: 110000, period: "annual" }], ["90k-110", { min: 90000, max: 110000, period: "annual" }],
    ["1500-110k", { min: 1500, max: 110000, period: "annual" }], ["$1,000-$1,000", { min: 1000, max: 1000, period: "annual" }],
    ["$25–$35 an hour", { min: 25, max: 35, period: "hourly" }], ["$25.50 - $35 per hour", { min: 25.5, max: 35, period: "hourly" }],
    ["25-35/hr", { min: 25, max: 35, period: "hourly" }], ["$25 to $35 / hour", { min: 25, max: 35, period: "hourly" }],
    ["$17.23–$38.36 hourly", { min: 17.23, max: 38.36, period: "hourly" }], ["$25+ an hour", { min: 25, max: null, period: "hourly" }],
    ["$999.99-$999.99 a hour", { min: 999.99, max: 999.99, period: "hourly" }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(P.parseRange(text), expected, text);
  for (const text of ["", null, undefined, "competitive", "$25-$30", "$999+", "110k-90k", "90k-", "about 90k-110k",
    "90k-110k per hour", "$90,000-$110,000 or more", "500-900", "90 to 110", "$35-$25 an hour", "$0-$0 an hour",
    "$1,000-$1,200 an hour", "$25 an hour", "$25-$35 a year an hour", "an hour"]) {
    assert.equal(P.parseRange(text), null, String(text));
  }
});

test("payRange writes a range as the pay field shows it", () => {
  assert.equal(P.payRange({ min: 90000, max: 110000, period: "annual" }), "$90,000–$110,000");
  assert.equal(P.payRange({ min: 17.23, max: 38.3, period: "hourly" }), "$17.23–$38.30 an hour");
  assert.equal(P.payRange(P.parseRange("$25.5 - $35 per hour")), "$25.50–$35.00 an hour");
  assert.equal(P.payRange({ min: 25, max: null, period: "hourly" }), "$25.00+ an hour");
});

test("pay arithmetic: rounding to the thousand, scaling by a place's median, money", () => {
  assert.equal(P.roundThousand(113499), 113000);
  assert.equal(P.roundThousand(113500), 114000);
  assert.equal(P.roundThousand(999), 1000);
  assert.deepEqual(P.scaledRange({ min: 60000, max: 80000 }, 120000, 100000), { min: 72000, max: 96000 });
  assert.deepEqual(P.scaledRange({ min: 60000, max: 80000 }, 90500, 100000), { min: 54000, max: 72000 });
  assert.deepEqual(P.scaledRange({ min: 60000, max: 80000 }, null, 100000), { min: 60000, max: 80000 });
  assert.deepEqual(P.scaledRange({ min: 60000, max: 80000 }, 120000, 0), { min: 60000, max: 80000 });
  assert.equal(P.money(1234567.4), "$1,234,567");
  assert.equal(P.money(999), "$999");
  assert.equal(P.money(1000), "$1,000");
  assert.equal(P.moneyRange({ min: 90000, max: 110000 }), "$90,000–$110,000");
});

test("unique keeps the first of bullets that say the same thing, and drops blank ones", () => {
  assert.deepEqual(P.unique(["Negotiate large renewals", "Negotiate large software renewals", "Track product usage", "  ",
    "Track usage of the product"]), ["Negotiate large renewals", "Track product usage"]);
  assert.deepEqual(P.unique(["Call clients", "Write proposals"]), ["Call clients", "Write proposals"]);
  assert.equal(P.sameThing("alpha beta gamma", "alpha delta epsilon"), false);
  assert.equal(P.sameThing("alpha beta gamma", "alpha beta delta epsilon zeta eta"), true);
  assert.equal(P.sameThing("with from that their", "with from that their"), false);
  assert.equal(P.sameThing("a an on", "a an on"), false);
  assert.equal(P.sameThing("Alpha, BETA", "alpha beta"), true);
});

test("usDate writes an ISO date as a US reader does, anything else as typed", () => {
  assert.equal(P.usDate("2027-01-05"), "January 5, 2027");
  assert.equal(P.usDate("2027-12-31"), "December 31, 2027");
  assert.equal(P.usDate("2027-13-01"), "2027-13-01");
  assert.equal(P.usDate("2027-00-01"), "2027-00-01");
  assert.equal(P.usDate("next Friday"), "next Friday");
});

test("placedEnd: every hand-worked case of tests/fixtures/pay-cases.json, which macros/pay.py is tested on too", () => {
  const cases = require(path.join(__dirname, "..", "fixtures", "pay-cases.json"));
  for (const c of cases.cases) {
    assert.equal(P.placedEnd(c.amount, cases.places[c.place], cases.national), c.expected, `${c.place} ${c.amount}: ${c.why}`);
  }
});

test("placedRange: percentiles when both are published, the ratio of medians otherwise, and which ends stop at the 90th", () => {
  const national = { median: 69990, percentiles: [37980, 47670, 69990, 100480, 148840] };
  const newYork = { median: 93750, percentiles: [46370, 62290, 93750, 134000, 176300] };
  assert.deepEqual(P.placedRange({ min: 120000, max: 180000 }, newYork, national), { min: 151000, max: 176000, capped: ["max"] });
  assert.deepEqual(P.placedRange({ min: 85000, max: 120000 }, { median: 93750 }, national), { min: 114000, max: 161000, capped: [] });
  assert.deepEqual(P.placedRange({ min: 85000, max: 120000 }, null, national), { min: 85000, max: 120000, capped: [] });
  assert.equal(P.outsideObserved({ min: 160000, max: 249000 }, newYork.percentiles), "above");
  assert.equal(P.outsideObserved({ min: 40000, max: 60000 }, newYork.percentiles), "below");
  assert.equal(P.outsideObserved({ min: 60000, max: 170000 }, newYork.percentiles), "");
});

test("a hybrid posting says how many days a week are in the office", () => {
  const where = (s) => P.compose(DATA, state(Object.assign({ arrangement: "hybrid" }, s)))
    .sections.find((section) => section.id === "location").paragraphs;
  assert.deepEqual(where({ office_days: "2" }).slice(0, 2), ["Work arrangement: Hybrid. Part office, part home.", "In the office 2 days a week."]);
  assert.deepEqual(where({ office_days: " " })[1], "In the office 3 days a week.");
});

test("duties: an industry duty takes the place of the lowest-ranked level duty of its competency; at most eight", () => {
  const WORDS = ["", "Call clients", "Write proposals", "Visit offices", "Draft reports", "Plan budgets", "Train juniors",
    "Chase invoices"];
  const own = (n, competency) => ({ text: WORDS[n], competency });
  const level = { responsibilities: [own(1, "a"), own(2, "b"), own(3, "a"), own(4, "c"), own(5, "d"), own(6, "e"), own(7, "f")] };
  const industry = { responsibilities: [{ text: "Onboard users", competency: "a" }, { text: "Watch churn", competency: "x" },
    { text: "Demo features", competency: "y" }, { text: "Renew subscriptions", competency: "b" }] };
  assert.deepEqual(P.duties(level, industry), ["Call clients", "Renew subscriptions", "Onboard users", "Draft reports",
    "Plan budgets", "Train juniors", "Watch churn", "Demo features"]);
  assert.equal(P.duties(level, industry).length, P.MAX_DUTIES);
  assert.deepEqual(P.duties(level, null), level.responsibilities.map((d) => d.text));
});

test("choiceFills: choosing an industry fills [Industry]; a segment or no choice fills nothing", () => {
  assert.deepEqual(P.choiceFills(DATA, state({ industry: "saas" })), { Industry: "software" });
  assert.deepEqual(P.choiceFills(DATA, state({ industry: "" })), {});
});

test("placeholders: every case of tests/fixtures/placeholder-cases.json, which macros/domain/wording.py is tested on too", () => {
  const cases = require(path.join(__dirname, "..", "fixtures", "placeholder-cases.json")).cases;
  for (const c of cases) {
    const found = P.unfilled({ title: c.text, sections: [] }).map((m) => m.slice(1, -1));
    assert.deepEqual(found, c.found, c.text);
  }
});
