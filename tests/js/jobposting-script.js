/* Reads {name: input} as JSON on standard input and prints {name: jobPostingScript(input)} as JSON,
 * or {name: {error: message}} for an input the module refuses. */
"use strict";
const { jobPostingScript } = require("../../docs/assets/jobposting.js");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { text += chunk; });
process.stdin.on("end", () => {
  const scripts = {};
  for (const [name, input] of Object.entries(JSON.parse(text))) {
    try {
      scripts[name] = jobPostingScript(input);
    } catch (error) {
      scripts[name] = { error: error.message };
    }
  }
  process.stdout.write(JSON.stringify(scripts));
});
