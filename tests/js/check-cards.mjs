// Checks card templates with Microsoft's own packages; run by FollowBot.Core.Tests (OfficialCardPackagesTests).
//
// stdin:  {"cases":[{"name":"deal", "template":{…}, "data":{…}, "bound":{…}?}]}
// stdout: {"results":[{"name":"deal",
//            "expanded": <what adaptivecards-templating made of template + data> | absent,
//            "expandError": "<message>" | absent,
//            "validation": {"version":"1.5", "events":[{"phase","event","message"}]} | absent (no "bound")}]}
//
// "bound" is FollowBot's own binding of the same template and data: the .NET side compares it with
// "expanded" and requires "validation.events" to be empty.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";

// The renderer needs a DOM even to parse; its ES module build has extension-less imports that Node cannot
// resolve, so load the UMD bundle.
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const name of ["HTMLElement", "Element", "Node", "getComputedStyle"]) {
  if (!(name in globalThis)) globalThis[name] = dom.window[name];
}

const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js");
const ACData = require("adaptivecards-templating");

function expand(template, data) {
  try {
    return { expanded: new ACData.Template(template).expand({ $root: data }) };
  } catch (error) {
    return { expandError: String(error && error.message ? error.message : error) };
  }
}

// Parse as Teams does (schema 1.5): the serialization context targets 1.5, so 1.6-only elements and values
// log parse events, and maxVersion 1.5 makes validateProperties reject a card that declares a newer version.
function validate(card) {
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.maxVersion = AC.Versions.v1_5;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  adaptiveCard.parse(card, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  for (const e of adaptiveCard.validateProperties().validationEvents) {
    events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  return { version: adaptiveCard.version ? adaptiveCard.version.toString() : null, events };
}

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, "utf8").replace(/^\uFEFF/, ""));
const results = input.cases.map((c) => {
  const result = { name: c.name, ...expand(c.template, c.data) };
  if (c.bound !== undefined) result.validation = validate(c.bound);
  return result;
});
process.stdout.write(JSON.stringify({
  versions: {
    adaptivecards: require("adaptivecards/package.json").version,
    templating: require("adaptivecards-templating/package.json").version,
    expressions: require("adaptive-expressions/package.json").version,
  },
  results,
}));
