// French titles of the built-in rules of the factors area, by rule id.

export const factors: Readonly<Record<string, string>> = {};
