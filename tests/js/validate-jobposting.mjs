/* Checks the JobPosting JSON-LD of sample compositions with @adobe/structured-data-validator (Google's
 * JobPosting rules), reading each page as the validator expects: through @marbec/web-auto-extractor.
 * No schema.org vocabulary is passed, so nothing is fetched. Prints {name: [issues]} as JSON and exits
 * with 1 when any issue is an error. Usage: node tests/js/validate-jobposting.mjs */
import { createRequire } from "node:module";
import WebAutoExtractor from "@marbec/web-auto-extractor";
import Validator from "@adobe/structured-data-validator";

const require = createRequire(import.meta.url);
const { jobPostingScript } = require("../../docs/assets/jobposting.js");
const inputs = require("./jobposting-inputs.js");

function page(script) {
  return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Careers</title>\n" + script +
    "</head><body><main><p>The posting.</p></main></body></html>\n";
}

const report = {};
let errors = 0;
for (const [name, input] of Object.entries(inputs)) {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(page(jobPostingScript(input)));
  const found = (extracted.jsonld.JobPosting || []).length;
  const issues = (await new Validator().validate(extracted)).map((issue) => ({
    severity: issue.severity, message: issue.issueMessage, fields: issue.fieldNames
  }));
  if (found !== 1) issues.push({ severity: "ERROR", message: "expected one JobPosting in the page, found " + found });
  errors += issues.filter((issue) => issue.severity === "ERROR").length;
  report[name] = issues;
}

/* A control: the same rules must find the errors in a posting without a description or a location. */
const { jobPosting, escapeJsonForScript } = require("../../docs/assets/jobposting.js");
const broken = jobPosting(inputs.ONSITE);
delete broken.description;
delete broken.jobLocation;
const controlPage = page('<script type="application/ld+json">' + escapeJsonForScript(JSON.stringify(broken)) + "</script>\n");
const controlIssues = await new Validator().validate(new WebAutoExtractor({ addLocation: true }).parse(controlPage));
const controlErrors = controlIssues.filter((issue) => issue.severity === "ERROR").map((issue) => issue.fieldNames.join(",")).sort();
if (controlErrors.join(" ") !== "description jobLocation") {
  report.control = [{ severity: "ERROR", message: "the validator missed the errors of a broken posting: " + JSON.stringify(controlErrors) }];
  errors += 1;
}
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
process.exitCode = errors ? 1 : 0;
