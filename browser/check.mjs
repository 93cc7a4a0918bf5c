// The real-browser test (`npm run test:browser`, after `npm run build`).
//
// It serves the web example with examples/web/serve.mjs on 127.0.0.1 (a free port), drives Debian's
// Chromium through playwright-core (no browser download), and checks:
//   (a) the page: "Load example", submit, the verdict is "eligible", the rule tree's top-level ids,
//       the CRS chart's four bars proportional to the subtotals Node computes; screenshot in
//       test-results/web.png; the Français switch shows the verdict, a heading and every reason in
//       French (as Node renders them with the fr locale), the same rules, the form's labels, legends,
//       options, hints, placeholder and buttons in French (examples/web/words.js), and after
//       switching back the page's English text exactly as it was;
//   (b) the short form: an incomplete candidate lists its missing answers; a bad NOC code is shown
//       next to its field; pasted text is never turned into markup;
//   (c) the same fixed assessments (every examples/candidates/*.json on fixed dates, and the first
//       lines of examples/candidates/batch-1000.jsonl) run in Chromium and in Node give the same
//       JSON.stringify output byte for byte, under four time zones.
// It prints one line per check, then "N passed, N failed", and exits 1 on any failure. Every wait
// has a timeout and a watchdog ends the run; the browser, the server and the temporary profile are
// always cleaned up.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium); install it with `apt-get install -y chromium`.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { PAGE_PATH, REPO_ROOT, SERVED_PREFIXES, startStaticServer } from "../examples/web/serve.mjs";
import { runCases } from "./fixtures/run-cases.js";

const started = performance.now();
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS_DIR = join(REPO_ROOT, "test-results");
const DIST_ENTRY = join(REPO_ROOT, "dist", "index.js");
const CANDIDATES_DIR = join(REPO_ROOT, "examples", "candidates");
const WATCHDOG_MS = 180_000;
const WAIT_MS = 15_000;

/** The fixed dates of the byte-for-byte comparison: around the pathway's start and the 2025 CRS change. */
const AS_OF_DATES = ["2021-12-15", "2023-06-30", "2025-03-24", "2025-03-25", "2026-11-25"];
/** How many lines of the JSONL example join the comparison (on the last date only). */
const JSONL_LINES = 200;
/** The browser runs the comparison under each of these time zones (the Node side runs under TZ as set). */
const TIME_ZONES = ["UTC", "America/Edmonton", "Pacific/Kiritimati", "America/St_Johns"];
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// ---------------------------------------------------------------------------------------------
// Bookkeeping

const results = [];
function record(name, ok, detail = "") {
  results.push({ name, ok, detail });
  console.log(`${ok ? "✔" : "✘"} ${name}${detail === "" ? "" : ` — ${detail}`}`);
}

async function test(name, fn) {
  try {
    const detail = await fn();
    record(name, true, typeof detail === "string" ? detail : "");
  } catch (error) {
    record(name, false, error instanceof Error ? error.message : String(error));
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  assert(a === e, `${what}: got ${a}, expected ${e}`);
}

let context;
let server;
let userDataDir;
let cleanedUp = false;

async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  await context?.close().catch(() => {});
  await server?.close().catch(() => {});
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
}

function summarize() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

const watchdog = setTimeout(() => {
  record("the whole run finishes in time", false, `still running after ${WATCHDOG_MS / 1000} s; stopped`);
  cleanup().finally(() => process.exit(summarize() || 1));
}, WATCHDOG_MS);
watchdog.unref();

// ---------------------------------------------------------------------------------------------
// The page's own words (examples/web/words.js) in the language shown

/** A few form texts and every element named by a data-words key, with its text. */
function formTexts(page) {
  return page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    return {
      label: text('label[for="dob"]'),
      legend: text("fieldset.mode > legend"),
      option: text('#marital option[value="single"]'),
      notAnswered: text('#marital option[value=""]'),
      hint: text("#as-of-hint"),
      radio: text('fieldset.mode label:has(input[value="form"]) > span'),
      radioInputs: document.querySelectorAll('fieldset.mode input[name="mode"]').length,
      placeholder: document.getElementById("job-noc")?.getAttribute("placeholder") ?? null,
      button: text('#candidate-form button[type="submit"]'),
      title: document.title,
      keyed: [...document.querySelectorAll("[data-words]")].map((n) => [n.dataset.words, n.textContent]),
    };
  });
}

