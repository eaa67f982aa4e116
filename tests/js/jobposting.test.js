"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const MODULE_PATH = path.join(__dirname, "..", "..", "docs", "assets", "jobposting.js");
const { jobPosting, jobPostingScript, escapeJsonForScript } = require(MODULE_PATH);
const { REMOTE, REMOTE_STATES, ONSITE, HYBRID } = require("./jobposting-inputs.js");

const OPEN = '<script type="application/ld+json">';

/* The JSON text inside the script element, after checking the element is the only markup. */
function scriptBody(script) {
  assert.ok(script.startsWith(OPEN + "\n"), script.slice(0, 60));
  assert.ok(script.endsWith("\n</script>\n"), script.slice(-60));
  const body = script.slice(OPEN.length, -"</script>\n".length);
  assert.equal(body.indexOf("<"), -1, "a raw < in the JSON");
  assert.equal(body.indexOf(">"), -1, "a raw > in the JSON");
  assert.equal(body.indexOf("&"), -1, "a raw & in the JSON");
  assert.equal(/[\u2028\u2029]/.test(body), false, "a raw line or paragraph separator in the JSON");
  return body;
}

function parsedScript(input) {
  return JSON.parse(scriptBody(jobPostingScript(input)));
}

/* Every value in the tree, with its path, to check that nothing empty is emitted. */
function leaves(value, at, found) {
  found = found || [];
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) leaves(value[key], at + "." + key, found);
  } else {
    found.push([at, value]);
  }
  return found;
}

test("remote, anywhere in the country: TELECOMMUTE with the country and no office", () => {
  const posting = jobPosting(REMOTE);
  assert.equal(posting["@context"], "https://schema.org/");
  assert.equal(posting["@type"], "JobPosting");
  assert.equal(posting.jobLocationType, "TELECOMMUTE");
  assert.deepEqual(posting.applicantLocationRequirements, { "@type": "Country", name: "US" });
  assert.equal("jobLocation" in posting, false);
  assert.equal(posting.datePosted, "2026-12-01");
  assert.equal(posting.validThrough, "2027-01-15");
  assert.equal(posting.employmentType, "FULL_TIME");
  assert.equal(posting.directApply, true);
  assert.deepEqual(posting.hiringOrganization, {
    "@type": "Organization", name: "Northwind Services",
    sameAs: "https://careers.northwind.example/", logo: "https://careers.northwind.example/logo.png"
  });
  assert.equal(posting.description, REMOTE.descriptionHtml);
});

test("remote, named states: one State per state, by full name", () => {
  const posting = jobPosting(REMOTE_STATES);
  assert.equal(posting.jobLocationType, "TELECOMMUTE");
  assert.deepEqual(posting.applicantLocationRequirements, [
    { "@type": "State", name: "New York" },
    { "@type": "State", name: "New Jersey" },
    { "@type": "State", name: "Connecticut" }
  ]);
  const single = jobPosting(Object.assign({}, REMOTE, { remoteArea: { kind: "states", states: ["DC"] } }));
  assert.deepEqual(single.applicantLocationRequirements, { "@type": "State", name: "District of Columbia" });
});

test("remote, a time zone: applicants limited to the country", () => {
  const posting = jobPosting(Object.assign({}, REMOTE, { remoteArea: { kind: "timezone", timezone: "America/New_York" } }));
  assert.deepEqual(posting.applicantLocationRequirements, { "@type": "Country", name: "US" });
});

test("on-site: the office as a Place with a PostalAddress, and no remote fields", () => {
  const posting = jobPosting(ONSITE);
  assert.deepEqual(posting.jobLocation, {
    "@type": "Place",
    address: {
      "@type": "PostalAddress", streetAddress: "233 S Wacker Dr", addressLocality: "Chicago",
      addressRegion: "IL", postalCode: "60606", addressCountry: "US"
    }
  });
  assert.equal("jobLocationType" in posting, false);
  assert.equal("applicantLocationRequirements" in posting, false);
  assert.equal("validThrough" in posting, false, "an empty deadline is omitted");
  assert.equal("incentiveCompensation" in posting, false);
  assert.equal("directApply" in posting, false);
  assert.deepEqual(posting.hiringOrganization, { "@type": "Organization", name: "Contoso Supply" });
});

