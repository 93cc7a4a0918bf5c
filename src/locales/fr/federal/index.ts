// French messages of the federal programs (PTQF avec sa grille de sélection, CEC, PTMSF, fonds
// d’établissement, offres d’emploi, langues, études et expérience au sens des programmes fédéraux).
// IRCC’s official French terms; NOC titles (StatCan’s) and test names are kept as given.

import { cec } from "./cec.js";
import { fst } from "./fst.js";
import { fsw } from "./fsw.js";
import { funds } from "./funds.js";
import { general } from "./general.js";
import { language } from "./language.js";

export const federal = { ...general, ...language, ...fsw, ...cec, ...fst, ...funds };
