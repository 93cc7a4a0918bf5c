// The web example: a plain ES module, no framework, no build step. It imports the library's built
// ESM bundle; the page's import map resolves the bundle's `zod` imports.
//
// Every piece of text that reaches the page goes through textContent or setAttribute (never
// innerHTML), so nothing a user types or pastes can become markup.
//
// Languages: the English / Français switch re-renders the current result. The explanations are the
// library's messages, rendered with the locale of /dist/locales/en.js or /dist/locales/fr.js
// (lib.renderAssessment, lib.renderMessage); the page's own words are in ./words.js.

import { WORDS } from "./words.js";

const status = document.getElementById("verdict");

let lib;
try {
  lib = await import("/dist/index.js");
} catch (error) {
  status.dataset.status = "error";
  status.textContent = `Could not load the library from /dist/index.js (${error instanceof Error ? error.message : String(error)}). Run "npm run build", then reload.`;
  throw error;
}
const { assessAcceleratedTechPathway, calculateCrs, crsFactors, crsTablesAsOf, isoDate, parseCandidate } = lib;
const { withProvincialNomination, scoreAlbertaWorkerEoi, atpDrawComparison } = lib;
const LOCALES = {
  en: (await import("/dist/locales/en.js")).en,
  fr: (await import("/dist/locales/fr.js")).fr,
};
/** The language shown: "en" or "fr" (the switch at the top). */
let lang = "en";
let locale = LOCALES.en;
let numberFormat = new Intl.NumberFormat(locale.tag);

/** One of the page's own words in the language shown (English when French has none). */
function t(key) {
  return WORDS[lang][key] ?? WORDS.en[key];
}

const EXAMPLE_URL = "/examples/candidates/software-engineer-calgary.json";
const SVG_NS = "http://www.w3.org/2000/svg";

const MARKS = { pass: "✔", fail: "✘", unknown: "?" };

// ---------------------------------------------------------------------------------------------
// Small DOM helpers

/** Creates an element with attributes and children; strings become text nodes. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
}

/** Creates an SVG element with attributes. */
function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** A link to a rule's source, only for http(s) addresses. */
function sourceLink(source) {
  if (source === undefined || source === null) return undefined;
  let href;
  try {
    const url = new URL(source.url);
    if (url.protocol === "https:" || url.protocol === "http:") href = url.href;
  } catch {
    href = undefined;
  }
  const title = source.title ?? source.url ?? "source";
  return href === undefined
    ? el("span", { class: "source" }, title)
    : el("a", { class: "source", href, target: "_blank", rel: "noopener noreferrer" }, title);
}

function formatValue(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Input: the as-of date, the mode switch, the short form and the JSON textarea

const asOfInput = document.getElementById("as-of");
const asOfError = document.getElementById("as-of-error");
const candidateForm = document.getElementById("candidate-form");
const jsonForm = document.getElementById("json-form");
const jsonText = document.getElementById("candidate-json");
const jsonIssues = document.getElementById("json-issues");
const formIssues = document.getElementById("form-issues");

/** Today on the calendar of the person using the page (local time, not UTC). */
function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
asOfInput.value = localToday();

for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener("change", () => {
    const json = document.querySelector('input[name="mode"]:checked')?.value === "json";
    candidateForm.hidden = json;
    jsonForm.hidden = !json;
  });
}

function readAsOf() {
  asOfError.hidden = true;
  asOfError.textContent = "";
  asOfInput.removeAttribute("aria-invalid");
  const value = asOfInput.value;
  try {
    if (value === "") throw new Error(t("asOfRequired"));
    return isoDate(value);
  } catch (error) {
    asOfError.textContent = error instanceof Error ? error.message : String(error);
    asOfError.hidden = false;
    asOfInput.setAttribute("aria-invalid", "true");
    asOfInput.focus();
    return undefined;
  }
}

const text = (id) => document.getElementById(id).value.trim();
const optionalText = (id) => (text(id) === "" ? undefined : text(id));
const optionalNumber = (id) => (text(id) === "" ? undefined : Number(text(id)));
const optionalBoolean = (id) => (text(id) === "" ? undefined : text(id) === "true");

