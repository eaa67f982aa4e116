/* Checks JSON documents against the JSON Schemas of what the composers read (schemas/composer/) with Ajv, then
 * hands each valid one to the scripts that read it as it is (posting.js composes every level of a guide;
 * occupations.js reads an occupation's requirements and pay, and a part of the title index) and looks for what a
 * missing or misnamed field leaves in their output: "undefined" or "NaN".
 * Reads [{schema, file}] on standard input (`schema` is a file name of schemas/composer/ without .schema.json)
 * and prints {file: [problem, ...]}, an empty list for a valid document the scripts read cleanly. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020");
const P = require("../../docs/assets/posting.js");
const O = require("../../docs/assets/occupations.js");

const FOLDER = path.join(__dirname, "..", "..", "schemas", "composer");

function validators() {
  /* Strict, but for open tuples: a title index entry is [id, O*NET title, other titles...]. */
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true });
  const ids = {};
  for (const name of fs.readdirSync(FOLDER).filter((n) => n.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(FOLDER, name), "utf8"));
    ajv.addSchema(schema);
    ids[name.replace(/\.schema\.json$/, "")] = schema.$id;
  }
  return (name) => {
    if (!ids[name]) throw new Error("no schema named " + name + " in " + FOLDER);
    return ajv.getSchema(ids[name]);
  };
}

/* A form as the composer starts it for `level`, in the first industry and arrangement and the first place. */
function startingForm(data, level) {
  return { level: level.id, industry: data.industries.length ? data.industries[0].id : "", arrangement: data.arrangements[0].id,
    place: data.places.areas[0].id, pay: "", ote: "", variable: level.band ? level.band.variable : "none", benefits: "",
    apply: "", eeo: "", deadline: "2030-01-31", remote_area: "us", remote_states: "", remote_timezone: "",
    employment: Object.keys(data.text.employment)[0], travel: level.travel ? level.travel.default : "",
    office_days: "3", sponsorship: Object.keys(data.text.work_authorization)[0] };
}

const READERS = {
  "level-composer": (data) => data.levels.map((level) => P.asText(P.compose(data, startingForm(data, level)))),
  "occupation": (record) => [JSON.stringify(O.requirements(record)), JSON.stringify(O.middleHalf(record.pay, null, {}, {}))],
  "occupation-titles": (index) => O.choices(index).map(O.label)
};

function readProblems(schema, document) {
  const read = READERS[schema];
  if (!read) return [];
  try {
    return read(document).filter((text) => /\bundefined\b|\bNaN\b/.test(text))
      .map((text) => "the scripts read it as: " + text.slice(0, 300));
  } catch (error) {
    return ["the scripts fail on it: " + error.message];
  }
}

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  const validator = validators();
  const found = {};
  for (const { schema, file } of JSON.parse(text)) {
    const validate = validator(schema);
    const document = JSON.parse(fs.readFileSync(file, "utf8"));
    found[file] = validate(document) ? readProblems(schema, document)
      : validate.errors.map((e) => (e.instancePath || "/") + " " + e.message);
  }
  process.stdout.write(JSON.stringify(found));
});
