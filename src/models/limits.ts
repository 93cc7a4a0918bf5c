// Limits of the candidate model that are not law: the largest answers it takes. Internal.

/** The largest family size the model takes (`familySize`); no real family comes near it. */
export const MAX_FAMILY_SIZE = 50;