/** Copies the defined entries of `values` into a new object; undefined when none is defined. */
function defined(values) {
  const out = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * Builds Candidate input from the short form. A blank field is left out ("not answered"); the
 * "none" choices become `[]` or `null` ("answered: none"). Nothing is validated here:
 * parseCandidate does that, and its issues are shown next to the fields.
 */
function candidateFromForm() {
  const candidate = {};
  const put = (key, value) => {
    if (value !== undefined) candidate[key] = value;
  };
  put("dateOfBirth", optionalText("dob"));
  put("maritalStatus", optionalText("marital"));
  put("familyInAlberta", optionalBoolean("family-alberta"));

  const testKind = text("lang-test");
  if (testKind === "none") candidate.languageTests = [];
  else if (testKind !== "") {
    candidate.languageTests = [
      defined({
        test: testKind,
        testedOn: optionalText("lang-date"),
        scores:
          defined({
            reading: optionalNumber("lang-reading"),
            writing: optionalNumber("lang-writing"),
            listening: optionalNumber("lang-listening"),
            speaking: optionalNumber("lang-speaking"),
          }) ?? {},
      }),
    ];
  }

  const level = text("edu-level");
  if (level === "none") candidate.education = [];
  else if (level !== "") {
    candidate.education = [
      defined({
        level,
        inCanada: optionalBoolean("edu-canada"),
        province: optionalText("edu-province"),
        ecaIssuedOn: optionalText("edu-eca"),
      }),
    ];
  }

  const job = defined({
    noc: optionalText("job-noc"),
    from: optionalText("job-from"),
    hoursPerWeek: optionalNumber("job-hours"),
    engagement: optionalText("job-engagement"),
    authorized: optionalBoolean("job-authorized"),
    employer: defined({ albertaBased: optionalBoolean("job-alberta"), techIndustry: optionalBoolean("job-tech") }),
  });
  if (job !== undefined) candidate.workHistory = [{ ...job, country: "CA", province: "AB" }];

  const offerChoice = text("offer-has");
  const offer = defined({
    noc: optionalText("offer-noc"),
    hoursPerWeek: optionalNumber("offer-hours"),
    permanent: optionalBoolean("offer-permanent"),
    employer: defined({ albertaBased: optionalBoolean("offer-alberta"), techIndustry: optionalBoolean("offer-tech") }),
    community: optionalText("offer-community"),
    regulatedOccupationAlbertaLicence: optionalBoolean("offer-licence"),
    sectorEndorsement: text("offer-sector") === "none" ? null : optionalText("offer-sector"),
  });
  if (offerChoice === "no") candidate.jobOffer = null;
  else if (offerChoice === "yes" || offer !== undefined) candidate.jobOffer = { ...offer, province: "AB" };

  const profileChoice = text("ee-has");
  const profile = defined({ submittedOn: optionalText("ee-date"), primaryOccupation: optionalText("ee-noc") });
  if (profileChoice === "no") candidate.expressEntryProfile = null;
  else if (profileChoice === "yes" || profile !== undefined) candidate.expressEntryProfile = { ...profile };

  const ban = text("st-ban");
  const statusFacts = defined({
    refugeeClaimant: optionalBoolean("st-refugee"),
    removalOrder: optionalBoolean("st-removal"),
    activeAaipApplication: optionalBoolean("st-aaip"),
    // "Banned until…" with no date is sent as "", so the parser names the field.
    misrepresentationBanUntil: ban === "none" ? null : ban === "until" ? text("st-ban-until") : undefined,
    workPermitValidUntil: optionalText("st-permit"),
  });
  if (statusFacts !== undefined) candidate.status = statusFacts;
  return candidate;
}

function clearFieldErrors() {
  for (const node of candidateForm.querySelectorAll(".field-error")) node.remove();
  for (const node of candidateForm.querySelectorAll("[aria-invalid]")) {
    node.removeAttribute("aria-invalid");
    node.removeAttribute("aria-describedby");
  }
  formIssues.replaceChildren();
  formIssues.hidden = true;
}

/** The form field for an issue path: the exact path, else the nearest enclosing one. */
function fieldFor(path) {
  const fields = [...candidateForm.querySelectorAll(".field[data-path]")];
  let best;
  for (const field of fields) {
    const fieldPath = field.dataset.path;
    const matches = fieldPath === path || path.startsWith(`${fieldPath}.`) || path.startsWith(`${fieldPath}[`);
    if (matches && (best === undefined || fieldPath.length > best.dataset.path.length)) best = field;
  }
  // An issue on a whole object (`jobOffer.noc` missing is on `jobOffer.noc`; `languageTests[0].scores`
  // missing is on the first score) goes to the first field inside it.
  if (best === undefined && path !== "") {
    best = fields.find((f) => f.dataset.path.startsWith(`${path}.`) || f.dataset.path.startsWith(`${path}[`));
  }
  return best;
}

let errorCounter = 0;
function showFormIssues(issues) {
  clearFieldErrors();
  let first;
  for (const issue of issues) {
    const field = fieldFor(issue.path);
    const control = field?.querySelector("input, select, textarea");
    if (field === undefined || control === null || control === undefined) {
      formIssues.append(issueItem(issue));
      formIssues.hidden = false;
      continue;
    }
    errorCounter += 1;
    const id = `field-error-${errorCounter}`;
    field.append(
      el("p", { class: "field-error", id, "data-issue-path": issue.path }, lib.renderMessage(issue.message, locale)),
    );
    control.setAttribute("aria-invalid", "true");
    const describedBy = control.getAttribute("aria-describedby");
    control.setAttribute("aria-describedby", describedBy ? `${describedBy} ${id}` : id);
    first ??= control;
  }
  (first ?? formIssues).focus?.();
}

function issueItem(issue) {
  return el(
    "li",
    { "data-issue-path": issue.path },
    el("code", {}, issue.path === "" ? t("theCandidate") : issue.path),
    lang === "fr" ? " : " : ": ",
    lib.renderMessage(issue.message, locale),
  );
}

function showJsonIssues(issues) {
  jsonIssues.replaceChildren(...issues.map(issueItem));
  jsonIssues.hidden = issues.length === 0;
  if (issues.length > 0) jsonText.setAttribute("aria-invalid", "true");
  else jsonText.removeAttribute("aria-invalid");
}

/** What the result area shows, so that the language switch can show it again. */
let shown = { kind: "placeholder" };

function announceInvalid(count) {
  clearResults();
  shown = { kind: "invalid", count };
  status.dataset.status = "invalid";
  status.textContent = t("invalid")(count);
}

candidateForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const asOf = readAsOf();
  if (asOf === undefined) return;
  const parsed = parseCandidate(candidateFromForm());
  if (!parsed.ok) {
    showFormIssues(parsed.issues);
    announceInvalid(parsed.issues.length);
    return;
  }
  clearFieldErrors();
  showResults(parsed.value, asOf);
});

