// Explanations the federal rules take from other parts of the library that still give them as
// English sentences (the skill of a NOC code, the joins of NOC versions, input issues, the dated
// data's lookups), kept whole as `text` messages in one place. Internal.

import type { InputIssue } from "../../core/input-issue.js";
import { type Message, text } from "../../core/message.js";
import type { SkillFinding } from "../../experience/skilled-occupation.js";

/** Why a NOC code is (not) skilled work on a day. Internal. */
export function skillMessage(finding: SkillFinding): Message {
  return finding.message;
}

/** A sentence of src/experience (a NOC-version join) or of the dated-data lookups. Internal. */
export function borrowedSentence(sentence: string): Message {
  return text(sentence);
}

/** What an input issue says. Internal. */
export function issueMessage(issue: InputIssue): Message {
  return issue.message;
}
