// The command line's own help and usage errors in French, in IRCC's official terms (Entrée
// express, SCG, CNP, NCLC) and Alberta's (PIAA); the pages Alberta publishes in English only
// keep their English names (Accelerated Tech Pathway, Worker Expression of Interest).

import type { UsageText } from "./text.js";

/** A value as the user typed it, in French quotation marks, with JSON escapes inside. */
const guillemets = (value: string): string => `« ${JSON.stringify(value).slice(1, -1)} »`;

/** The arguments' names as the French help writes them. */
const ARGUMENTS: Readonly<Record<string, string>> = { "<file.json|->": "<fichier.json|->" };

export const usageFr: UsageText = {
  help: {
    main: `alberta-atp : les règles de l’Accelerated Tech Pathway de l’Alberta et de l’Entrée express, expliquées.

Utilisation :
  alberta-atp assess <fichier.json|-> [--program atp|alberta-ee|express-entry|fsw|cec|fst]
                     [--as-of AAAA-MM-JJ] [--json] [--sources] [--lang en|fr]
  alberta-atp assess --jsonl <fichier|-> [--program ...] [--as-of ...] [--full] [--stats] [--workers n|auto]
                     [--lang en|fr]
  alberta-atp crs <fichier.json|-> [--improvements] [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp eoi <fichier.json|-> [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp noc <code> [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp noc search <mots...> [--noc-version 2016|2021] [--limit n] [--as-of ...] [--json]
                     [--lang en|fr]
  alberta-atp help [commande]       l’aide d’une commande (ou : alberta-atp <commande> --help)
  alberta-atp --version

Un candidat est un fichier JSON (voir examples/candidates/ et le schéma JSON
alberta-atp/candidate.schema.json) ; - le lit sur l’entrée standard. --as-of vaut aujourd’hui par
défaut. --lang fr affiche les explications en français (--json ajoute leur texte dans cette langue) ;
l’anglais est la langue par défaut, quelle que soit la langue de l’environnement.

Codes de sortie :
  0 admissible / terminé (un lot : il a été traité)   1 non admissible, ou aucun résultat de recherche
  2 indéterminé (des faits manquent), ou aucune grille de la Worker EOI connue à la date
  64 erreur d’utilisation   65 données invalides   66 entrée impossible à ouvrir   70 erreur interne

Ce n’est pas un avis juridique : les règles sont tirées des pages publiques d’IRCC et du gouvernement
de l’Alberta, chacune citée.`,
    assess: `Utilisation :
  alberta-atp assess <fichier.json|-> [options]     évalue un candidat (- lit l’entrée standard)
  alberta-atp assess --jsonl <fichier|-> [options]  évalue un candidat par ligne, en continu

Affiche l’arbre des verdicts (une ligne par règle : ✔ satisfaite, ✘ non satisfaite, ? indéterminée,
avec la raison), les faits qui manquent encore et, pour l’Accelerated Tech Pathway, les prochaines
étapes.

Options :
  --program <nom>     atp (par défaut), alberta-ee, express-entry, fsw, cec ou fst
  --as-of <date>      le jour de l’évaluation, AAAA-MM-JJ (par défaut : aujourd’hui)
  --json              affiche l’évaluation en JSON plutôt qu’en texte
  --sources           affiche la source de chaque règle (sortie texte)
  --lang <en|fr>      la langue du texte, et du texte ajouté au JSON (par défaut en)
  --jsonl <fichier|-> lot : lit des lignes JSON, écrit un résultat JSON par ligne sur la sortie
                      standard
  --full              lot : inclut l’évaluation complète dans chaque ligne de résultat
  --stats             lot : affiche aussi la mémoire maximale et le débit sur la sortie d’erreur
  --workers <n|auto>  lot : évalue dans n fils d’exécution (par défaut 0 : dans le fil principal,
                      le moins de mémoire) ; auto : un par cœur dès qu’un lot dépasse 1 000 lignes.
                      Plus rapide sur plusieurs cœurs, environ 50 Mo de mémoire de plus par fil ;
                      même sortie, même ordre
  -h, --help          affiche cette aide

Une ligne d’un lot est un candidat, ou {"id": ..., "candidate": {...}} pour porter votre propre
identifiant.

Codes de sortie : 0 admissible (lot : le lot a été traité), 1 non admissible, 2 indéterminé,
64 erreur d’utilisation, 65 entrée invalide (pas du JSON, pas un candidat valide), 66 entrée
impossible à ouvrir.`,
    crs: `Utilisation :
  alberta-atp crs <fichier.json|-> [options]

Affiche la note du Système de classement global (SCG) par section (A facteurs de base, B époux ou
conjoint de fait, C transférabilité des compétences, D points supplémentaires) et par ligne, le
total, le total avec une désignation provinciale (+600), les réponses qui pourraient encore ajouter
des points et, avec --improvements, les changements uniques qui en ajouteraient le plus.

Options :
  --as-of <date>     le jour du calcul, AAAA-MM-JJ (par défaut : aujourd’hui)
  --improvements     liste aussi les changements qui ajoutent des points, et les anniversaires qui
                     les changent
  --json             affiche du JSON : { breakdown, withNomination, improvements?, agePoints? }
  --sources          affiche les sources des grilles du SCG utilisées
  --lang <en|fr>     la langue du texte, et du texte ajouté au JSON (par défaut en)
  -h, --help         affiche cette aide

Codes de sortie : 0 calculé, 64 erreur d’utilisation, 65 entrée invalide (pas du JSON, pas un
candidat valide, ou un candidat dont la note du SCG ne peut pas être calculée, comme une date de
naissance postérieure à --as-of), 66 entrée impossible à ouvrir.`,
    eoi: `Utilisation :
  alberta-atp eoi <fichier.json|-> [options]

Affiche la note de la Worker Expression of Interest du Programme d’immigration Avantage Alberta
(PIAA) : chaque facteur de la grille de 100 points (groupe I, capital humain, au plus 69 ; groupe
II, facteurs économiques, au plus 31), les points certains, le plus que la note pourrait atteindre
une fois les questions sans réponse répondues, et la comparaison des deux avec les rondes
d’invitations de l’Accelerated Tech Pathway des 12 mois précédant --as-of, le candidat étant
vérifié selon les paramètres de sélection publiés de chaque ronde (✔ satisfait, ✘ non satisfait,
? indéterminé). Les rondes sont de l’histoire, pas une promesse : chacune fixe sa propre note
minimale.

Options :
  --as-of <date>     le jour du calcul, AAAA-MM-JJ (par défaut : aujourd’hui)
  --json             affiche du JSON : { score, draws, drawsAtMaximum? }
  --sources          affiche la source de chaque ligne
  --lang <en|fr>     la langue des explications, et du texte ajouté au JSON (par défaut en)
  -h, --help         affiche cette aide

Codes de sortie : 0 calculé, 2 la grille en vigueur à --as-of ne nous est pas connue (du 2024-09-30
au 2025-08-06), 64 erreur d’utilisation (y compris un --as-of antérieur au début de la Worker EOI,
le 2024-09-30), 65 entrée invalide (y compris un candidat que la grille ne peut pas noter : une
date de naissance postérieure à --as-of, un résultat de test hors de son échelle), 66 entrée
impossible à ouvrir.`,
    noc: `Utilisation :
  alberta-atp noc <code> [options]            une profession : CNP 2021 (5 chiffres) ou CNP 2016 (4 chiffres)
  alberta-atp noc search <mots...> [options]  les professions dont des mots du titre commencent par les
                                              mots donnés

Affiche le titre, la catégorie FÉER (CNP 2021) ou le niveau de compétence (CNP 2016), les
successeurs ou prédécesseurs CNP 2016 -> 2021 (table de concordance de Statistique Canada), et si
la profession figure sur la liste de l’Accelerated Tech Pathway le jour donné.

Options :
  --as-of <date>          le jour de la liste de l’ATP, AAAA-MM-JJ (par défaut : aujourd’hui)
  --json                  affiche du JSON plutôt que du texte
  --sources               affiche la source de la réponse de l’ATP (noc <code>)
  --lang <en|fr>          la langue du texte, et du texte ajouté au JSON (par défaut en) ; les
                          titres de la CNP sont ceux, en anglais, de Statistique Canada
  --noc-version <v>       recherche : seulement la CNP 2016 ou la CNP 2021 (par défaut : les deux)
  --limit <n>             recherche : au plus n résultats (par défaut 20 ; 0 pour tous)
  -h, --help              affiche cette aide

Codes de sortie : 0 trouvé, 1 aucune profession ne correspond à la recherche, 64 erreur
d’utilisation, 65 pas un code de la CNP.`,
  },
  runForUsage: (help) => `Lancez « ${help} » pour l’aide.`,
  unknownOption: (flag, known) => `Option inconnue ${flag}. Options connues : ${known.join(", ")}.`,
  needsValue: (flag) => `L’option ${flag} demande une valeur.`,
  dashValue: (flag) => `Option ${flag} : une valeur qui commence par « - » s’écrit ${flag}=<valeur>.`,
  isSwitch: (flag) => `L’option ${flag} est un interrupteur et ne prend pas de valeur.`,
  optionProblem: (flag, detail) => `Option ${flag} : ${detail}`,
  missingArguments: (names) =>
    `Argument${names.length > 1 ? "s" : ""} manquant${names.length > 1 ? "s" : ""} : ${names.map((n) => ARGUMENTS[n] ?? n).join(" ")}.`,
  unexpectedArguments: (values) =>
    `Argument${values.length > 1 ? "s" : ""} inattendu${values.length > 1 ? "s" : ""} : ${values.map(guillemets).join(" ")}.`,
  expectedOneOf: (flag, choices, got) =>
    `${flag} : une valeur parmi ${choices.join(", ")} est attendue ; reçu ${guillemets(got)}.`,
  workers: (max, got) =>
    `--workers : « auto » ou un nombre entier de 0 à ${max} est attendu ; reçu ${guillemets(got)}.`,
  notForBatch: (flag) => `${flag} ne s’applique pas à --jsonl (sa sortie est du JSON).`,
  batchOnly: (flag) => `${flag} ne s’applique qu’à un lot (--jsonl).`,
  searchOnly: (flag) => `${flag} ne s’applique qu’à « noc search ».`,
  limit: (got) => `--limit : un nombre entier est attendu (0 pour tous) ; reçu ${guillemets(got)}.`,
  missingWords: () => "Argument manquant : <mots...> à rechercher.",
  noHelpFor: (topic) => `Commande inconnue ${guillemets(topic)} : pas d’aide pour elle.`,
  unknownCommand: (command, commands) =>
    `Commande inconnue ${guillemets(command)}. Commandes : ${commands.join(", ")}.`,
  unknownTopOption: (flag, commands) => `Option inconnue ${flag}. Commandes : ${commands.join(", ")}.`,
};
