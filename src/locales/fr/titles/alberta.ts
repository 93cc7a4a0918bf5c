// French titles of the built-in rules of the alberta area, by rule id.

export const alberta: Readonly<Record<string, string>> = {};
