/* A schema.org JobPosting (JSON-LD) for a composed posting, for the employer's own careers page.
 * Search engines accept this markup only on a page with one real, open posting, so the guide's own
 * pages never carry it: this module builds the text for the employer to paste, nothing more.
 *
 * jobPosting(input) returns the JSON-LD as a plain object; jobPostingScript(input) returns the
 * <script type="application/ld+json"> element as text, safe to paste into any HTML page.
 * Both throw an Error naming the field when a value is missing or malformed.
 *
 * input = {
 *   title: "Account Manager",                  required, text
 *   descriptionHtml: "<p>...</p>",              required, the full posting as HTML (not the title again)
 *   datePosted: "2026-12-01",                   required, YYYY-MM-DD
 *   validThrough: "2027-01-15" or "",           the application deadline, YYYY-MM-DD; omitted when empty,
 *                                               though Google recommends it whenever the posting has an end date
 *   employmentType: "FULL_TIME" or "",          FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN,
 *                                               VOLUNTEER, PER_DIEM or OTHER
 *   company: { name, url?, logo? },             name required; url and logo absolute http(s) URLs
 *   arrangement: "office" | "hybrid" | "remote",
 *   location: { locality, region, postalCode?, streetAddress?, country },
 *                                               office and hybrid; region a two-letter state code,
 *                                               country a two-letter code ("US" when absent)
 *   remoteArea: { kind: "country" | "states" | "timezone", states: ["NY", ...], timezone?, country? },
 *                                               remote; where applicants may live and work (country
 *                                               a two-letter code, "US" when absent)
 *   pay: { min, max, currency: "USD", unit: "YEAR" } or null,   the employer's own base pay range
 *   ote: { min, max } or null,                  on-target earnings (base plus commission at target), a year
 *   experienceMonths: 36 or null,               0 means no experience required
 *   education: "bachelor degree" or null,       see EDUCATION below
 *   soc: { code: "41-3091", title } or null,    2018 Standard Occupational Classification
 *   directApply: true | false                   optional: applications start on the posting's own page
 * }
 *
 * Remote jobs get jobLocationType TELECOMMUTE and applicantLocationRequirements (the country, or the
 * named states) in place of jobLocation; TELECOMMUTE is only for fully remote jobs, so a hybrid job
 * gets its office as jobLocation and the description says how many days are remote. A remote area
 * given as a time zone has no schema.org form: applicants are limited to the country, and the
 * description carries the time zone. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.RoleGuidesJobPosting = factory();
})(this, function () {
  "use strict";

  var EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];
  var ARRANGEMENTS = ["office", "hybrid", "remote"];
  var PAY_UNITS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];
  var NO_REQUIREMENTS = "no requirements";
  /* Google's credential categories for educationRequirements; "no requirements" when none is needed. */
  var EDUCATION = ["high school", "associate degree", "bachelor degree", "professional certificate", "postgraduate degree", NO_REQUIREMENTS];
  var STATES = {
    AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado",
    CT: "Connecticut", DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia",
    HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky",
    LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan", MN: "Minnesota",
    MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
    NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota",
    OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island",
    SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont",
    VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
    AS: "American Samoa", GU: "Guam", MP: "Northern Mariana Islands", PR: "Puerto Rico",
    VI: "U.S. Virgin Islands"
  };

  function fail(field, expected, value) {
    var shown;
    try { shown = JSON.stringify(value); } catch (error) { shown = undefined; }
    throw new Error("jobPosting: " + field + " must be " + expected + ", got " + (shown === undefined ? typeof value : shown.slice(0, 80)));
  }

  function has(value) {
    return value !== undefined && value !== null && value !== "";
  }

  function requiredText(value, field) {
    if (typeof value !== "string" || !value.trim()) fail(field, "a non-empty string", value);
    return value.trim();
  }

  /* Text when given, undefined (so the key is dropped) when absent or blank. */
  function optionalText(value, field) {
    if (!has(value)) return undefined;
    if (typeof value !== "string") fail(field, "a string", value);
    return value.trim() || undefined;
  }

  function oneOf(value, allowed, field) {
    if (allowed.indexOf(value) < 0) fail(field, "one of " + allowed.join(", "), value);
    return value;
  }

  function isoDate(value, field) {
    var match = typeof value === "string" && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) {
      var date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
      if (date.getUTCFullYear() === +match[1] && date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3]) return value;
    }
    return fail(field, "a date as YYYY-MM-DD", value);
  }

  function webUrl(value, field) {
    if (!has(value)) return undefined;
    if (typeof value !== "string" || !/^https?:\/\/[^\s\/?#]+[^\s]*$/i.test(value.trim())) fail(field, "an absolute http(s) URL", value);
    return value.trim();
  }

  function countryCode(value, field) {
    if (!has(value)) return "US";
    if (typeof value !== "string" || !/^[A-Z]{2}$/.test(value)) fail(field, "a two-letter country code such as US", value);
    return value;
  }

  function stateCode(value, field) {
    if (typeof value !== "string" || !Object.prototype.hasOwnProperty.call(STATES, value)) fail(field, "a two-letter US state code such as NY", value);
    return value;
  }

  function amount(value, field) {
    if (typeof value !== "number" || !isFinite(value) || value <= 0) fail(field, "a positive number", value);
    return value;
  }

  function range(value, field) {
    var min = amount(value.min, field + ".min");
    var max = amount(value.max, field + ".max");
    if (min > max) fail(field + ".max", "at least " + field + ".min (" + min + ")", max);
    return { min: min, max: max };
  }

  /* A copy of `object` without the keys whose value is undefined. */
  function compact(object) {
    var result = {};
    Object.keys(object).forEach(function (key) {
      if (object[key] !== undefined) result[key] = object[key];
    });
    return result;
  }

  function oneOrMany(list) {
    return list.length === 1 ? list[0] : list;
  }

  function organization(company) {
    if (!company || typeof company !== "object") fail("company", "an object with a name", company);
    return compact({
      "@type": "Organization",
      name: requiredText(company.name, "company.name"),
      sameAs: webUrl(company.url, "company.url"),
      logo: webUrl(company.logo, "company.logo")
    });
  }

  function place(location) {
    if (!location || typeof location !== "object") fail("location", "an object with locality, region and country", location);
    return {
      "@type": "Place",
      address: compact({
        "@type": "PostalAddress",
        streetAddress: optionalText(location.streetAddress, "location.streetAddress"),
        addressLocality: optionalText(location.locality, "location.locality"),
        addressRegion: has(location.region) ? stateCode(location.region, "location.region") : undefined,
        postalCode: optionalText(location.postalCode, "location.postalCode"),
        addressCountry: countryCode(location.country, "location.country")
      })
    };
  }

  function applicantLocations(area) {
    if (!area || typeof area !== "object") fail("remoteArea", "an object with a kind", area);
    oneOf(area.kind, ["country", "states", "timezone"], "remoteArea.kind");
    if (area.kind === "states") {
      if (!Array.isArray(area.states) || !area.states.length) fail("remoteArea.states", "a non-empty list of state codes", area.states);
      return oneOrMany(area.states.map(function (code, i) {
        return { "@type": "State", name: STATES[stateCode(code, "remoteArea.states[" + i + "]")] };
      }));
    }
    return { "@type": "Country", name: countryCode(area.country, "remoteArea.country") };
  }

  function baseSalary(pay) {
    var bounds = range(pay, "pay");
    var currency = has(pay.currency) ? pay.currency : "USD";
    if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) fail("pay.currency", "a three-letter currency code such as USD", currency);
    var value = bounds.min === bounds.max
      ? { "@type": "QuantitativeValue", value: bounds.min }
      : { "@type": "QuantitativeValue", minValue: bounds.min, maxValue: bounds.max };
    value.unitText = oneOf(has(pay.unit) ? pay.unit : "YEAR", PAY_UNITS, "pay.unit");
    return { "@type": "MonetaryAmount", currency: currency, value: value };
  }

  function money(value, currency) {
    var digits = String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return currency === "USD" ? "$" + digits : digits + " " + currency;
  }

  function onTargetEarnings(ote, currency) {
    var bounds = range(ote, "ote");
    var amounts = bounds.min === bounds.max ? money(bounds.min, currency)
      : money(bounds.min, currency) + " to " + money(bounds.max, currency);
    return "On-target earnings of " + amounts + " a year: base salary plus commission at target.";
  }

  function experience(months) {
    if (!has(months)) return undefined;
    if (typeof months !== "number" || !isFinite(months) || months < 0 || Math.floor(months) !== months) {
      fail("experienceMonths", "a whole number of months", months);
    }
    return months === 0 ? NO_REQUIREMENTS : { "@type": "OccupationalExperienceRequirements", monthsOfExperience: months };
  }

  function education(category) {
    if (!has(category)) return undefined;
    oneOf(category, EDUCATION, "education");
    return category === NO_REQUIREMENTS ? NO_REQUIREMENTS : { "@type": "EducationalOccupationalCredential", credentialCategory: category };
  }

  function occupation(soc) {
    if (!has(soc)) return undefined;
    if (typeof soc !== "object" || typeof soc.code !== "string" || !/^\d{2}-\d{4}$/.test(soc.code)) fail("soc.code", "a SOC code such as 41-3091", soc && soc.code);
    return compact({
      "@type": "CategoryCode",
      codeValue: soc.code,
      name: optionalText(soc.title, "soc.title"),
      inCodeSet: { "@type": "CategoryCodeSet", name: "2018 Standard Occupational Classification (SOC)" }
    });
  }

  function jobPosting(input) {
    if (!input || typeof input !== "object") fail("input", "an object", input);
    var arrangement = oneOf(input.arrangement, ARRANGEMENTS, "arrangement");
    var remote = arrangement === "remote";
    var datePosted = isoDate(input.datePosted, "datePosted");
    var validThrough = has(input.validThrough) ? isoDate(input.validThrough, "validThrough") : undefined;
    if (validThrough && validThrough < datePosted) fail("validThrough", "on or after datePosted (" + datePosted + ")", validThrough);
    var currency = input.pay ? baseSalary(input.pay).currency : "USD";
    if (has(input.directApply) && typeof input.directApply !== "boolean") fail("directApply", "true or false", input.directApply);
    return compact({
      "@context": "https://schema.org/",
      "@type": "JobPosting",
      title: requiredText(input.title, "title"),
      description: requiredText(input.descriptionHtml, "descriptionHtml"),
      datePosted: datePosted,
      validThrough: validThrough,
      employmentType: has(input.employmentType) ? oneOf(input.employmentType, EMPLOYMENT_TYPES, "employmentType") : undefined,
      hiringOrganization: organization(input.company),
      jobLocation: remote ? undefined : place(input.location),
      jobLocationType: remote ? "TELECOMMUTE" : undefined,
      applicantLocationRequirements: remote ? applicantLocations(input.remoteArea) : undefined,
      baseSalary: input.pay ? baseSalary(input.pay) : undefined,
      incentiveCompensation: input.ote ? onTargetEarnings(input.ote, currency) : undefined,
      experienceRequirements: experience(input.experienceMonths),
      educationRequirements: education(input.education),
      occupationalCategory: occupation(input.soc),
      directApply: has(input.directApply) ? input.directApply : undefined
    });
  }

  /* JSON that cannot end or alter the script element it sits in: <, > and & (which only occur inside
   * JSON strings) become \u003c, \u003e and \u0026, and the line separators U+2028 and U+2029, which
   * older JavaScript parsers refuse in strings, become \u2028 and \u2029. The JSON value is unchanged. */
  function escapeJsonForScript(text) {
    return String(text).replace(/[<>&\u2028\u2029]/g, function (character) {
      return "\\u" + ("000" + character.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  function jobPostingScript(input) {
    return '<script type="application/ld+json">\n' + escapeJsonForScript(JSON.stringify(jobPosting(input), null, 2)) + "\n</script>\n";
  }

  return Object.freeze({
    jobPosting: jobPosting,
    jobPostingScript: jobPostingScript,
    escapeJsonForScript: escapeJsonForScript
  });
});
