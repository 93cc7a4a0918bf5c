// English messages of the federal programs: FSW with its selection grid, CEC, FST, settlement funds,
// job offers, language, education and experience as the federal programs read them.

import { cec } from "./cec.js";
import { fst } from "./fst.js";
import { fsw } from "./fsw.js";
import { funds } from "./funds.js";
import { general } from "./general.js";
import { language } from "./language.js";

export const federal = { ...general, ...language, ...fsw, ...cec, ...fst, ...funds };