/** The whole document's text, its placeholders and its title. */
function pageTexts(page) {
  return page.evaluate(() => ({
    text: document.documentElement.textContent,
    placeholders: [...document.querySelectorAll("[placeholder]")].map((n) => n.getAttribute("placeholder")),
    title: document.title,
  }));
}

/** Where two texts first differ, with a little context, for a failure message. */
function textDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

// ---------------------------------------------------------------------------------------------
// The comparison cases: browser/fixtures/run-cases.js runs them, in Node and in the page.

function buildCases() {
  const files = readdirSync(CANDIDATES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const cases = [];
  for (const file of files) {
    const input = JSON.parse(readFileSync(join(CANDIDATES_DIR, file), "utf8"));
    for (const asOf of AS_OF_DATES) cases.push({ id: `${file} @ ${asOf}`, input, asOf });
  }
  const jsonl = join(CANDIDATES_DIR, "batch-1000.jsonl");
  let jsonlCount = 0;
  let jsonlSkipped = 0;
  if (existsSync(jsonl)) {
    const lines = readFileSync(jsonl, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    for (const [i, line] of lines.slice(0, JSONL_LINES).entries()) {
      let input;
      try {
        input = JSON.parse(line);
      } catch {
        jsonlSkipped += 1; // the example file has a deliberate non-JSON line
        continue;
      }
      cases.push({ id: `batch-1000.jsonl:${i + 1} @ 2026-11-25`, input, asOf: "2026-11-25" });
      jsonlCount += 1;
    }
  }
  return { cases, files, jsonlCount, jsonlSkipped };
}

/** Where two strings first differ, with a little context. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return `at character ${i}: node …${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))}… vs chromium …${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}…`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

async function loadLibrary() {
  // Another build may be replacing dist/ right now (tsup cleans it first): wait for the file briefly.
  const deadline = Date.now() + 20_000;
  while (!existsSync(DIST_ENTRY)) {
    if (Date.now() > deadline) throw new Error(`${DIST_ENTRY} does not exist: run "npm run build" first.`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return import(pathToFileURL(DIST_ENTRY).href);
}

function rawGet(port, path, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, timeout: 5000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, type: res.headers["content-type"] ?? "" }));
    });
    req.on("timeout", () => req.destroy(new Error(`timeout on ${path}`)));
    req.on("error", reject);
    req.end();
  });
}

async function openPage(url) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  if (url !== undefined) {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("html[data-ready='true']", { state: "attached" });
  }
  return { page, problems };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const L = await loadLibrary();
  const distHash = createHash("sha256").update(readFileSync(DIST_ENTRY)).digest("hex").slice(0, 12);
  mkdirSync(RESULTS_DIR, { recursive: true });

  // The page's server, plus the comparison fixture.
  server = await startStaticServer({ port: 0, prefixes: [...SERVED_PREFIXES, "/browser/fixtures/"] });
  const base = `http://127.0.0.1:${server.port}`;
  const pageUrl = `${base}${PAGE_PATH}`;

  await test("the server serves only /dist/, zod and /examples/, read-only", async () => {
    const expect = [
      ["/", 302],
      [PAGE_PATH, 200, "text/html"],
      ["/examples/web/app.js", 200, "text/javascript"],
      ["/examples/web/style.css", 200, "text/css"],
      ["/dist/index.js", 200, "text/javascript"],
      ["/node_modules/zod/index.js", 200, "text/javascript"],
      ["/node_modules/date-fns/index.js", 404],
      ["/examples/candidates/software-engineer-calgary.json", 200, "application/json"],
      ["/package.json", 404],
      ["/src/index.ts", 404],
      ["/node_modules/playwright-core/package.json", 404],
      ["/examples/../package.json", 404],
      ["/dist/%2e%2e/package.json", 404],
      ["/examples/%2E%2E%2Fpackage.json", 404],
      ["/examples/web/..%5c..%5cpackage.json", 404],
      ["/dist/", 404],
    ];
    for (const [path, status, type] of expect) {
      const res = await rawGet(server.port, path);
      assert(res.status === status, `${path}: status ${res.status}, expected ${status}`);
      if (type !== undefined) assert(res.type.startsWith(type), `${path}: content type ${res.type}, expected ${type}`);
    }
    const fixture = await rawGet(server.port, "/browser/fixtures/run-cases.js");
    assert(fixture.status === 200, `test fixture: status ${fixture.status}`);
    const plain = await startStaticServer({ port: 0 });
    try {
      const hidden = await rawGet(plain.port, "/browser/fixtures/run-cases.js");
      assert(hidden.status === 404, `npm run web's server serves the test fixture (status ${hidden.status})`);
    } finally {
      await plain.close();
    }
    const post = await rawGet(server.port, "/dist/index.js", "POST");
    assert(post.status === 405, `POST: status ${post.status}, expected 405`);
  });

  if (!existsSync(CHROMIUM_PATH)) {
    record(
      "chromium is installed",
      false,
      `${CHROMIUM_PATH} not found: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
    return;
  }
  userDataDir = mkdtempSync(join(tmpdir(), "alberta-atp-chromium-"));
  const launchStarted = performance.now();
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: LAUNCH_ARGS,
    timeout: 30_000,
    viewport: { width: 1280, height: 900 },
    locale: "en-CA",
  });
  const { page: probe } = await openPage();
  const userAgent = await probe.evaluate(() => navigator.userAgent);
  await probe.close();
  const chromeVersion = context.browser()?.version() ?? /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? "unknown";
  console.log(
    `chromium ${chromeVersion} (${CHROMIUM_PATH}), launched in ${((performance.now() - launchStarted) / 1000).toFixed(1)} s; node ${process.version}, TZ=${process.env.TZ ?? "(unset)"}; dist/index.js sha256 ${distHash}`,
  );

  // (a) -------------------------------------------------------------------------------------
  const exampleInput = JSON.parse(readFileSync(join(CANDIDATES_DIR, "software-engineer-calgary.json"), "utf8"));
  const exampleAsOf = L.isoDate("2026-11-25");
  const exampleCandidate = L.parseCandidate(exampleInput);
  assert(exampleCandidate.ok, "software-engineer-calgary.json does not parse in Node");
  const expected = L.assessAcceleratedTechPathway(exampleCandidate.value, { asOf: exampleAsOf });
  const expectedCrs = L.calculateCrs(exampleCandidate.value, { asOf: exampleAsOf });
  assert(expectedCrs.ok, "software-engineer-calgary.json has no CRS score in Node");

  {
    const { page, problems } = await openPage(pageUrl);
    await test("(a) load example, submit: the verdict says eligible", async () => {
      assert(expected.status === "eligible", `Node says ${expected.status}; the example should be eligible`);
      await page.getByLabel("Paste Candidate JSON").check();
      await page.locator("#as-of").fill(exampleAsOf);
      await page.getByRole("button", { name: "Load example" }).click();
      await page.waitForSelector("#candidate-json[data-loaded]", { state: "attached" });
      await page.locator("#json-form").getByRole("button", { name: "Check eligibility" }).click();
      await page.waitForSelector("#verdict[data-status='eligible']");
      const verdict = (await page.locator("#verdict").textContent()) ?? "";
      assert(/\bEligible\b/.test(verdict), `verdict text: ${JSON.stringify(verdict)}`);
      assert((await page.locator("#verdict").getAttribute("aria-live")) === "polite", "verdict is not a live region");
      return verdict.trim();
    });

    await test("(a) the rule tree has the expected top-level rules, marked ✔", async () => {
      const root = page.locator("#rule-tree > details.rule");
      same(await root.getAttribute("data-rule-id"), expected.result.id, "root rule id");
      const ids = await page
        .locator("#rule-tree > details.rule > ul > li > details.rule")
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-rule-id")));
      const expectedIds = (expected.result.children ?? []).map((c) => c.id);
      same(ids, expectedIds, "top-level rule ids");
      same(ids, ["atp.pathway-open", "alberta-ee", "atp.qualifying-job"], "top-level rule ids (documented)");
      const marks = await page
        .locator("#rule-tree > details.rule > ul > li > details.rule > summary .mark")
        .allTextContents();
      same(marks, ["✔", "✔", "✔"], "marks");
      const links = await page.locator("#rule-tree a.source").count();
      assert(links > 0, "no source links in the tree");
      return ids.join(", ");
    });

    await test("(a) the CRS chart has 4 bars proportional to Node's section subtotals", async () => {
      const rows = await page.locator("#crs-chart .crs-row").evaluateAll((groups) =>
        groups.map((g) => ({
          section: g.getAttribute("data-section"),
          points: Number(g.getAttribute("data-points")),
          max: Number(g.getAttribute("data-max")),
          bar: g.querySelector(".crs-bar").getBoundingClientRect().width,
          track: g.querySelector(".crs-track").getBoundingClientRect().width,
          label: g.querySelector(".crs-value").textContent,
        })),
      );
      assert(rows.length === 4, `${rows.length} bars`);
      same(
        rows.map((r) => r.section),
        ["core", "spouse", "transferability", "additional"],
        "sections",
      );
      const maxima = L.crsTablesAsOf(exampleAsOf).maximums.value;
      const expectedMax = {
        core: maxima.core.single,
        spouse: maxima.spouse.withSpouse,
        transferability: maxima.transferability,
        additional: maxima.additional,
      };
      for (const row of rows) {
        const points = expectedCrs[row.section].subtotal;
        assert(row.points === points, `${row.section}: ${row.points} points shown, Node says ${points}`);
        assert(
          row.max === expectedMax[row.section],
          `${row.section}: maximum ${row.max}, expected ${expectedMax[row.section]}`,
        );
        assert(row.track > 100, `${row.section}: track only ${row.track}px wide`);
        const ratio = row.bar / row.track;
        assert(
          Math.abs(ratio - points / row.max) < 0.005,
          `${row.section}: bar ${row.bar.toFixed(1)}px of ${row.track.toFixed(1)}px (${ratio.toFixed(4)}), expected ${(points / row.max).toFixed(4)}`,
        );
        assert(row.label === `${points} / ${row.max}`, `${row.section}: label ${JSON.stringify(row.label)}`);
      }
      const total = Number(await page.locator("#crs-total").getAttribute("data-points"));
      const nominated = Number(await page.locator("#crs-total-nominated").getAttribute("data-points"));
      assert(total === expectedCrs.total, `total ${total}, Node says ${expectedCrs.total}`);
      const expectedNominated = L.withProvincialNomination(expectedCrs).total;
      assert(nominated === expectedNominated, `with nomination ${nominated}, Node says ${expectedNominated}`);
      const bars = rows.map((r) => `${r.section} ${r.points}/${r.max}`).join(", ");
      return `${bars}; total ${total}, nominated ${nominated}`;
    });

    await test("(a) the Worker EOI breakdown, beside the CRS chart, matches Node line by line", async () => {
      const eoi = L.scoreAlbertaWorkerEoi(exampleCandidate.value, { asOf: exampleAsOf });
      assert(eoi.ok, "software-engineer-calgary.json has no Worker EOI score in Node");
      const draws = L.atpDrawComparison(eoi.total, { asOf: exampleAsOf });
      assert(draws.ok, "atpDrawComparison gave no comparison in Node");
      const total = Number(await page.locator("#eoi-total").getAttribute("data-points"));
      const maximum = Number(await page.locator("#eoi-maximum").getAttribute("data-points"));
      assert(total === eoi.total, `EOI total ${total}, Node says ${eoi.total}`);
      assert(maximum === eoi.maximumReachable, `EOI maximum ${maximum}, Node says ${eoi.maximumReachable}`);
      const lines = await page
        .locator("#eoi-lines tr[data-line]")
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.getAttribute("data-line"),
            Number(r.getAttribute("data-points")),
            r.cells[1].textContent,
            r.querySelector(".eoi-option")?.textContent ?? null,
          ]),
        );
      // Each line shows the grid's wording of its option (Node's optionLabel), never the option's id,
      // and leaves it out when it only repeats the factor's name.
      same(
        lines,
        eoi.lines.map((l) => [
          l.id,
          l.points,
          `${l.points} / ${l.maximum}`,
          l.optionLabel === undefined || l.optionLabel === l.label ? null : `(${l.optionLabel})`,
        ]),
        "EOI lines",
      );
      assert(
        eoi.lines.some((l) => l.option !== undefined && l.optionLabel !== l.option),
        "no EOI line of the example has an option label that differs from its id: the check proves nothing",
      );
      const groups = await page.locator("#eoi-chart .eoi-row").evaluateAll((rows) =>
        rows.map((g) => ({
          group: g.getAttribute("data-group"),
          points: Number(g.getAttribute("data-points")),
          max: Number(g.getAttribute("data-max")),
          bar: g.querySelector(".crs-bar").getBoundingClientRect().width,
          track: g.querySelector(".crs-track").getBoundingClientRect().width,
        })),
      );
      same(
        groups.map((g) => [g.group, g.points, g.max]),
        [
          ["I", eoi.groupI, 69],
          ["II", eoi.groupII, 31],
        ],
        "EOI groups",
      );
      for (const g of groups) {
        const ratio = g.bar / g.track;
        assert(Math.abs(ratio - g.points / g.max) < 0.005, `group ${g.group}: bar ratio ${ratio.toFixed(4)}`);
      }
      const statement = (await page.locator("#eoi-draws .eoi-draws-statement").textContent()) ?? "";
      const { en } = await import(pathToFileURL(join(REPO_ROOT, "dist", "locales", "en.js")).href);
      same(statement, L.renderMessage(draws.message, en), "draw comparison");
      const listed = await page.locator("#eoi-draws li").count();
      assert(listed === draws.of, `${listed} draws listed, Node has ${draws.of}`);
      // Beside: at 1280 px the two score panels share a row (same top, EOI to the right of the CRS).
      const crsBox = await page.locator("section[aria-labelledby='crs-title']").boundingBox();
      const eoiBox = await page.locator("section[aria-labelledby='eoi-title']").boundingBox();
      assert(crsBox !== null && eoiBox !== null, "a score panel is not rendered");
      assert(
        Math.abs(crsBox.y - eoiBox.y) < 2 && eoiBox.x >= crsBox.x + crsBox.width,
        "the EOI panel is not beside the CRS chart",
      );
      return `EOI ${total} (up to ${maximum}); I ${eoi.groupI}/69, II ${eoi.groupII}/31; ${draws.atOrAbove} of ${draws.of} draws`;
    });

    await test("(a) next steps shown, no missing answers, no page errors; screenshot", async () => {
      const steps = await page
        .locator("#next-steps > li")
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-step-id")));
      same(
        steps,
        expected.nextSteps.map((s) => s.id),
        "next steps",
      );
      assert(
        await page.locator("#missing-section").isHidden(),
        "the missing section is shown for an eligible candidate",
      );
      await page.screenshot({ path: join(RESULTS_DIR, "web.png"), fullPage: true, timeout: WAIT_MS });
      assert(problems.length === 0, problems.join("; "));
      return "test-results/web.png";
    });

    await test("(a) Français: the verdict, the headings and the reasons in French, the same rules; back to English", async () => {
      const { fr } = await import(pathToFileURL(join(REPO_ROOT, "dist", "locales", "fr.js")).href);
      const french = L.renderAssessment(expected, fr);
      const idsBefore = await page
        .locator("#rule-tree details.rule")
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-rule-id")));
      const englishPage = await pageTexts(page);
      await page.getByLabel("Français").check();
      await page.waitForSelector("html[lang='fr']", { state: "attached" });
      await page.waitForSelector("#verdict[data-status='eligible']");
      const verdict = ((await page.locator("#verdict").textContent()) ?? "").trim();
      same(verdict, `Admissible à l’Accelerated Tech Pathway au ${exampleAsOf}.`, "French verdict");
      same(await page.locator("#next-title").textContent(), "Prochaines étapes", "French heading");
      const rootReason = await page.locator("#rule-tree > details.rule > .rule-body > p.reason").textContent();
      same(rootReason, french.result.reason, "the root's reason (Node's French rendering)");
      assert(rootReason === "Les 3 exigences sont remplies.", `root reason ${JSON.stringify(rootReason)}`);
      const reasons = await page.locator("#rule-tree details.rule > .rule-body > p.reason").allTextContents();
      const expectedReasons = [];
      const walk = (node) => {
        expectedReasons.push(node.reason);
        for (const child of node.children ?? []) walk(child);
      };
      walk(french.result);
      same(reasons, expectedReasons, "every reason (Node's French rendering, tree order)");
      const idsAfter = await page
        .locator("#rule-tree details.rule")
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-rule-id")));
      same(idsAfter, idsBefore, "rule ids");
      const form = await formTexts(page);
      same(form.label, "Date de naissance", "French label");
      same(form.legend, "Comment saisir le candidat", "French legend");
      same(form.option, "Célibataire", "French option");
      same(form.notAnswered, "— sans réponse —", "French “not answered” option");
      same(form.hint, "Les règles en vigueur ce jour-là s’appliquent. Par défaut : aujourd’hui.", "French hint");
      same(form.radio, "Remplir un court formulaire", "French text beside a radio button");
      same(form.radioInputs, 2, "the mode's radio buttons kept");
      same(form.placeholder, "p. ex. 21231", "French placeholder");
      same(form.button, "Vérifier l’admissibilité", "French button");
      same(form.title, "Vérification de l’Accelerated Tech Pathway de l’Alberta — alberta-atp", "French title");
      const { WORDS } = await import(pathToFileURL(join(REPO_ROOT, "examples", "web", "words.js")).href);
      const notFrench = form.keyed.filter(([key, text]) => text !== (WORDS.fr[key] ?? WORDS.en[key]));
      same(notFrench, [], "elements whose text is not their French word");
      const untranslated = form.keyed.filter(([key]) => WORDS.fr[key] === undefined).map(([key]) => key);
      same(untranslated, [], "keys with no French word");
      await page.getByLabel("English").check();
      await page.waitForSelector("html[lang='en']", { state: "attached" });
      const back = ((await page.locator("#verdict").textContent()) ?? "").trim();
      assert(/^Eligible for the Accelerated Tech Pathway/.test(back), `English again: ${JSON.stringify(back)}`);
      const english = await formTexts(page);
      same(
        [english.label, english.legend, english.option, english.hint, english.placeholder, english.button],
        [
          "Date of birth",
          "How to enter the candidate",
          "Single",
          "The rules in force on this day are applied. Defaults to today.",
          "e.g. 21231",
          "Check eligibility",
        ],
        "English form texts again",
      );
      const englishAgain = await pageTexts(page);
      assert(
        englishAgain.text === englishPage.text,
        `the page's text after English → Français → English differs from the first English text: ${textDifference(englishPage.text, englishAgain.text)}`,
      );
      same(englishAgain.placeholders, englishPage.placeholders, "placeholders after English → Français → English");
      same(englishAgain.title, englishPage.title, "title after English → Français → English");
      assert(problems.length === 0, problems.join("; "));
      return verdict;
    });
    await page.close();
  }

  // (b) -------------------------------------------------------------------------------------
  {
    const { page, problems } = await openPage(pageUrl);
    const formCandidate = {
      dateOfBirth: "1995-11-03",
      maritalStatus: "single",
      familyInAlberta: true,
      workHistory: [
        {
          noc: "21232",
          from: "2024-04-15",
          hoursPerWeek: 40,
          employer: { albertaBased: true },
          country: "CA",
          province: "AB",
        },
      ],
      jobOffer: { noc: "21232", community: "rural-renewal-designated", province: "AB" },
    };
    await test("(b) the short form: an incomplete candidate lists its missing answers", async () => {
      const parsed = L.parseCandidate(formCandidate);
      assert(parsed.ok, "the form candidate does not parse in Node");
      const node = L.assessAcceleratedTechPathway(parsed.value, { asOf: exampleAsOf });
      assert(node.status === "incomplete", `Node says ${node.status}`);
      await page.getByLabel("Assess as of").fill(exampleAsOf);
      await page.getByLabel("Date of birth").fill("1995-11-03");
      await page.getByLabel("Marital status").selectOption("single");
      await page.getByLabel("NOC 2021 code", { exact: true }).fill("21232");
      await page.getByLabel("Started on").fill("2024-04-15");
      await page.getByLabel("Hours per week", { exact: true }).fill("40");
      await page.getByLabel("Employer is Alberta-based", { exact: true }).selectOption("true");
      await page.getByLabel("Job offer", { exact: true }).selectOption("yes");
      await page.getByLabel("Offer NOC 2021 code").fill("21232");
      await page.getByLabel("Family in Alberta", { exact: false }).selectOption("true");
      await page.getByLabel("Where the job is").selectOption("rural-renewal-designated");
      await page.locator("#candidate-form").getByRole("button", { name: "Check eligibility" }).click();
      await page.waitForSelector("#verdict[data-status='incomplete']");
      assert(await page.locator("#missing-section").isVisible(), "the missing section is hidden");
      const missing = await page
        .locator("#missing > li")
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-path")));
      same(missing, node.missing, "missing answers");
      // The Worker EOI fields of the form reach the score: Node's lines, certain and reachable.
      const eoi = L.scoreAlbertaWorkerEoi(parsed.value, { asOf: exampleAsOf });
      assert(eoi.ok, "the form candidate has no Worker EOI score in Node");
      const eoiLines = await page
        .locator("#eoi-lines tr[data-line]")
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.getAttribute("data-line"),
            Number(r.getAttribute("data-points")),
            Number(r.getAttribute("data-reachable")),
          ]),
        );
      same(
        eoiLines,
        eoi.lines.map((l) => [l.id, l.points, l.maximumReachable]),
        "EOI lines from the form",
      );
      const family = eoi.lines.find((l) => l.id === "family-in-alberta");
      const location = eoi.lines.find((l) => l.id === "offer-location");
      // The community's points need a qualifying offer (permanent, full-time, not seasonal), which
      // the short form leaves open: reachable, not certain, and the open answers asked.
      assert(
        family?.points === 8 &&
          location?.points === 0 &&
          (location?.maximumReachable ?? 0) > 0 &&
          location.missing.includes("jobOffer.permanent"),
        "the form's family and community answers scored nothing",
      );
      const unknownMarks = await page.locator("#rule-tree details.verdict-unknown > summary .mark").count();
      assert(unknownMarks > 0, "no ? marks in the tree");
      await page.screenshot({ path: join(RESULTS_DIR, "web-incomplete.png"), fullPage: true, timeout: WAIT_MS });
      return `${missing.length} missing answers, e.g. ${missing.slice(0, 3).join(", ")}`;
    });

    await test("(b) a bad NOC code is shown next to its field", async () => {
      await page.getByLabel("NOC 2021 code", { exact: true }).fill("21-23");
      await page.locator("#candidate-form").getByRole("button", { name: "Check eligibility" }).click();
      await page.waitForSelector("#verdict[data-status='invalid']");
      const error = page.locator('.field[data-path="workHistory[0].noc"] .field-error');
      const message = (await error.textContent()) ?? "";
      assert(message.includes("NOC"), `field error: ${JSON.stringify(message)}`);
      same(await page.locator("#job-noc").getAttribute("aria-invalid"), "true", "aria-invalid");
      assert(await page.locator("#result-body").isHidden(), "old results still shown");
      return message;
    });

    await test("(b) pasted text is shown as text, never as markup", async () => {
      await page.getByLabel("Paste Candidate JSON").check();
      const hostile = '{"<img src=x onerror=window.__owned=1>": 1, "dateOfBirth": "<b>1990</b>"}';
      await page.getByLabel("Candidate JSON", { exact: true }).fill(hostile);
      await page.locator("#json-form").getByRole("button", { name: "Check eligibility" }).click();
      await page.waitForSelector("#verdict[data-status='invalid']");
      const issues = await page.locator("#json-issues > li").allTextContents();
      assert(issues.length >= 2, `issues: ${JSON.stringify(issues)}`);
      assert((await page.locator("#json-issues img, #json-issues b").count()) === 0, "markup was created");
      assert((await page.evaluate(() => window.__owned)) === undefined, "script ran");
      assert(problems.length === 0, problems.join("; "));
      return `${issues.length} issues listed`;
    });
    await page.close();
  }

  // (c) -------------------------------------------------------------------------------------
  const { cases, files, jsonlCount, jsonlSkipped } = buildCases();
  const nodeStarted = performance.now();
  const nodeRows = runCases(L, cases);
  const nodeMs = performance.now() - nodeStarted;
  const invalidFiles = files.filter((f) => !L.parseCandidate(cases.find((c) => c.id.startsWith(`${f} @`)).input).ok);
  console.log(
    `byte-for-byte cases: ${files.length} example files × ${AS_OF_DATES.length} dates + ${jsonlCount} JSONL lines (${jsonlSkipped} non-JSON skipped) = ${cases.length} (Node ${nodeMs.toFixed(0)} ms)${invalidFiles.length > 0 ? `; not valid, compared as parse results only: ${invalidFiles.join(", ")}` : ""}`,
  );

  for (const timeZone of TIME_ZONES) {
    await test(`(c) Chromium in ${timeZone} gives Node's JSON byte for byte (${cases.length} cases)`, async () => {
      const { page, problems } = await openPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setTimezoneOverride", { timezoneId: timeZone });
        await page.goto(pageUrl, { waitUntil: "load" });
        await page.waitForSelector("html[data-ready='true']", { state: "attached" });
        const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
        assert(zone === timeZone || (timeZone === "UTC" && zone === "Etc/UTC"), `page time zone is ${zone}`);
        const browserStarted = performance.now();
        const browserRows = await page.evaluate(async (list) => {
          const L = await import("/dist/index.js");
          const { runCases: run } = await import("/browser/fixtures/run-cases.js");
          return run(L, list);
        }, cases);
        const browserMs = performance.now() - browserStarted;
        assert(browserRows.length === nodeRows.length, `${browserRows.length} rows, expected ${nodeRows.length}`);
        const differences = [];
        let strings = 0;
        let bytes = 0;
        for (const [i, nodeRow] of nodeRows.entries()) {
          const browserRow = browserRows[i];
          for (const key of ["parse", "atp", "crs", "nominated", "eoi", "draws"]) {
            if (nodeRow[key] === undefined && browserRow[key] === undefined) continue;
            strings += 1;
            bytes += nodeRow[key]?.length ?? 0;
            if (nodeRow[key] !== browserRow[key]) {
              differences.push(
                `${nodeRow.id} ${key} ${firstDifference(String(nodeRow[key]), String(browserRow[key]))}`,
              );
            }
          }
        }
        const threw = nodeRows.filter((r) => Object.values(r).some((v) => String(v).startsWith("threw ")));
        assert(threw.length === 0, `the library threw on ${threw.map((r) => r.id).join(", ")}`);
        assert(
          differences.length === 0,
          `${differences.length} differences; first: ${differences.slice(0, 3).join(" | ")}`,
        );
        assert(problems.length === 0, problems.join("; "));
        return `${strings} strings, ${(bytes / 1024).toFixed(0)} KiB identical (Chromium ${browserMs.toFixed(0)} ms)`;
      } finally {
        await page.close();
      }
    });
  }

  const distHashAfter = createHash("sha256").update(readFileSync(DIST_ENTRY)).digest("hex").slice(0, 12);
  if (distHashAfter !== distHash) {
    record(
      "dist/index.js did not change during the run",
      false,
      `${distHash} → ${distHashAfter}: rebuilt meanwhile; rerun`,
    );
  }
}

try {
  await main();
} catch (error) {
  record("the run completes", false, error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exitCode = summarize();
