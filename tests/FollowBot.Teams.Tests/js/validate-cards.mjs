// Validates Adaptive Cards as Teams reads them (schema 1.5) with Microsoft's adaptivecards renderer under jsdom.
// Run by FollowBot.Teams.Tests (CardValidation) for every card FollowBot sent in a test.
//
// argv[2]: {"cards":[{"name":"…","card":{…}}]}
// stdout:  {"results":[{"name":"…","version":"1.5","events":[{"phase","event","message"}]}]}
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";

// The renderer needs a DOM even to parse; its ES module build has extension-less imports Node cannot resolve.
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const name of ["HTMLElement", "Element", "Node", "getComputedStyle"]) {
  if (!(name in globalThis)) globalThis[name] = dom.window[name];
}

const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js");

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

const input = JSON.parse(readFileSync(process.argv[2], "utf8").replace(/^\uFEFF/, ""));
const results = input.cards.map((c) => ({ name: c.name, ...validate(c.card) }));
process.stdout.write(JSON.stringify({ adaptivecards: require("adaptivecards/package.json").version, results }));
