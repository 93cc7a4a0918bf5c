// The command line's own help and usage errors in English: what `--help` prints and what a
// mistyped command line (exit 64) is told. The French texts are in fr.ts, the same shape.

import type { UsageText } from "./text.js";

/** A value as the user typed it, in double quotes with JSON escapes (a tab shows as \t). */
const quoted = (value: string): string => JSON.stringify(value);

export const usageEn: UsageText = {
  help: {
    main: `alberta-atp: Alberta's Accelerated Tech Pathway and Canadian Express Entry rules, explained.

Usage:
  alberta-atp assess <file.json|-> [--program atp|alberta-ee|express-entry|fsw|cec|fst]
                     [--as-of YYYY-MM-DD] [--json] [--sources] [--lang en|fr]
  alberta-atp assess --jsonl <file|-> [--program ...] [--as-of ...] [--full] [--stats] [--workers n|auto]
                     [--lang en|fr]
  alberta-atp crs <file.json|-> [--improvements] [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp eoi <file.json|-> [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp noc <code> [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp noc search <words...> [--noc-version 2016|2021] [--limit n] [--as-of ...] [--json]
                     [--lang en|fr]
  alberta-atp help [command]        help for a command (or: alberta-atp <command> --help)
  alberta-atp --version

A candidate is a JSON file (see examples/candidates/ and the JSON schema
alberta-atp/candidate.schema.json); - reads it from standard input. --as-of defaults to today.
--lang fr prints the explanations in French (--json adds their text in that language); the
default is English, whatever the environment's locale.

Exit codes:
  0 eligible / done (a batch: it ran)   1 ineligible, or no search match   2 incomplete (facts missing),
  or no Worker EOI grid known on the date
  64 usage error   65 invalid input data   66 cannot open the input   70 internal error

Not legal advice: the rules are encoded from public IRCC and Government of Alberta pages, each cited.`,
    assess: `Usage:
  alberta-atp assess <file.json|-> [options]     assess one candidate (- reads standard input)
  alberta-atp assess --jsonl <file|-> [options]  assess one candidate per line, streaming

Prints the verdict tree (one line per rule: ✔ met, ✘ not met, ? undecided, with the reason), the
facts still missing and, for the Accelerated Tech Pathway, the next steps.

Options:
  --program <name>    atp (default), alberta-ee, express-entry, fsw, cec or fst
  --as-of <date>      the day to assess on, YYYY-MM-DD (default: today)
  --json              print the assessment as JSON instead of text
  --sources           print the source of every rule (text output)
  --lang <en|fr>      the language of the text, and of the text added to the JSON (default en)
  --jsonl <file|->    batch: read JSON Lines, write one JSON result per line to stdout
  --full              batch: include the whole assessment in each result line
  --stats             batch: also print peak memory and throughput on stderr
  --workers <n|auto>  batch: assess in n worker threads (default 0: in the main thread, least
                      memory); auto: one per core once a batch passes 1,000 lines. Faster on
                      several cores, about 50 MB more memory per thread; same output, same order
  -h, --help          show this help

A line of a batch is a candidate, or {"id": ..., "candidate": {...}} to carry your own id.

Exit codes: 0 eligible (batch: the batch ran), 1 ineligible, 2 incomplete, 64 usage error,
65 invalid input (not JSON, not a valid candidate), 66 cannot open the input.`,
    crs: `Usage:
  alberta-atp crs <file.json|-> [options]

Prints the Comprehensive Ranking System score by section (A core, B spouse, C skill transferability,
D additional) and line, the total, the total with a provincial nomination (+600), the input that
could still add points, and with --improvements the single changes that would add the most.

Options:
  --as-of <date>     the day to score on, YYYY-MM-DD (default: today)
  --improvements     also list the changes that add points, and the birthdays that change them
  --json             print JSON: { breakdown, withNomination, improvements?, agePoints? }
  --sources          print the sources of the CRS tables used
  --lang <en|fr>     the language of the text, and of the text added to the JSON (default en)
  -h, --help         show this help

Exit codes: 0 scored, 64 usage error, 65 invalid input (not JSON, not a valid candidate, or a
candidate the CRS cannot score, such as a date of birth after --as-of), 66 cannot open the input.`,
    eoi: `Usage:
  alberta-atp eoi <file.json|-> [options]

Prints the Alberta Advantage Immigration Program (AAIP) Worker Expression of Interest score: every
factor of the 100-point grid (Group I human capital, at most 69; Group II economic factors, at most
31), the points that are certain, the most the score could reach once the unanswered questions are
answered, and how both compare with the Accelerated Tech Pathway draws of the 12 months before
--as-of, with the candidate checked against each draw's published selection parameters (✔ met,
✘ not met, ? undecided). The draws are history, not a promise: each draw sets its own minimum score.

Options:
  --as-of <date>     the day to score on, YYYY-MM-DD (default: today)
  --json             print JSON: { score, draws, drawsAtMaximum? }
  --sources          print the source of each line
  --lang <en|fr>     the language of the explanations, and of the text added to the JSON (default en)
  -h, --help         show this help

Exit codes: 0 scored, 2 the grid in force on --as-of is not known to us (2024-09-30 to 2025-08-06),
64 usage error (including an --as-of before the Worker EOI began on 2024-09-30), 65 invalid input
(including a candidate the grid cannot score: a date of birth after --as-of, a test score off its
scale), 66 cannot open the input.`,
    noc: `Usage:
  alberta-atp noc <code> [options]            one occupation: NOC 2021 (5 digits) or NOC 2016 (4 digits)
  alberta-atp noc search <words...> [options] occupations whose title words start with the words given

Shows the title, the TEER (NOC 2021) or skill level (NOC 2016), the NOC 2016 -> 2021 successors or
predecessors (Statistics Canada concordance), and whether the occupation is on the Accelerated Tech
Pathway list on the day given.

Options:
  --as-of <date>          the day for the ATP list, YYYY-MM-DD (default: today)
  --json                  print JSON instead of text
  --sources               print the source of the ATP answer (noc <code>)
  --lang <en|fr>          the language of the text, and of the text added to the JSON (default en);
                          the NOC titles are Statistics Canada's English ones
  --noc-version <v>       search: only NOC 2016 or NOC 2021 (default: both)
  --limit <n>             search: at most n results (default 20; 0 for all)
  -h, --help              show this help

Exit codes: 0 found, 1 no occupation matched the search, 64 usage error, 65 not a NOC code.`,
  },
  runForUsage: (help) => `Run '${help}' for usage.`,
  unknownOption: (flag, known) => `Unknown option ${flag}. Known options: ${known.join(", ")}.`,
  needsValue: (flag) => `Option ${flag} needs a value.`,
  dashValue: (flag) => `Option ${flag}: a value that starts with "-" is written ${flag}=<value>.`,
  isSwitch: (flag) => `Option ${flag} is a switch and takes no value.`,
  optionProblem: (flag, detail) => `Option ${flag}: ${detail}`,
  missingArguments: (names) => `Missing argument${names.length > 1 ? "s" : ""}: ${names.join(" ")}.`,
  unexpectedArguments: (values) =>
    `Unexpected argument${values.length > 1 ? "s" : ""}: ${values.map(quoted).join(" ")}.`,
  expectedOneOf: (flag, choices, got) => `${flag}: expected one of ${choices.join(", ")}; got ${quoted(got)}.`,
  workers: (max, got) => `--workers: expected "auto" or a whole number from 0 to ${max}; got ${quoted(got)}.`,
  notForBatch: (flag) => `${flag} does not apply to --jsonl (its output is JSON).`,
  batchOnly: (flag) => `${flag} applies only to a batch (--jsonl).`,
  searchOnly: (flag) => `${flag} applies only to 'noc search'.`,
  limit: (got) => `--limit: expected a whole number (0 for all); got ${quoted(got)}.`,
  missingWords: () => "Missing argument: <words...> to search for.",
  noHelpFor: (topic) => `Unknown command ${quoted(topic)}: no help for it.`,
  unknownCommand: (command, commands) => `Unknown command ${quoted(command)}. Commands: ${commands.join(", ")}.`,
  unknownTopOption: (flag, commands) => `Unknown option ${flag}. Commands: ${commands.join(", ")}.`,
};
