// Sends the request of every interaction of a pact file to a stub server serving that pact and
// checks that each gets its own interaction's answer (status, and the body's fields where it has
// one). Prints "N/M" and exits 1 on any mismatch. No dependencies: Node's fetch.
import { readFileSync } from "node:fs";

const [pactFile, baseUrl] = process.argv.slice(2);
const pact = JSON.parse(readFileSync(pactFile, "utf8"));
let matched = 0;
const problems = [];
for (const interaction of pact.interactions) {
  const req = interaction.request;
  const query = req.query
    ? "?" + Object.entries(req.query).flatMap(([k, vs]) => [].concat(vs).map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join("&")
    : "";
  const headers = {};
  for (const [name, values] of Object.entries(req.headers || {})) headers[name] = [].concat(values).join(", ");
  const body = req.body && req.body.content !== undefined
    ? (typeof req.body.content === "string" ? req.body.content : JSON.stringify(req.body.content)) : undefined;
  const res = await fetch(baseUrl + req.path + query, { method: req.method, headers, body });
  const text = await res.text();
  const want = interaction.response;
  let ok = res.status === want.status;
  if (ok && want.body && want.body.content && typeof want.body.content === "object") {
    try {
      const got = JSON.parse(text);
      for (const key of Object.keys(want.body.content)) {
        if (!(key in got)) ok = false;
      }
    } catch {
      ok = false;
    }
  }
  if (ok) matched++;
  else problems.push(`${interaction.description}: got ${res.status}, the interaction answers ${want.status}`);
}
console.log(`pact-stub-server: ${matched}/${pact.interactions.length} requests answered by their own interaction`);
for (const p of problems) console.log("  MISMATCH " + p);
process.exit(problems.length === 0 ? 0 : 1);
