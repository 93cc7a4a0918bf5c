// French titles of the built-in rules of the federal area, by rule id.

export const federal: Readonly<Record<string, string>> = {
  "federal.express-entry": "Admissible à un programme d’Entrée express (PTQF, CEC ou PTMSF)",
  "federal.skilled-worker": "Programme des travailleurs qualifiés (fédéral)",
  "fsw.experience.one-year":
    "Un an de travail qualifié continu dans une même profession au cours des 10 dernières années",
  "fsw.language.clb7": "NCLC 7 dans chaque compétence de la première langue officielle",
  "fsw.education.credential":
    "Un diplôme canadien, ou un diplôme étranger avec une évaluation des diplômes d’études (EDE) valide",
  "fsw.selection-points.67": "Au moins 67 points de sélection sur 100",
  "fsw.settlement-funds": "Preuve de fonds d’établissement, sauf dispense",
  "fsw.settlement-funds.exempt":
    "Dispense de la preuve de fonds : autorisé à travailler au Canada avec une offre d’emploi valide",
  "fsw.settlement-funds.amount": "Fonds d’établissement selon la taille de la famille, d’après le barème en vigueur",
  "federal.canadian-experience-class": "Catégorie de l’expérience canadienne",
  "cec.experience.one-year": "Un an de travail qualifié au Canada au cours des 3 dernières années",
  "cec.language": "Niveau de langue exigé selon la catégorie FÉER du travail",
  "cec.language.clb7": "NCLC 7 dans chaque compétence (suffisant pour tout travail qualifié)",
  "cec.language.teer-2-3-route": "NCLC 5 avec une année de travail de catégorie FÉER 2 ou 3",
  "cec.language.clb5": "NCLC 5 dans chaque compétence",
  "cec.experience.teer-2-3": "Un an de travail au Canada dans une profession de catégorie FÉER 2 ou 3",
  "federal.skilled-trades": "Programme des travailleurs de métiers spécialisés (fédéral)",
  "fst.language.minimum":
    "NCLC 5 en expression orale et en compréhension de l’oral, 4 en compréhension de l’écrit et en expression écrite",
  "fst.trade":
    "Deux ans dans un métier spécialisé, avec une offre d’emploi ou un certificat de compétence dans ce métier",
  "fst.trade.requirements":
    "Deux ans dans le métier, et une offre d’emploi ou un certificat de compétence dans ce métier",
  "fst.experience.two-years": "Deux ans de travail dans le métier au cours des 5 dernières années",
  "fst.offer-or-certificate": "Une offre d’emploi ou un certificat de compétence dans le métier",
  "fst.job-offer": "Une offre d’emploi à temps plein d’au moins un an dans le métier",
  "fst.certificate-of-qualification": "Un certificat de compétence canadien dans le métier",
  "fst.settlement-funds": "Preuve de fonds d’établissement, sauf dispense",
  "fst.settlement-funds.exempt":
    "Dispense de la preuve de fonds : autorisé à travailler au Canada avec une offre d’emploi valide",
  "fst.settlement-funds.amount": "Fonds d’établissement selon la taille de la famille, d’après le barème en vigueur",
};
