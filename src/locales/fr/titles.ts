// French titles of the built-in rules, by rule id.

export const titles: Readonly<Record<string, string>> = {};
