/* Sample compositions for the JobPosting tests: a remote and an on-site posting, plus a hybrid one.
 * Run directly (`node tests/js/jobposting-inputs.js`), it prints them as JSON, {name: input}. */
"use strict";

const DESCRIPTION = "<h2>Account Manager</h2>\n<p>Keep our clients' accounts healthy and growing.</p>\n" +
  "<h3>Responsibilities</h3>\n<ul><li>Own renewals for a book of 40 accounts</li><li>Run quarterly business reviews</li></ul>";

const REMOTE = {
  title: "Account Manager",
  descriptionHtml: DESCRIPTION + "\n<p>This is a fully remote job; you can live anywhere in the United States.</p>",
  datePosted: "2026-12-01",
  validThrough: "2027-01-15",
  employmentType: "FULL_TIME",
  company: { name: "Northwind Services", url: "https://careers.northwind.example/", logo: "https://careers.northwind.example/logo.png" },
  arrangement: "remote",
  remoteArea: { kind: "country" },
  pay: { min: 65000, max: 85000, currency: "USD", unit: "YEAR" },
  ote: { min: 90000, max: 110000 },
  experienceMonths: 24,
  education: "bachelor degree",
  soc: { code: "41-3091", title: "Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel" },
  directApply: true
};

const REMOTE_STATES = Object.assign({}, REMOTE, {
  descriptionHtml: DESCRIPTION + "\n<p>This is a fully remote job open to people who live in New York, New Jersey or Connecticut.</p>",
  remoteArea: { kind: "states", states: ["NY", "NJ", "CT"] }
});

const ONSITE = {
  title: "Senior Account Manager",
  descriptionHtml: DESCRIPTION + "\n<p>You work from our Chicago office five days a week.</p>",
  datePosted: "2026-12-01",
  validThrough: "",
  employmentType: "FULL_TIME",
  company: { name: "Contoso Supply" },
  arrangement: "office",
  location: { streetAddress: "233 S Wacker Dr", locality: "Chicago", region: "IL", postalCode: "60606", country: "US" },
  pay: { min: 85000, max: 110000, currency: "USD", unit: "YEAR" },
  ote: null,
  experienceMonths: 60,
  education: "bachelor degree",
  soc: { code: "41-4012", title: "Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific Products" }
};

const HYBRID = Object.assign({}, ONSITE, {
  descriptionHtml: DESCRIPTION + "\n<p>Hybrid: three days a week in our Austin office, two at home.</p>",
  arrangement: "hybrid",
  location: { locality: "Austin", region: "TX", country: "US" }
});

module.exports = { REMOTE, REMOTE_STATES, ONSITE, HYBRID };

if (require.main === module) process.stdout.write(JSON.stringify(module.exports));
