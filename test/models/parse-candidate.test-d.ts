// Type-level tests of the result shape parseCandidate returns: `{ ok: true, value }` or
// `{ ok: false, issues }`, narrowed by `ok`. Checked by vitest's typecheck (vitest.config.ts) and by
// `tsc --noEmit`; each `@ts-expect-error` fails the check if the wrong usage below it compiles.
import {
  type Candidate,
  type InputIssue,
  type IssueCode,
  type Message,
  type ParseResult,
  parseCandidate,
  type Result,
} from "alberta-atp";
import { describe, expectTypeOf, it } from "vitest";

describe("parseCandidate", () => {
  it("takes unknown input and returns a ParseResult<Candidate>", () => {
    expectTypeOf(parseCandidate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCandidate).returns.toEqualTypeOf<ParseResult<Candidate>>();
  });

  it("narrows on ok: value when true, issues when false", () => {
    const parsed = parseCandidate(JSON.parse("{}"));
    if (parsed.ok) {
      expectTypeOf(parsed.value).toEqualTypeOf<Candidate>();
      // @ts-expect-error: a valid candidate has no issues
      parsed.issues;
    } else {
      expectTypeOf(parsed.issues).toEqualTypeOf<readonly InputIssue[]>();
      expectTypeOf(parsed.issues[0]).toEqualTypeOf<InputIssue | undefined>();
      // @ts-expect-error: an invalid input has no value
      parsed.value;
    }
  });

  it("needs the ok check before the value is read", () => {
    const parsed = parseCandidate({});
    // @ts-expect-error: value exists only when ok is true
    parsed.value;
    expectTypeOf(parsed.ok).toEqualTypeOf<boolean>();
  });

  it("issues name a path, a code of the IssueCode union and a message", () => {
    expectTypeOf<InputIssue>().toEqualTypeOf<{
      readonly path: string;
      readonly code: IssueCode;
      readonly message: Message;
    }>();
    expectTypeOf<"invalid_date">().toExtend<IssueCode>();
    // @ts-expect-error: a code outside the union is not an IssueCode
    expectTypeOf<"no_such_code">().toExtend<IssueCode>();
  });

  it("ParseResult is the shared Result shape", () => {
    expectTypeOf<ParseResult<Candidate>>().toEqualTypeOf<Result<{ readonly value: Candidate }>>();
    const r = ((): Result<{ readonly n: number }> => ({ ok: false, issues: [] }))();
    if (r.ok) expectTypeOf(r.n).toEqualTypeOf<number>();
    // @ts-expect-error: a failure carries issues, not the answer's fields
    const bad: Result<{ readonly n: number }> = { ok: false, n: 1 };
    void bad;
  });
});
