// The provinces and territories in French, with the preposition of place each takes.

/** Each province or territory by its code: its French name with its article. */
const NOMS: Readonly<Record<string, string>> = {
  AB: "l’Alberta",
  BC: "la Colombie-Britannique",
  MB: "le Manitoba",
  NB: "le Nouveau-Brunswick",
  NL: "Terre-Neuve-et-Labrador",
  NS: "la Nouvelle-Écosse",
  NT: "les Territoires du Nord-Ouest",
  NU: "le Nunavut",
  ON: "l’Ontario",
  PE: "l’Île-du-Prince-Édouard",
  QC: "le Québec",
  SK: "la Saskatchewan",
  YT: "le Yukon",
};

/** The province or territory's name with its article: `la Colombie-Britannique`; an unknown code as given. */
export const nomProvince = (code: string): string => NOMS[code] ?? code;

/**
 * "In" the province or territory: `en` before a feminine name or one starting with a vowel
 * (`en Alberta`, `en Colombie-Britannique`), `au` before a masculine one (`au Québec`), `dans les`
 * before a plural, `à` for the islands (`à l’Île-du-Prince-Édouard`, `à Terre-Neuve-et-Labrador`).
 */
export const dansProvince = (code: string): string => {
  const nom = NOMS[code];
  if (nom === undefined) return `dans la province ou le territoire ${code}`;
  if (code === "PE" || code === "NL") return `à ${nom}`;
  if (nom.startsWith("le ")) return `au ${nom.slice(3)}`;
  if (nom.startsWith("les ")) return `dans ${nom}`;
  return `en ${nom.replace(/^(la |l’)/, "")}`;
};

/** "Of" the province or territory: `de l’Alberta`, `du Québec`, `des Territoires du Nord-Ouest`. */
export const deProvince = (code: string): string => {
  const nom = nomProvince(code);
  return nom.startsWith("le ") ? `du ${nom.slice(3)}` : nom.startsWith("les ") ? `des ${nom.slice(4)}` : `de ${nom}`;
};
