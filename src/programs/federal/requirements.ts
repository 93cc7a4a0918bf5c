// The numbers of the federal programs' minimum requirements that the rules and their messages
// share: the window of years in which the qualifying work must fall, the years of work FST asks,
// and the CEC language minimums by tier. Each is unchanged since Express Entry began (2015-01-01);
// the sources are the program pages cited by sources.ts (fswProgramSource, cecProgramSource,
// fstProgramSource). Internal: the catalogues read them so that no number is written twice.

/** FSW: the year of continuous skilled work falls in the 10 years before `asOf` (fswProgramSource). Internal. */
export const FSW_EXPERIENCE_WINDOW_YEARS = 10;

/** CEC: the year of skilled work in Canada falls in the 3 years before `asOf` (cecProgramSource). Internal. */
export const CEC_EXPERIENCE_WINDOW_YEARS = 3;

/** FST: the two years of work in the trade fall in the 5 years before `asOf` (fstProgramSource). Internal. */
export const FST_EXPERIENCE_WINDOW_YEARS = 5;

/** FST: years of full-time work (or the equal part-time) in one skilled trade (fstProgramSource). Internal. */
export const FST_EXPERIENCE_YEARS = 2;

/** CEC: the CLB/NCLC level needed in every ability for TEER 0 or 1 work (NOC 2016 0 or A) (cecProgramSource). Internal. */
export const CEC_LANGUAGE_MINIMUM_HIGH = 7;

/** CEC: the CLB/NCLC level needed in every ability for TEER 2 or 3 work (NOC 2016 B) (cecProgramSource). Internal. */
export const CEC_LANGUAGE_MINIMUM_LOW = 5;
