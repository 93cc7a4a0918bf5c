// `--lang en|fr`: the text in French, the JSON with its message ids and the text in the language
// added, English by default whatever the environment, and the message ids of an assessment's JSON
// pinned (they are the stable contract of `--json`). Run in-process (support.ts).

import { describe, expect, it } from "vitest";
import {
  assessAcceleratedTechPathway,
  parseCandidate,
  type RenderedResult,
  renderAssessment,
  renderMessage,
} from "../../src/index.js";
import { fr } from "../../src/locales/fr/index.js";
import { AS_OF, type BatchLine, cli, example, readExample } from "./support.js";

/** The colon French typography asks for: a space before it (the catalogue's plain space). */
const COLON = " :";

interface JsonNode {
  readonly id: string;
  readonly message: { readonly id: string; readonly params: object };
  readonly reason: string;
  readonly children?: readonly JsonNode[];
}

/** `rule id -> message id` for every node of a result tree, in tree order. */
function messageIds(node: JsonNode, depth = 0): string[] {
  return [
    `${"  ".repeat(depth)}${node.id} -> ${node.message.id}`,
    ...(node.children ?? []).flatMap((c) => messageIds(c, depth + 1)),
  ];
}

describe("alberta-atp --lang", () => {
  const file = "software-engineer-calgary.json";

  it("assess --lang fr: the headings, the status line and the explanations in French, the tree unchanged", async () => {
    const english = await cli(["assess", example(file), "--as-of", AS_OF]);
    const r = await cli(["assess", example(file), "--as-of", AS_OF, "--lang", "fr"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`Accelerated Tech Pathway de l’Alberta${COLON} examples/candidates/${file}, au 2026-11-25`);
    expect(lines[1]).toBe("Ensemble de règles alberta.accelerated-tech-pathway (en vigueur depuis le 2021-12-01)");
    // The root is an "all" rule: its reason is the engine's, in French.
    expect(lines[3]).toMatch(new RegExp(`^✔ .+${COLON} Les 3 exigences sont remplies\\.$`));
    expect(lines).toContain(`Résultat${COLON} ✔ ADMISSIBLE`);
    expect(r.stdout).toContain(`\nProchaines étapes${COLON}\n  1. `);
    expect(r.stdout).toMatch(
      /\nNote du SCG : \d[\d\u00a0\u202f]* \(avec une désignation provinciale : \d[\d\u00a0\u202f]*\)\. Lancez « alberta-atp crs » pour le détail\.\n/,
    );
    expect(r.stdout).toContain("Règles et données vérifiées auprès de leurs sources jusqu’au 2026-11-25.");
    for (const english of ["Result:", "Next steps:", "Rule set", "as of"]) expect(r.stdout).not.toContain(english);
    // The same rules, the same verdicts, line for line: only the words change.
    const marks = (text: string) => text.split("\n").map((l) => /^\s*[✔✘?]/.exec(l)?.[0] ?? "");
    expect(marks(r.stdout)).toEqual(marks(english.stdout));
  });

  it("assess --lang fr: the headings of an ineligible and of an incomplete candidate", async () => {
    const no = await cli(["assess", example("accountant-not-tech.json"), "--as-of", AS_OF, "--lang", "fr"]);
    expect(no.status).toBe(1);
    expect(no.stdout).toContain(`Résultat${COLON} ✘ NON ADMISSIBLE\n\nPourquoi pas${COLON}\n  ✘ `);
    const open = await cli(["assess", example("missing-facts.json"), "--as-of", AS_OF, "--lang", "fr"]);
    expect(open.status).toBe(2);
    expect(open.stdout).toContain(`Résultat${COLON} ? INDÉTERMINÉ`);
    expect(open.stdout).toContain(`\nRéponses manquantes (répondez-y pour trancher)${COLON}\n  ? `);
  });

  it("assess --lang fr --json: the data and message ids, with the text in French", async () => {
    const r = await cli(["assess", example(file), "--as-of", AS_OF, "--json", "--lang", "fr"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { result: JsonNode; status: string };
    const assessment = assessAcceleratedTechPathway(readExample(file), { asOf: AS_OF });
    expect(json).toEqual(JSON.parse(JSON.stringify(renderAssessment(assessment, fr))));
    expect(json.status).toBe("eligible");
    expect(json.result.message).toEqual({ id: "rule.all.pass", params: { count: 3 } });
    expect(json.result.reason).toBe("Les 3 exigences sont remplies.");
    // The English --json has the same ids and params: only the text differs.
    const english = JSON.parse((await cli(["assess", example(file), "--as-of", AS_OF, "--json"])).stdout) as {
      result: JsonNode;
    };
    expect(messageIds(json.result)).toEqual(messageIds(english.result));
    expect(english.result.reason).toBe("All 3 requirements are met.");
  });

  it("English by default, whatever the environment's locale; another --lang is a usage error", async () => {
    const args = ["assess", example(file), "--as-of", AS_OF];
    const plain = await cli(args, { env: { LANG: "fr_CA.UTF-8", LC_ALL: "fr_CA.UTF-8", LANGUAGE: "fr" } });
    expect(plain.stdout).toContain("Result: ✔ ELIGIBLE");
    expect((await cli([...args, "--lang", "en"])).stdout).toBe(plain.stdout);
    const bad = await cli([...args, "--lang", "de"]);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain('--lang: expected one of en, fr; got "de".');
  });

  it("--help --lang fr: every command's help in French, in the same shape as the English", async () => {
    for (const command of [[], ["assess"], ["crs"], ["eoi"], ["noc"], ["noc", "search"]]) {
      const english = await cli([...command, "--help"]);
      const french = await cli([...command, "--help", "--lang", "fr"]);
      expect([english.status, french.status]).toEqual([0, 0]);
      expect(french.stdout).not.toBe(english.stdout);
      expect(french.stdout).toMatch(/^(alberta-atp : |Utilisation :)/);
      expect(french.stdout).toContain("Codes de sortie");
      // The same flags, in the same order: only the words around them change.
      const flags = (text: string) => text.match(/--[a-z-]+/g);
      expect(flags(french.stdout)).toEqual(flags(english.stdout));
    }
    const asked = [
      "help assess --lang fr",
      "help assess --lang=fr",
      "--lang fr --help",
      "--lang=fr -h",
      "help --lang fr",
    ];
    const french = await cli(["assess", "--help", "--lang", "fr"]);
    const main = await cli(["--help", "--lang", "fr"]);
    for (const args of asked) {
      const r = await cli(args.split(" "));
      expect([args, r.status, r.stdout]).toEqual([
        args,
        0,
        args.startsWith("help assess") ? french.stdout : main.stdout,
      ]);
    }
  });

  it("usage errors --lang fr: the problem and the hint in French, exit 64", async () => {
    const cases: [string[], string][] = [
      [["assess", example(file), "--frobnicate"], "Option inconnue --frobnicate. Options connues : --program,"],
      [["assess", example(file), "--lang", "fr", "--as-of"], "L’option --as-of demande une valeur."],
      [["assess", example(file), "--as-of", "2023-02-29"], "--as-of : 2023-02-29 n’est pas un jour du calendrier"],
      [["assess", example(file), "--program", "pnp"], "--program : une valeur parmi atp, alberta-ee, express-entry"],
      [["assess"], "Argument manquant : <fichier.json|->."],
      [["assess", "a.json", "b.json"], "Argument inattendu : « b.json »."],
      [["assess", "--jsonl", "x.jsonl", "--json"], "--json ne s’applique pas à --jsonl"],
      [["assess", "--jsonl", "x.jsonl", "--workers", "two"], "--workers : « auto » ou un nombre entier de 0 à 64"],
      [
        ["noc", "search", "software", "--limit", "ten"],
        "--limit : un nombre entier est attendu (0 pour tous) ; reçu « ten ».",
      ],
      [["score"], "Commande inconnue « score ». Commandes : assess, crs, eoi, noc."],
      // --lang before the command counts as given after it.
      [["--lang", "fr", "assess"], "Argument manquant : <fichier.json|->."],
      [["--lang=fr", "assess", "--as-of", "2023-02-29"], "--as-of : 2023-02-29 n’est pas un jour du calendrier"],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args.includes("--lang") ? args : [...args, "--lang", "fr"]);
      expect([args, r.status]).toEqual([args, 64]);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toMatch(/Lancez « alberta-atp( [a-z ]+)? --help » pour l’aide\./);
    }
  });

  it("assess --jsonl --lang fr: failed rules with their message, the explanations in French", async () => {
    const line = JSON.stringify(readExample("accountant-not-tech.json"));
    const run = async (...extra: string[]) => {
      const r = await cli(["assess", "--jsonl", "-", "--as-of", AS_OF, "--full", ...extra], { input: `${line}\n` });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(
        extra.includes("fr")
          ? "1 ligne évaluée au 2026-11-25 pour le programme « Accelerated Tech Pathway de l’Alberta » : 0 admissible, 1 non admissible, 0 indéterminée, 0 invalide.\n" +
              "Règles et données vérifiées auprès de leurs sources jusqu’au 2026-11-25.\n"
          : "1 line assessed for the Alberta Accelerated Tech Pathway as of 2026-11-25: 0 eligible, 1 ineligible, 0 incomplete, 0 invalid.\n" +
              "Rules and data verified against their sources through 2026-11-25.\n",
      );
      return JSON.parse(r.stdout) as BatchLine & { assessment: { result: JsonNode } };
    };
    const french = await run("--lang", "fr");
    const english = await run();
    expect(french.status).toBe("ineligible");
    const ids = (line: BatchLine) => (line.failed ?? []).map((f) => [f.id, f.message.id]);
    expect(ids(english).length).toBeGreaterThan(0);
    expect(ids(french)).toEqual(ids(english));
    expect(french.assessment.result.reason).toMatch(/^Exigence non remplie : /);
    expect(english.assessment.result.reason).toMatch(/^Not met: /);
  });

  it("an invalid candidate's issues in French: text, --json and a --jsonl line", async () => {
    const input = { dateOfBirth: "1990-13-01", maritalStatus: "x" };
    const parsed = parseCandidate(input);
    if (parsed.ok) throw new Error("the input is meant to be invalid");
    const frenchIssues = parsed.issues.map((i) => ({
      path: i.path,
      code: i.code,
      message: renderMessage(i.message, fr),
    }));
    expect(frenchIssues.map((i) => i.message).join(" ")).toContain("13");

    const text = await cli(["assess", "-", "--as-of", AS_OF, "--lang", "fr"], { input: JSON.stringify(input) });
    expect(text.status).toBe(65);
    expect(text.stderr).toBe(
      [
        `alberta-atp: l’entrée standard — candidat non valide (2 problèmes)${COLON}`,
        ...frenchIssues.map((i) => `  ${i.path}${COLON} ${i.message} [${i.code}]`),
        "",
      ].join("\n"),
    );
    const missing = await cli(["crs", "no-such-file.json", "--lang", "fr"]);
    expect([missing.status, missing.stderr]).toEqual([
      66,
      "alberta-atp: Impossible d’ouvrir no-such-file.json : fichier introuvable (ENOENT)\n",
    ]);
    const json = await cli(["assess", "-", "--as-of", AS_OF, "--json", "--lang", "fr"], {
      input: JSON.stringify(input),
    });
    expect(JSON.parse(json.stdout)).toEqual({ status: "invalid", file: "-", issues: frenchIssues });

    const batch = await cli(["assess", "--jsonl", "-", "--as-of", AS_OF, "--lang", "fr"], {
      input: `${JSON.stringify(input)}\n{\n`,
    });
    const [invalid, broken] = batch.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { issues: unknown[] });
    expect(invalid?.issues).toEqual(frenchIssues);
    expect(JSON.stringify(broken?.issues)).toMatch(/JSON/);
    expect(JSON.stringify(broken?.issues)).not.toMatch(/Not valid JSON/);
    // Broken JSON: the place in French, the parser's own (English) words quoted as such.
    const brokenFile = await cli(["assess", "-", "--lang", "fr"], { input: '{\n  "dateOfBirth": "1990-01-01",\n}\n' });
    expect(brokenFile.status).toBe(65);
    expect(brokenFile.stderr).toMatch(
      /^alberta-atp: l’entrée standard : JSON non valide à la ligne 3, colonne 1 \(message de l’analyseur, en anglais : .+\)\n$/,
    );
  });

  it("crs, eoi and noc take --lang: French headings, and the JSON keeps its data", async () => {
    const crs = await cli(["crs", example("web-developer-with-spouse.json"), "--as-of", AS_OF, "--lang", "fr"]);
    expect(crs.status).toBe(0);
    expect(crs.stdout).toContain("A. Facteurs de base / du capital humain\n  Âge ...");
    // Numbers in French: 1 079 with a no-break space, as the messages write them.
    expect(crs.stdout).toMatch(/\nTotal avec une désignation provinciale \.+ \d[\u00a0\u202f]\d{3}\n/);
    const crsJson = await cli(["crs", example(file), "--as-of", AS_OF, "--json", "--lang", "fr"]);
    const english = await cli(["crs", example(file), "--as-of", AS_OF, "--json"]);
    expect(JSON.parse(crsJson.stdout).breakdown.total).toBe(JSON.parse(english.stdout).breakdown.total);
    const eoi = await cli(["eoi", example(file), "--as-of", "2026-06-01", "--sources", "--lang", "fr"]);
    expect(eoi.status).toBe(0);
    expect(eoi.stdout).toContain(`  source${COLON} `);
    // A factor and the option that gave its points, with French typography's colon.
    expect(eoi.stdout).toContain(`  Plus haut niveau d’études${COLON} Baccalauréat\n`);
    const noc = await cli(["noc", "21231", "--as-of", AS_OF, "--lang", "fr"]);
    expect(noc.stdout).toContain(`Liste de l’Accelerated Tech Pathway au 2026-11-25${COLON} ✔ sur la liste`);
    expect(noc.stdout).toContain("\n  CNP 2021 version 1.0, FÉER 1 (habituellement un diplôme universitaire)\n");
    expect(noc.stdout).toContain(
      `\nCodes de la CNP 2016 qui l’ont précédé (table de concordance de Statistique Canada)${COLON}\n  2173   Software engineers and designers (niveau de compétence A ; scission)\n`,
    );
    const search = await cli(["noc", "search", "data", "--as-of", AS_OF, "--lang", "fr"]);
    expect(search.status).toBe(0);
    expect(search.stdout).toContain("\n1422   CNP 2016  niveau de compétence C  ATP ✘  Data entry clerks\n");
    expect(search.stdout).toContain(`\nATP${COLON} ✔ sur la liste de l’Accelerated Tech Pathway au 2026-11-25, `);
    const none = await cli(["noc", "search", "zzz", "--lang", "fr"]);
    expect([none.status, none.stderr]).toEqual([1, "Aucune profession de la CNP ne correspond à « zzz ».\n"]);
    const unknown = await cli(["noc", "123", "--json", "--lang", "fr"]);
    expect(unknown.status).toBe(65);
    expect(unknown.stderr).toMatch(/^alberta-atp: « 123 » n’est pas un code de groupe de base/);
    expect(JSON.parse(unknown.stdout).issues[0].message).toBe("« 123 » n’est pas un code de groupe de base de la CNP.");
  });

  it("the message ids of an assessment's --json are stable", async () => {
    const ids: string[] = [];
    for (const name of ["accountant-not-tech.json", "missing-facts.json"]) {
      const r = await cli(["assess", example(name), "--as-of", AS_OF, "--json"]);
      const json = JSON.parse(r.stdout) as {
        result: JsonNode;
        caveats: { id: string }[];
        uncertain: { id: string; message: { id: string } }[];
        nextSteps: { id: string; message?: { id: string } }[];
      };
      ids.push(
        `# ${name}`,
        ...messageIds(json.result),
        ...json.caveats.map((c) => `caveat -> ${c.id}`),
        ...json.uncertain.map((u) => `uncertain ${u.id} -> ${u.message.id}`),
        ...json.nextSteps.map((s) => `step ${s.id} -> ${s.message?.id ?? "(no message)"}`),
      );
    }
    expect(ids).toMatchSnapshot();
  });
});

// A type-level check that the tree read above is the library's, rendered.
const _node: (r: RenderedResult) => JsonNode = (r) => r;
void _node;