test("hybrid: the office as jobLocation, never TELECOMMUTE", () => {
  const posting = jobPosting(HYBRID);
  assert.deepEqual(posting.jobLocation.address, {
    "@type": "PostalAddress", addressLocality: "Austin", addressRegion: "TX", addressCountry: "US"
  });
  assert.equal("jobLocationType" in posting, false);
  assert.equal("applicantLocationRequirements" in posting, false);
});

test("pay: baseSalary as a MonetaryAmount with a yearly QuantitativeValue range", () => {
  assert.deepEqual(jobPosting(ONSITE).baseSalary, {
    "@type": "MonetaryAmount", currency: "USD",
    value: { "@type": "QuantitativeValue", minValue: 85000, maxValue: 110000, unitText: "YEAR" }
  });
  const fixed = jobPosting(Object.assign({}, ONSITE, { pay: { min: 90000, max: 90000 } }));
  assert.deepEqual(fixed.baseSalary.value, { "@type": "QuantitativeValue", value: 90000, unitText: "YEAR" });
  assert.equal(fixed.baseSalary.currency, "USD");
});

test("no pay: no baseSalary", () => {
  const posting = jobPosting(Object.assign({}, ONSITE, { pay: null }));
  assert.equal("baseSalary" in posting, false);
});

test("on-target earnings go in incentiveCompensation, as text", () => {
  const posting = jobPosting(REMOTE);
  assert.equal(posting.incentiveCompensation, "On-target earnings of $90,000 to $110,000 a year: base salary plus commission at target.");
  const withoutPay = jobPosting(Object.assign({}, REMOTE, { pay: null, ote: { min: 120000, max: 120000 } }));
  assert.equal(withoutPay.incentiveCompensation, "On-target earnings of $120,000 a year: base salary plus commission at target.");
  assert.equal("baseSalary" in withoutPay, false);
});

test("experience in months, education as a credential category, the SOC code as a CategoryCode", () => {
  const posting = jobPosting(ONSITE);
  assert.deepEqual(posting.experienceRequirements, { "@type": "OccupationalExperienceRequirements", monthsOfExperience: 60 });
  assert.deepEqual(posting.educationRequirements, { "@type": "EducationalOccupationalCredential", credentialCategory: "bachelor degree" });
  assert.deepEqual(posting.occupationalCategory, {
    "@type": "CategoryCode", codeValue: "41-4012", name: ONSITE.soc.title,
    inCodeSet: { "@type": "CategoryCodeSet", name: "2018 Standard Occupational Classification (SOC)" }
  });
  const none = jobPosting(Object.assign({}, ONSITE, { experienceMonths: 0, education: "no requirements" }));
  assert.equal(none.experienceRequirements, "no requirements");
  assert.equal(none.educationRequirements, "no requirements");
});

test("missing optional fields are omitted, never emitted empty", () => {
  const minimal = {
    title: "Account Manager", descriptionHtml: "<p>Fully remote.</p>", datePosted: "2026-12-01",
    validThrough: "", employmentType: "", company: { name: "Northwind", url: "", logo: null },
    arrangement: "remote", remoteArea: { kind: "country" },
    pay: null, ote: null, experienceMonths: null, education: null, soc: null
  };
  const posting = jobPosting(minimal);
  assert.deepEqual(Object.keys(posting), [
    "@context", "@type", "title", "description", "datePosted", "hiringOrganization",
    "jobLocationType", "applicantLocationRequirements"
  ]);
  assert.deepEqual(posting.hiringOrganization, { "@type": "Organization", name: "Northwind" });
  const office = jobPosting(Object.assign({}, minimal, {
    arrangement: "office", location: { locality: "Chicago", region: "IL", postalCode: "", streetAddress: " ", country: "US" }
  }));
  assert.deepEqual(office.jobLocation.address, {
    "@type": "PostalAddress", addressLocality: "Chicago", addressRegion: "IL", addressCountry: "US"
  });
  for (const posting of [jobPosting(REMOTE), jobPosting(ONSITE), jobPosting(HYBRID), office]) {
    for (const [at, value] of leaves(posting, "posting")) {
      assert.ok(value !== "" && value !== null && value !== undefined, at + " is empty");
    }
  }
});