candidateForm.addEventListener("reset", () => {
  clearFieldErrors();
  clearResults();
  shown = { kind: "placeholder" };
  status.dataset.status = "";
  status.textContent = t("placeholder");
});

jsonForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const asOf = readAsOf();
  if (asOf === undefined) return;
  let input;
  try {
    input = JSON.parse(jsonText.value);
  } catch (error) {
    const issue = { path: "", code: "invalid_json", message: t("notJson")(error.message) };
    showJsonIssues([issue]);
    announceInvalid(1);
    return;
  }
  const parsed = parseCandidate(input);
  if (!parsed.ok) {
    showJsonIssues(parsed.issues);
    announceInvalid(parsed.issues.length);
    return;
  }
  showJsonIssues([]);
  showResults(parsed.value, asOf);
});

document.getElementById("load-example").addEventListener("click", async () => {
  try {
    const response = await fetch(EXAMPLE_URL);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    jsonText.value = await response.text();
    showJsonIssues([]);
    jsonText.dataset.loaded = EXAMPLE_URL;
  } catch (error) {
    showJsonIssues([{ path: "", code: "load_failed", message: t("loadFailed")(EXAMPLE_URL, error.message) }]);
  }
});

for (const [id, open] of [
  ["expand-all", true],
  ["collapse-all", false],
]) {
  document.getElementById(id).addEventListener("click", () => {
    for (const node of document.querySelectorAll("#rule-tree details.rule")) node.open = open;
    document.querySelector("#rule-tree > details.rule").open = true;
  });
}

// ---------------------------------------------------------------------------------------------
// Output: the verdict, the rule tree, missing answers, next steps and the CRS chart

const resultBody = document.getElementById("result-body");

const scores = document.getElementById("scores");

function clearResults() {
  resultBody.hidden = true;
  scores.hidden = true;
  for (const id of ["rule-tree", "missing", "next-steps", "crs", "eoi"]) document.getElementById(id).replaceChildren();
}

