// Drives the Playground page in Debian's chromium like a person would, saving a screenshot per step.
// Usage: node playground-e2e.mjs <baseUrl> <artifactsDir> [--clock]
// Prints one JSON line per step; exits 1 on the first failure, on any console error or on any request that leaves
// this machine (the page must work offline: no CDN).
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const [base, artifacts, ...flags] = process.argv.slice(2);
const withClock = flags.includes("--clock");
fs.mkdirSync(artifacts, { recursive: true });
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!fs.existsSync(executablePath)) { fail("setup", `chromium not found at ${executablePath} (apt-get install chromium)`); }

const problems = [];
const browser = await chromium.launch({
  executablePath, headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => { if (m.type() === "error") { problems.push(`console error: ${m.text()}`); } });
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
await page.route("**/*", (route) => {
  const host = new URL(route.request().url()).hostname;
  if (["127.0.0.1", "localhost", "[::1]", "::1"].includes(host) || route.request().url().startsWith("data:")) { return route.continue(); }
  problems.push(`external request: ${route.request().url()}`);
  return route.abort();
});

let n = 0;
async function step(name, action) {
  n += 1;
  try {
    // A page error fails the step at once instead of surfacing later as a timeout.
    await Promise.race([action(), new Promise((_, reject) => {
      const timer = setInterval(() => { if (problems.length) { clearInterval(timer); reject(new Error(problems.join("; "))); } }, 100);
      action.done = () => clearInterval(timer);
    })]).finally(() => action.done && action.done());
    if (problems.length) { throw new Error(problems.join("; ")); }
    await page.screenshot({ path: path.join(artifacts, `${String(n).padStart(2, "0")}-${name}.png`), fullPage: true });
    console.log(JSON.stringify({ step: name, ok: true }));
  } catch (e) {
    await page.screenshot({ path: path.join(artifacts, `${String(n).padStart(2, "0")}-${name}-FAILED.png`), fullPage: true }).catch(() => {});
    fail(name, e.message);
  }
}

function fail(name, message) {
  console.log(JSON.stringify({ step: name, ok: false, error: message }));
  process.exit(1);
}

const say = async (text) => { await page.fill("#input", text); await page.press("#input", "Enter"); };
const lastEntry = () => page.locator("#log > li").last();
const member = (user) => page.locator(`#members li[data-user="${user}"]`);
const addMember = async (user) => { await page.fill("#new-member", user); await page.click("#add-member button"); await member(user).waitFor(); };

await step("page-loads", async () => {
  await page.goto(base, { waitUntil: "networkidle" });
  await page.locator("#input").waitFor();
});
await step("members-added", async () => {
  await addMember("lee");   // the first member is the workspace admin, and will be alice's manager
  await addMember("alice");
  await member("lee").click();
  await say("team @lee @alice");
  await page.getByText("alice now report", { exact: false }).waitFor();
});
await step("lead-form-card", async () => {
  await member("alice").click();
  await say("lead");
  await lastEntry().locator(".card input").first().waitFor();
});
await step("lead-created-from-form", async () => {
  const card = lastEntry().locator(".card");
  await card.locator("input").first().fill("Acme Browser Co");
  await card.getByRole("button", { name: /create lead/i }).click();
  await page.getByText("Created lead #1", { exact: false }).waitFor();
});
await step("advanced-with-card-button", async () => {
  await lastEntry().locator(".card").getByRole("button", { name: /^advance$/i }).click();
  await page.getByText(/#1 Acme Browser Co moved from/).waitFor();
});
await step("manager-sees-pipeline", async () => {
  await member("lee").click();
  await say("pipeline");
  await page.getByText(/Pipeline|Acme Browser Co/).last().waitFor();
});
if (withClock) {
  await step("clock-moved-3-days", async () => {
    await page.locator("#clock").waitFor({ state: "visible" });
    for (let i = 0; i < 3; i++) { await page.click('[data-advance="1d"]'); }
  });
  await step("nudge-reaches-rep", async () => {
    await member("alice").click();
    await page.locator("#log .entry.proactive").filter({ hasText: "Deadline passed" }).first().waitFor({ timeout: 30000 });
  });
  await step("escalation-reaches-manager", async () => {
    await member("lee").click();
    await page.locator("#log .entry.proactive").filter({ hasText: "Overdue deal in your team" }).first().waitFor({ timeout: 30000 });
  });
  await step("phone-width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator("#input").waitFor();
  });
}
await step("no-console-errors", async () => {});
await browser.close();
console.log(JSON.stringify({ done: true, steps: n }));
