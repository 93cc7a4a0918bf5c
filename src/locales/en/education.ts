// English words for education levels and credentials, as IRCC's tables name them.

import type { EducationLevel } from "../../education/credentials.js";
import type { EducationCredentialLevel } from "../../models/education.js";

/** A CRS or FSW education level, in the words of IRCC's tables (lower case, inside a sentence). */
export const EDUCATION_LEVEL: Readonly<Record<EducationLevel | "three-year-or-longer", string>> = {
  "less-than-secondary": "less than secondary school",
  secondary: "secondary school",
  "one-year": "one-year post-secondary program",
  "two-year": "two-year post-secondary program",
  bachelors: "bachelor's degree or three-year or longer post-secondary program",
  "three-year-or-longer": "three-year or longer post-secondary program",
  "two-or-more": "two or more credentials, one of them for a program of three years or longer",
  masters: "master's degree or professional degree",
  doctoral: "doctoral degree (PhD)",
};

/** A level by its code; a code without words, as given. */
export const educationLevel = (level: string): string =>
  (EDUCATION_LEVEL as Readonly<Record<string, string>>)[level] ?? level;

/** A credential's level, as a candidate declares it (lower case). */
export const CREDENTIAL: Readonly<Record<EducationCredentialLevel, string>> = {
  secondary: "secondary school diploma",
  "one-year": "one-year program",
  "two-year": "two-year program",
  bachelors: "bachelor's degree",
  "three-year-or-longer": "three-year or longer program",
  masters: "master's degree",
  "professional-degree": "professional degree",
  doctoral: "doctoral degree",
};

/** A credential's level by its code; a code without words, as given. */
export const credential = (level: string): string => (CREDENTIAL as Readonly<Record<string, string>>)[level] ?? level;