function showResults(candidate, asOf) {
  let assessment;
  let crs;
  let eoi;
  try {
    assessment = assessAcceleratedTechPathway(candidate, { asOf });
    crs = calculateCrs(candidate, { asOf });
    eoi = scoreAlbertaWorkerEoi(candidate, { asOf });
  } catch (error) {
    clearResults();
    shown = { kind: "placeholder" };
    status.dataset.status = "error";
    status.textContent = t("stopped")(error instanceof Error ? error.message : String(error));
    return;
  }
  shown = { kind: "result", candidate, asOf };
  // Every explanation in the language shown: result nodes get their reason and title, caveats,
  // uncertain rules and next steps (once they carry a message) their text; the data is kept.
  const explained = lib.renderAssessment(assessment, locale);

  status.dataset.status = assessment.status;
  status.lang = lang;
  const summary =
    assessment.status === "eligible"
      ? t("summaryEligible")(assessment.asOf)
      : assessment.status === "ineligible"
        ? t("summaryIneligible")(assessment.asOf, assessment.failed.length)
        : assessment.missing.length > 0
          ? t("summaryMissing")(assessment.asOf, assessment.missing.length)
          : t("summaryUncertain")(assessment.asOf);
  status.replaceChildren(
    el("strong", { class: `status status-${assessment.status}` }, t("status")[assessment.status]),
    summary,
  );

  document.getElementById("rule-tree").replaceChildren(renderRule(explained.result, 0));
  document.getElementById("tree-tools").hidden = false;

  const missingSection = document.getElementById("missing-section");
  document
    .getElementById("missing")
    .replaceChildren(...assessment.missing.map((path) => el("li", { "data-path": path }, el("code", {}, path))));
  missingSection.hidden = assessment.missing.length === 0;

  document
    .getElementById("uncertain")
    .replaceChildren(
      ...explained.uncertain.map((u) => el("li", { "data-rule": u.id }, el("code", {}, u.id), ` ${u.text}`)),
    );
  document.getElementById("uncertain-section").hidden = assessment.uncertain.length === 0;
  document.getElementById("freshness").textContent = [
    t("verified")(assessment.verifiedThrough),
    ...explained.caveats.map((caveat) => caveat.text),
  ].join(" ");

  const nextSection = document.getElementById("next-section");
  document
    .getElementById("next-steps")
    .replaceChildren(
      ...assessment.nextSteps.map((step) =>
        el(
          "li",
          { "data-step-id": step.id },
          el("span", { class: "action" }, lib.renderMessage(step.message, locale)),
          step.due === undefined ? undefined : el("span", { class: "due" }, t("due")(step.due)),
          " ",
          sourceLink(step.source),
        ),
      ),
    );
  nextSection.hidden = assessment.nextSteps.length === 0;

  document.getElementById("crs").replaceChildren(renderCrs(candidate, crs, asOf));
  document.getElementById("eoi").replaceChildren(renderEoi(eoi, asOf));
  resultBody.hidden = false;
  scores.hidden = false;
}

function renderRule(result, depth) {
  const details = el("details", {
    class: `rule verdict-${result.verdict}`,
    "data-rule-id": result.id,
    "data-verdict": result.verdict,
  });
  // Open the root and the parts that did not pass, two levels deep; "Expand all" opens the rest.
  details.open = depth === 0 || (depth < 2 && result.verdict !== "pass");
  details.append(
    el(
      "summary",
      {},
      el("span", { class: "mark", "aria-hidden": "true" }, MARKS[result.verdict] ?? "?"),
      el(
        "span",
        { class: "visually-hidden" },
        `${t("verdict")[result.verdict] ?? result.verdict}${lang === "fr" ? " : " : ": "}`,
      ),
      el("span", { class: "rule-title" }, result.title),
      " ",
      el("code", { class: "rule-id" }, result.id),
    ),
  );
  const body = el("div", { class: "rule-body" }, el("p", { class: "reason" }, result.reason));
  if (result.expected !== undefined || result.actual !== undefined) {
    const facts = el("dl", { class: "expected-actual" });
    if (result.expected !== undefined)
      facts.append(el("dt", {}, t("expected")), el("dd", {}, formatValue(result.expected)));
    if (result.actual !== undefined) facts.append(el("dt", {}, t("actual")), el("dd", {}, formatValue(result.actual)));
    body.append(facts);
  }
  if (result.verdict === "unknown" && result.missing !== undefined && result.missing.length > 0) {
    const list = el("p", { class: "rule-missing" }, t("needs"));
    result.missing.forEach((path, i) => {
      if (i > 0) list.append(", ");
      list.append(el("code", {}, path));
    });
    body.append(list);
  }
  if (result.source !== undefined)
    body.append(el("p", { class: "rule-source" }, t("source"), sourceLink(result.source)));
  details.append(body);
  if (result.children !== undefined && result.children.length > 0) {
    details.append(
      el(
        "ul",
        { class: "rule-children" },
        ...result.children.map((child) => el("li", {}, renderRule(child, depth + 1))),
      ),
    );
  }
  return details;
}

