// The provinces and territories in French, with the preposition of place each takes.

/** A province or territory by its code: its French name, and "in" it (`en Ontario`, `au Québec`). */
const PROVINCES: Readonly<Record<string, { readonly nom: string; readonly dans: string }>> = {
  AB: { nom: "l’Alberta", dans: "en Alberta" },
  BC: { nom: "la Colombie-Britannique", dans: "en Colombie-Britannique" },
  MB: { nom: "le Manitoba", dans: "au Manitoba" },
  NB: { nom: "le Nouveau-Brunswick", dans: "au Nouveau-Brunswick" },
  NL: { nom: "Terre-Neuve-et-Labrador", dans: "à Terre-Neuve-et-Labrador" },
  NS: { nom: "la Nouvelle-Écosse", dans: "en Nouvelle-Écosse" },
  NT: { nom: "les Territoires du Nord-Ouest", dans: "dans les Territoires du Nord-Ouest" },
  NU: { nom: "le Nunavut", dans: "au Nunavut" },
  ON: { nom: "l’Ontario", dans: "en Ontario" },
  PE: { nom: "l’Île-du-Prince-Édouard", dans: "à l’Île-du-Prince-Édouard" },
  QC: { nom: "le Québec", dans: "au Québec" },
  SK: { nom: "la Saskatchewan", dans: "en Saskatchewan" },
  YT: { nom: "le Yukon", dans: "au Yukon" },
};

/** "In" the province or territory: `en Colombie-Britannique`; an unknown code as given. */
export const dansProvince = (code: string): string =>
  PROVINCES[code]?.dans ?? `dans la province ou le territoire ${code}`;

/** The province or territory's name with its article: `la Colombie-Britannique`. */
export const nomProvince = (code: string): string => PROVINCES[code]?.nom ?? code;

/** "Of" the province or territory: `de l’Alberta`, `du Québec`, `des Territoires du Nord-Ouest`. */
export const deProvince = (code: string): string => {
  const nom = nomProvince(code);
  return nom.startsWith("le ") ? `du ${nom.slice(3)}` : nom.startsWith("les ") ? `des ${nom.slice(4)}` : `de ${nom}`;
};
