// How the English messages name a value given as input. A module of its own: the English catalogue
// and the library's English error messages both use it, and it pulls nothing else into a bundle.

import type { InputValue } from "./input-issue.js";

/** A value as `parseCandidate`'s English messages name it: nothing, null, a list, 5, "text", an object of type Map. */
export function describedInEnglish(v: InputValue): string {
  switch (v.type) {
    case "undefined":
      return "nothing";
    case "null":
      return "null";
    case "array":
      return "a list";
    case "number":
      return String(v.value);
    case "string":
      return JSON.stringify(v.value);
    case "date":
      return "a Date object";
    case "object":
      return `an object of type ${v.tag}`;
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return `${v.type} ${String(v.value)}`;
  }
}
