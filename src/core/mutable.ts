// Internal: a writable view of a readonly type, for results built key by key (assignment in a fixed
// order is much cheaper in V8 than object literals with spreads). Not exported from the package.

/** `T` without its `readonly` modifiers. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