/** The four sections and their maxima on `asOf`, with the spouse column when it applies. */
function crsSections(candidate, asOf) {
  const maximums = crsTablesAsOf(asOf).maximums.value;
  const factors = crsFactors(candidate, { asOf });
  const withSpouse = factors.ok === true && factors.spouseFactorApplies === true;
  return [
    {
      key: "core",
      label: t("crsSections").core,
      max: withSpouse ? maximums.core.withSpouse : maximums.core.single,
    },
    {
      key: "spouse",
      label: withSpouse ? t("crsSections").spouse : t("crsSections").spouseNone,
      max: maximums.spouse.withSpouse,
    },
    { key: "transferability", label: t("crsSections").transferability, max: maximums.transferability },
    { key: "additional", label: t("crsSections").additional, max: maximums.additional },
  ];
}

function renderCrs(candidate, crs, asOf) {
  if (!crs.ok) {
    return el(
      "div",
      { class: "crs-issues" },
      el("p", {}, t("crsNotComputed")),
      el("ul", {}, ...crs.issues.map(issueItem)),
    );
  }
  const sections = crsSections(candidate, asOf);
  const nominated = withProvincialNomination(crs);
  const container = el("div", { class: "crs" });

  const totals = el(
    "p",
    { class: "crs-totals" },
    t("crsTotal"),
    el("strong", { id: "crs-total", "data-points": crs.total }, numberFormat.format(crs.total)),
    t("crsOf")(numberFormat.format(1200)),
    el("strong", { id: "crs-total-nominated", "data-points": nominated.total }, numberFormat.format(nominated.total)),
  );
  container.append(totals);

  // The bar chart: one row per section, the bar's width proportional to points / section maximum.
  const chart = barChart({
    id: "crs-chart",
    title: t("crsChart")(sections.map((s) => t("crsChartPart")(s.label, crs[s.key].subtotal, s.max)).join(" ; ")),
    rows: sections.map((section) => ({
      label: section.label,
      points: crs[section.key].subtotal,
      max: section.max,
      attributes: { class: `crs-row crs-${section.key}`, "data-section": section.key },
    })),
  });
  container.append(chart);

  // The same numbers line by line, as a table (also the chart's text alternative).
  const table = el(
    "table",
    { class: "crs-lines" },
    el("caption", {}, t("lineByLine")),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("factor")), el("th", { scope: "col" }, t("points")))),
  );
  for (const section of sections) {
    const body = el("tbody", { "data-section": section.key });
    body.append(
      el(
        "tr",
        { class: "section-row" },
        el("th", { scope: "rowgroup" }, section.label),
        el("td", {}, `${crs[section.key].subtotal} / ${section.max}`),
      ),
    );
    for (const [key, value] of Object.entries(crs[section.key])) {
      if (key === "subtotal") continue;
      body.append(el("tr", {}, el("th", { scope: "row" }, t("lines")[key] ?? key), el("td", {}, String(value))));
    }
    table.append(body);
  }
  container.append(el("details", { class: "crs-details" }, el("summary", {}, t("lineByLine")), table));

  if (crs.missing.length > 0) {
    const list = el("p", { class: "crs-missing" }, t("couldAdd"));
    crs.missing.forEach((path, i) => {
      if (i > 0) list.append(", ");
      list.append(el("code", {}, path));
    });
    container.append(list);
  }
  for (const caveat of lib.renderAssessment(crs.caveats, locale)) {
    container.append(el("p", { class: "caveat" }, caveat.text));
  }
  return container;
}

// ---------------------------------------------------------------------------------------------
// A horizontal bar chart (SVG) shared by the CRS and Worker EOI scores: one row per entry, the
// bar's width proportional to points / maximum; with `reachable`, a lighter bar under it shows the
// points still reachable.

