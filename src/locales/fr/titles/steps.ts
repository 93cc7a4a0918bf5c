// French titles of the built-in rules of the steps area, by rule id.

export const steps: Readonly<Record<string, string>> = {};