test("malformed or missing values are refused with the field named", () => {
  const cases = [
    [{ title: "" }, /title/],
    [{ title: undefined }, /title/],
    [{ descriptionHtml: "  " }, /descriptionHtml/],
    [{ datePosted: "12/01/2026" }, /datePosted/],
    [{ datePosted: "2026-02-30" }, /datePosted/],
    [{ validThrough: "2027-1-15" }, /validThrough/],
    [{ validThrough: "2026-11-30" }, /validThrough must be on or after datePosted/],
    [{ employmentType: "full time" }, /employmentType/],
    [{ company: { name: "" } }, /company\.name/],
    [{ company: null }, /company/],
    [{ company: { name: "Northwind", url: "javascript:alert(1)" } }, /company\.url/],
    [{ company: { name: "Northwind", logo: "//cdn.example/logo.png" } }, /company\.logo/],
    [{ arrangement: "remote\"><script>" }, /arrangement/],
    [{ arrangement: undefined }, /arrangement/],
    [{ remoteArea: { kind: "planet" } }, /remoteArea\.kind/],
    [{ remoteArea: { kind: "states", states: [] } }, /remoteArea\.states/],
    [{ remoteArea: { kind: "states", states: ["NY", "ZZ"] } }, /remoteArea\.states\[1\]/],
    [{ remoteArea: { kind: "states", states: ["toString"] } }, /remoteArea\.states\[0\]/],
    [{ remoteArea: { kind: "country", country: "USA" } }, /remoteArea\.country/],
    [{ pay: { min: 90000, max: 80000 } }, /pay\.max/],
    [{ pay: { min: -1, max: 80000 } }, /pay\.min/],
    [{ pay: { min: "90000", max: 100000 } }, /pay\.min/],
    [{ pay: { min: 90000, max: Infinity } }, /pay\.max/],
    [{ pay: { min: 90000, max: 100000, currency: "usd" } }, /pay\.currency/],
    [{ pay: { min: 90000, max: 100000, unit: "ANNUAL" } }, /pay\.unit/],
    [{ ote: { min: 150000 } }, /ote\.max/],
    [{ experienceMonths: 1.5 }, /experienceMonths/],
    [{ experienceMonths: -12 }, /experienceMonths/],
    [{ education: "bachelor's degree" }, /education/],
    [{ soc: { code: "413091" } }, /soc\.code/],
    [{ directApply: "yes" }, /directApply/]
  ];
  for (const [change, message] of cases) {
    assert.throws(() => jobPosting(Object.assign({}, REMOTE, change)), message, JSON.stringify(change));
  }
  assert.throws(() => jobPosting(Object.assign({}, ONSITE, { location: { locality: "Chicago", region: "Illinois" } })), /location\.region/);
  assert.throws(() => jobPosting(Object.assign({}, ONSITE, { location: null })), /location/);
  assert.throws(() => jobPosting(null), /input/);
});

const HOSTILE = [
  "</script><script>alert(1)</script>",
  "</SCRIPT ><img src=x onerror=alert(1)>",
  "<!--<script>",
  "]]><![CDATA[",
  "\"quoted\" & 'single' \\backslash\\ \\u003c not an escape",
  "line\u2028separator\u2029paragraph",
  "nul\u0000tab\tnewline\ncarriage\rreturn",
  "{{ config }} ${process} {% raw %} <%= erb %>",
  "right\u202eto-left \ufeffbom \ud83d\ude00 lone\ud800surrogate",
  "&lt;already escaped&gt; &amp; &#x3c;"
];