function barChart({ id, title, rows }) {
  const labelWidth = 210;
  const trackWidth = 300;
  const rowHeight = 34;
  const barHeight = 18;
  const width = labelWidth + trackWidth + 90;
  const height = rows.length * rowHeight + 8;
  const titleId = `${id}-title`;
  const chart = svg("svg", {
    id,
    class: id,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-labelledby": titleId,
  });
  chart.append(svg("title", { id: titleId }, title));
  rows.forEach((row, i) => {
    const barY = 4 + i * rowHeight + (rowHeight - barHeight) / 2 - 2;
    const share = (points) => (row.max > 0 ? Math.min(1, Math.max(0, points / row.max)) : 0);
    const bar = (className, points) =>
      svg("rect", {
        class: className,
        x: labelWidth,
        y: barY,
        width: trackWidth * share(points),
        height: barHeight,
        rx: 3,
      });
    const group = svg("g", {
      ...row.attributes,
      "data-points": row.points,
      ...(row.reachable === undefined ? {} : { "data-reachable": row.reachable }),
      "data-max": row.max,
    });
    group.append(
      svg("text", { class: "crs-label", x: 0, y: barY + barHeight - 4 }, row.label),
      svg("rect", { class: "crs-track", x: labelWidth, y: barY, width: trackWidth, height: barHeight, rx: 3 }),
      row.reachable === undefined ? undefined : bar("eoi-reachable", row.reachable),
      bar("crs-bar", row.points),
      svg(
        "text",
        { class: "crs-value", x: labelWidth + trackWidth + 8, y: barY + barHeight - 4 },
        `${row.points} / ${row.max}`,
      ),
    );
    chart.append(group);
  });
  return chart;
}

// ---------------------------------------------------------------------------------------------
// The AAIP Worker EOI score: totals, a bar per group (certain points, and the points still
// reachable once the unanswered questions are answered), the grid line by line, and the ATP draws

const EOI_GROUPS = ["I", "II"];

