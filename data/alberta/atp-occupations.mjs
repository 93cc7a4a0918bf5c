// Recomputes uncertain[].codes of data/alberta/atp-occupations.json from the lists in the same file
// and the StatCan NOC 2016 -> NOC 2021 concordance (data/noc/crosswalk-2016-2021.json). The lists
// (versions[].value.codes) are the published facts and are edited by hand; the uncertain codes are not.
// test/programs/alberta/atp-occupations.test.ts checks that the file equals the library's own derivation
// (src/programs/alberta/atp-occupations-data.ts), so run this after editing a list:
//
//   node data/alberta/atp-occupations.mjs
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("./atp-occupations.json", import.meta.url);
const data = JSON.parse(readFileSync(file, "utf8"));
const crosswalk = JSON.parse(readFileSync(new URL("../noc/crosswalk-2016-2021.json", import.meta.url), "utf8"));

/** NOC 2021 broad occupational category of the data-centre trades added to the list. */
const DATA_CENTRE_BROAD_CATEGORY = "7";

const list = (nocVersion) => {
  const version = data.versions.find((v) => v.value.nocVersion === nocVersion);
  if (!version) throw new Error(`no NOC ${nocVersion} list in atp-occupations.json`);
  return version.value.codes;
};
const predecessors = (code2021) => crosswalk.items.filter((p) => p.noc2021 === code2021).map((p) => p.noc2016);
const sorted = (codes) => [...new Set(codes)].sort();

const launch = new Set(list(2016));
const current = list(2021);
const dataCentre = current.filter((code) => code.startsWith(DATA_CENTRE_BROAD_CATEGORY));
const beyondLaunch = sorted(
  current
    .filter((code) => !dataCentre.includes(code))
    .flatMap(predecessors)
    .filter((code) => !launch.has(code)),
);
const onA2016List = new Set([...launch, ...beyondLaunch]);
const laterAdditions = sorted(current.filter((code) => !predecessors(code).some((p) => onA2016List.has(p))));
if (laterAdditions.join() !== sorted(dataCentre).join()) {
  throw new Error(`data-centre codes ${dataCentre} differ from codes without a 2016 predecessor ${laterAdditions}`);
}

const codesOf = { "noc2016-beyond-launch-list": beyondLaunch, "noc2021-data-centre-additions": laterAdditions };
for (const entry of data.uncertain) {
  const codes = codesOf[entry.id];
  if (!codes) throw new Error(`unknown uncertain entry ${entry.id}`);
  entry.codes = codes;
}

// Code lists wrapped a dozen to a line; everything else as JSON.stringify writes it.
const text = JSON.stringify(data, null, 2).replace(/^( *)("codes": )\[([^\]]*)\]/gm, (_match, start, key, body) => {
  const codes = JSON.parse(`[${body}]`);
  if (codes.length === 0) return `${start}${key}[]`;
  const lines = [];
  for (let i = 0; i < codes.length; i += 12) {
    lines.push(
      `${start}  ` +
        codes
          .slice(i, i + 12)
          .map((c) => JSON.stringify(c))
          .join(", "),
    );
  }
  return `${start}${key}[\n${lines.join(",\n")}\n${start}]`;
});
writeFileSync(file, `${text}\n`);
console.log(`noc2016-beyond-launch-list: ${beyondLaunch.join(" ")}`);
console.log(`noc2021-data-centre-additions: ${laterAdditions.join(" ")}`);
