// End-to-end UI test: search → article view with highlights → entity page → map → story,
// in Debian's headless Chromium driven by playwright-core. Screenshots go to $SCREENSHOT_DIR.
// Run through scripts/ui-test.sh, which starts `veille serve --demo` and sets BASE_URL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = process.env.BASE_URL || "http://127.0.0.1:8765";
const SHOTS = process.env.SCREENSHOT_DIR || "target/ui-test";
const CHROME = process.env.CHROMIUM || "/usr/bin/chromium";
mkdirSync(SHOTS, { recursive: true });

let browser, context, page;
const consoleErrors = [];

before(async () => {
  const profile = mkdtempSync(join(tmpdir(), "veille-ui-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = context.pages()[0] || await context.newPage();
  page.on("console", m => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", e => consoleErrors.push(String(e)));
  page.on("response", r => { if (r.status() >= 400) consoleErrors.push(`HTTP ${r.status()} ${r.url()}`); });
});

after(async () => { await context?.close(); });

async function onPage(name) {
  await page.waitForFunction(n => document.body.dataset.page === n, name, { timeout: 15000 });
}
async function shot(name) {
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

test("search shows hits and facets", async () => {
  await page.goto(`${BASE}/#/?q=incendie`);
  await onPage("search");
  const hits = await page.locator(".hit").count();
  assert.ok(hits >= 1, `expected hits, got ${hits}`);
  assert.ok(await page.locator(".facet").count() >= 1, "facets are listed");
  assert.match(await page.locator("#total").innerText(), /article/);
  await shot("01-search.png");
});

test("article view highlights the layers", async () => {
  await page.locator(".hit h3 a").first().click();
  await onPage("doc");
  const text = await page.locator("#doctext").innerText();
  assert.match(text, /Mont-de-Marsan/);
  const counts = await page.evaluate(() => Object.fromEntries(
    ["ent", "quote", "num", "date"].map(c => [c, document.querySelectorAll(`#doctext .${c}`).length])));
  console.log("highlights", JSON.stringify(counts));
  assert.ok(counts.ent + counts.quote + counts.num + counts.date >= 1, `no highlight at all: ${JSON.stringify(counts)}`);
  assert.ok(await page.locator("#panel-quotes").count() === 1);
  assert.ok(await page.locator("#panel-figures").count() === 1);
  await shot("02-article.png");
});

test("entity page", async () => {
  const ent = page.locator("#doctext a.ent").first();
  if (await ent.count()) await ent.click();
  else await page.goto(`${BASE}/#/entity/${encodeURIComponent("Claire Dumas")}`);
  await onPage("entity");
  assert.ok(await page.locator("#entity h2").count() === 1);
  await shot("03-entity.png");
});

test("map of places works offline", async () => {
  await page.goto(`${BASE}/#/map`);
  await onPage("map");
  await page.waitForSelector(".leaflet-container");
  const markers = await page.locator(".place-marker").count();
  console.log("markers", markers);
  const located = await page.evaluate(async () => (await (await fetch("/api/places")).json()).filter(p => p.lat != null).length);
  assert.equal(markers, located, "one marker per located place");
  await shot("04-map.png");
});

test("story page compares sources", async () => {
  await page.goto(`${BASE}/#/stories`);
  await onPage("stories");
  await page.locator(".story h3 a").first().click();
  await onPage("story");
  assert.ok(await page.locator("#story-figures").count() === 1);
  await shot("05-story.png");
  const real = consoleErrors.filter(e => !/favicon|Failed to load resource/.test(e));
  assert.deepEqual(real, [], `no console errors (all: ${JSON.stringify(consoleErrors)})`);
});