function renderEoi(eoi, asOf) {
  if (!eoi.ok) {
    return el(
      "div",
      { class: "eoi-issues", "data-unknown": String(eoi.unknown) },
      el("p", {}, eoi.unknown ? t("eoiUnknown") : t("eoiNone")),
      el("ul", {}, ...eoi.issues.map(issueItem)),
    );
  }
  const container = el("div", { class: "eoi" });
  container.append(
    el(
      "p",
      { class: "eoi-totals" },
      t("eoiCertain"),
      el("strong", { id: "eoi-total", "data-points": eoi.total }, String(eoi.total)),
      t("eoiOfUpTo")(eoi.lines.reduce((sum, l) => sum + l.maximum, 0)),
      el("strong", { id: "eoi-maximum", "data-points": eoi.maximumReachable }, String(eoi.maximumReachable)),
      t("eoiWhenAnswered"),
    ),
  );

  const groups = EOI_GROUPS.map((group) => {
    const lines = eoi.lines.filter((l) => l.group === group);
    return {
      group,
      label: t("eoiGroups")[group],
      points: group === "I" ? eoi.groupI : eoi.groupII,
      // The group's maximum is its factors' maxima added up (69 and 31 in the 2025 grid).
      max: lines.reduce((sum, l) => sum + l.maximum, 0),
      reachable: lines.reduce((sum, l) => sum + l.maximumReachable, 0),
      lines,
    };
  });
  const chart = barChart({
    id: "eoi-chart",
    title: t("eoiChart")(groups.map((g) => t("eoiChartPart")(g.label, g.points, g.max, g.reachable)).join(" ; ")),
    rows: groups.map((g) => ({
      label: g.label,
      points: g.points,
      max: g.max,
      reachable: g.reachable,
      attributes: { class: "eoi-row", "data-group": g.group },
    })),
  });
  container.append(chart);

  const table = el(
    "table",
    { class: "eoi-lines", id: "eoi-lines" },
    el("caption", {}, t("eoiCaption")),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, t("factor")),
        el("th", { scope: "col" }, t("points")),
        el("th", { scope: "col" }, t("upTo")),
      ),
    ),
  );
  for (const g of groups) {
    const body = el("tbody", { "data-group": g.group });
    body.append(
      el(
        "tr",
        { class: "section-row" },
        el("th", { scope: "rowgroup" }, g.label),
        el("td", {}, `${g.points} / ${g.max}`),
        el("td", {}, String(g.reachable)),
      ),
    );
    for (const line of g.lines) {
      const label = lib.renderMessage(line.message, locale);
      const factor = el("th", { scope: "row" }, label);
      // The grid's wording of the option that gave the points (not its id), unless it only repeats the factor.
      const option = line.optionMessage === undefined ? line.option : lib.renderMessage(line.optionMessage, locale);
      if (option !== undefined && option !== label) {
        factor.append(" ", el("span", { class: "hint eoi-option", "data-option": line.option }, `(${option})`));
      }
      if (line.missing.length > 0) {
        const answer = el("span", { class: "eoi-answer" }, t("eoiAnswer"));
        line.missing.forEach((path, i) => {
          if (i > 0) answer.append(", ");
          answer.append(el("code", {}, path));
        });
        factor.append(answer);
      }
      // The grid's source is given once below; a line scored from another source (the French column's
      // secondary transcription) names its own.
      if (line.source.url !== eoi.source.url || line.source.secondary === true) {
        factor.append(" ", sourceLink(line.source));
      }
      body.append(
        el(
          "tr",
          { "data-line": line.id, "data-points": line.points, "data-reachable": line.maximumReachable },
          factor,
          el("td", {}, `${line.points} / ${line.maximum}`),
          el("td", {}, String(line.maximumReachable)),
        ),
      );
    }
    table.append(body);
  }
  container.append(el("details", { class: "crs-details" }, el("summary", {}, t("lineByLine")), table));
  container.append(el("p", { class: "hint" }, t("grid"), sourceLink(eoi.source)));

  const draws = atpDrawComparison(eoi.total, { asOf });
  if (!draws.ok) {
    container.append(
      el(
        "div",
        { class: "eoi-draws eoi-issues", id: "eoi-draws" },
        el("p", {}, t("noDraws")),
        el("ul", {}, ...draws.issues.map(issueItem)),
      ),
    );
    return container;
  }
  const section = el("div", {
    class: "eoi-draws",
    id: "eoi-draws",
    "data-at-or-above": draws.atOrAbove,
    "data-of": draws.of,
  });
  section.append(el("p", { class: "eoi-draws-statement" }, lib.renderMessage(draws.message, locale)));
  if (eoi.maximumReachable > eoi.total && draws.of > 0) {
    const atMaximum = atpDrawComparison(eoi.maximumReachable, { asOf });
    if (atMaximum.ok)
      section.append(
        el("p", { class: "eoi-draws-maximum" }, t("atMaximum")(atMaximum.score, atMaximum.atOrAbove, atMaximum.of)),
      );
  }
  if (draws.of > 0) {
    section.append(
      el(
        "ul",
        { class: "eoi-draw-list" },
        ...draws.draws.map((d) =>
          el(
            "li",
            { "data-date": d.date, "data-at-or-above": String(d.atOrAbove) },
            t("drawLine")(d.date, d.minimumScore, numberFormat.format(d.invitations)),
            d.atOrAbove ? t("atOrAbove") : t("below"),
          ),
        ),
      ),
    );
  }
  section.append(el("p", { class: "hint" }, t("draws"), sourceLink(draws.source)));
  container.append(section);
  return container;
}

// ---------------------------------------------------------------------------------------------
// The language switch: the page's own words, then what the result area shows, again

function showLanguage(next) {
  lang = next === "fr" ? "fr" : "en";
  locale = LOCALES[lang];
  numberFormat = new Intl.NumberFormat(locale.tag);
  document.documentElement.lang = lang;
  document.documentElement.dataset.lang = lang;
  // Elements whose whole text is a word (an input inside a label has its text in a span of its own),
  // then placeholders.
  for (const node of document.querySelectorAll("[data-words]")) node.textContent = t(node.dataset.words);
  for (const node of document.querySelectorAll("[data-words-placeholder]")) {
    node.setAttribute("placeholder", t(node.dataset.wordsPlaceholder));
  }
  if (shown.kind === "result") showResults(shown.candidate, shown.asOf);
  else if (shown.kind === "invalid") status.textContent = t("invalid")(shown.count);
  else if (status.dataset.status !== "error") status.textContent = t("placeholder");
}

for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener("change", () => {
    if (radio.checked) showLanguage(radio.value);
  });
}

// A browser that restores the form after a reload may have kept "Français" checked.
const restored = document.querySelector('input[name="lang"]:checked')?.value;
if (restored === "fr") showLanguage(restored);

document.documentElement.dataset.ready = "true";
