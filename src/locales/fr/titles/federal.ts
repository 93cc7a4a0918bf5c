// French titles of the built-in rules of the federal area, by rule id.

export const federal: Readonly<Record<string, string>> = {};
