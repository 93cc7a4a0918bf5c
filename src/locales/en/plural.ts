// English agreement with a count.

/** `n` and `word`, plural unless `n` is 1: `1 hour`, `37.5 hours`, `0 tests`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
