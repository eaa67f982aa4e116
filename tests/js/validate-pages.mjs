/* Checks the JobPosting JSON-LD in the HTML pages named on the command line with @adobe/structured-data-validator
 * (Google's JobPosting rules), reading each page through @marbec/web-auto-extractor as the validator expects.
 * Prints {file: [issues]} as JSON; exits with 1 when any issue is an error or a page holds no JobPosting.
 * Usage: node tests/js/validate-pages.mjs PAGE.html ... */
import { readFileSync } from "node:fs";
import WebAutoExtractor from "@marbec/web-auto-extractor";
import Validator from "@adobe/structured-data-validator";

const report = {};
let errors = 0;
for (const file of process.argv.slice(2)) {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(readFileSync(file, "utf8"));
  const issues = (await new Validator().validate(extracted)).map((issue) => ({
    severity: issue.severity, message: issue.issueMessage, fields: issue.fieldNames
  }));
  if ((extracted.jsonld.JobPosting || []).length !== 1) issues.push({ severity: "ERROR", message: "expected one JobPosting" });
  errors += issues.filter((issue) => issue.severity === "ERROR").length;
  report[file] = issues;
}
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
process.exitCode = errors ? 1 : 0;
