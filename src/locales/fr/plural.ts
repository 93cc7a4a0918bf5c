// French agreement with a count.

/**
 * The singular below 2 (0, 1 and 1,5 take it in French), the plural from 2: the rule of
 * `Intl.PluralRules("fr")`, without building one per message.
 */
export const accord = (n: number, singulier: string, pluriel: string): string =>
  Math.abs(n) < 2 ? singulier : pluriel;

/** Hours a week, the number in the locale's form: `1 heure par semaine`, `37,5 heures par semaine`. */
export const heuresParSemaine = (hours: number, f: { number(value: number): string }): string =>
  `${f.number(hours)} ${accord(hours, "heure", "heures")} par semaine`;
