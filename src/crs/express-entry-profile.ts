// How long an Express Entry profile stays in the pool. A module of its own: the catalogues read it
// without the CRS code around it.

/**
 * Months an Express Entry profile stays in the pool: 12 (Ministerial Instructions respecting the
 * Express Entry system, s. 4(1)(b); see `expressEntryProfileExpiry`). Internal.
 */
export const PROFILE_VALIDITY_MONTHS = 12;