function hostileInput(text, url, arrangement) {
  return {
    title: "Title " + text,
    descriptionHtml: "<p>Description " + text + "</p>",
    datePosted: "2026-12-01",
    validThrough: "2027-01-15",
    employmentType: "FULL_TIME",
    company: { name: "Company " + text, url: url, logo: url },
    arrangement: arrangement,
    location: { streetAddress: "Street " + text, locality: "City " + text, region: "NY", postalCode: "Zip " + text, country: "US" },
    remoteArea: { kind: "country" },
    pay: { min: 1, max: 2 },
    ote: { min: 3, max: 4 },
    experienceMonths: 12,
    education: "high school",
    soc: { code: "41-3091", title: "Occupation " + text }
  };
}

test("hostile text in every text field stays text: valid JSON, no markup, exact round trip", () => {
  for (const text of HOSTILE) {
    const url = "https://example.com/?q=" + text.replace(/\s/g, "") + "&next=</script>";
    for (const arrangement of ["office", "remote"]) {
      const input = hostileInput(text, url, arrangement);
      const script = jobPostingScript(input);
      assert.equal(script.toLowerCase().split("</script").length, 2, "only the closing tag may close the element");
      assert.equal(script.indexOf("<!--"), -1);
      const posting = JSON.parse(scriptBody(script));
      assert.deepEqual(posting, jobPosting(input), "escaping changed the JSON value");
      assert.equal(posting.title, "Title " + text);
      assert.equal(posting.description, "<p>Description " + text + "</p>");
      assert.equal(posting.hiringOrganization.name, "Company " + text);
      assert.equal(posting.hiringOrganization.sameAs, url);
      assert.equal(posting.hiringOrganization.logo, url);
      assert.equal(posting.occupationalCategory.name, "Occupation " + text);
      if (arrangement === "office") {
        assert.deepEqual(posting.jobLocation.address, {
          "@type": "PostalAddress", streetAddress: "Street " + text, addressLocality: "City " + text,
          addressRegion: "NY", postalCode: "Zip " + text, addressCountry: "US"
        });
      }
    }
  }
});

test("hostile text in a coded field is refused, never passed through", () => {
  for (const text of HOSTILE) {
    for (const change of [
      { arrangement: text }, { employmentType: text }, { education: text }, { datePosted: text },
      { validThrough: text }, { remoteArea: { kind: text } }, { remoteArea: { kind: "states", states: [text] } },
      { soc: { code: text } }, { pay: { min: 1, max: 2, currency: text } }, { pay: { min: 1, max: 2, unit: text } }
    ]) {
      assert.throws(() => jobPostingScript(Object.assign({}, REMOTE, change)), /^Error: jobPosting: /, JSON.stringify(change));
    }
  }
});

test("escapeJsonForScript escapes <, >, &, U+2028 and U+2029 and keeps the JSON value", () => {
  assert.equal(escapeJsonForScript('"</script>&\u2028\u2029"'), '"\\u003c/script\\u003e\\u0026\\u2028\\u2029"');
  const value = { text: "<b>&</b>\u2028\u2029 </script>", list: ["<!--", "-->"] };
  const escaped = escapeJsonForScript(JSON.stringify(value));
  assert.equal(/[<>&\u2028\u2029]/.test(escaped), false);
  assert.deepEqual(JSON.parse(escaped), value);
});

test("as a browser script it defines window.RoleGuidesJobPosting and nothing else", () => {
  const source = fs.readFileSync(MODULE_PATH, "utf8");
  const window = {};
  vm.createContext(window);
  vm.runInContext(source, window, { filename: "jobposting.js" });
  const instrumentation = /^(stry|__stryker__)/;  // globals StrykerJS adds to the mutated copy (make mutation)
  assert.deepEqual(Object.keys(window).filter((name) => !instrumentation.test(name)), ["RoleGuidesJobPosting"]);
  const api = window.RoleGuidesJobPosting;
  assert.deepEqual(Object.keys(api).sort(), ["escapeJsonForScript", "jobPosting", "jobPostingScript"]);
  assert.ok(Object.isFrozen(api));
  assert.equal(api.jobPosting(REMOTE).title, "Account Manager");
});
