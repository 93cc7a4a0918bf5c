// French titles of the built-in rules of the alberta area, by rule id.

export const alberta: Readonly<Record<string, string>> = {
  atp: "Accelerated Tech Pathway (Alberta Express Entry Stream)",
  "atp.pathway-open": "L’Accelerated Tech Pathway existe à cette date",
  "atp.qualifying-job":
    "Une offre d’emploi admissible d’un employeur albertain du secteur technologique, ou un emploi actuel auprès d’un tel employeur",
  "atp.job": "L’emploi remplit toutes les exigences de la voie",
  "atp.job.in-alberta": "L’emploi est en Alberta",
  "atp.job.occupation": "La profession figure sur la liste de l’Accelerated Tech Pathway",
  "atp.job.employer-alberta-based": "L’employeur est établi en Alberta",
  "atp.job.employer-tech-industry": "L’employeur relève du secteur technologique de l’Alberta (liste SCIAN du PIAA)",
  "atp.job.full-time": "À temps plein (au moins 30 heures par semaine)",
  "atp.job.employee": "Un salarié (ni entrepreneur indépendant ni travailleur d’agence de placement temporaire)",
  "atp.job.offer-or-employment":
    "Une offre d’emploi (un emploi actuel sans offre ne comptait qu’à l’époque du lancement)",
  "atp.job.offer-term": "Une offre permanente, ou d’au moins 12 mois",
  "atp.job.matches-profile": "La profession principale du profil Entrée express correspond à l’emploi",
  "alberta-ee": "Alberta Express Entry Stream",
  "alberta-ee.profile-active": "Un profil Entrée express actif",
  "alberta-ee.federal-program": "Admissible à un programme fédéral d’Entrée express (PTQF, CEC ou PTMSF)",
  "alberta-ee.crs-minimum": "Une note d’au moins 300 au Système de classement global (SCG)",
  "alberta-ee.not-ineligible": "Ne pas faire partie d’un groupe que le volet exclut",
  "alberta-ee.not-refugee-claimant": "Ne pas être demandeur d’asile",
  "alberta-ee.no-removal-order": "Aucune mesure de renvoi non réglée",
  "alberta-ee.no-misrepresentation-ban": "Aucune interdiction pour fausses déclarations en vigueur",
  "alberta-ee.no-active-aaip-application":
    "Aucune autre demande en cours au Programme d’immigration Avantage Alberta (PIAA)",
  "alberta-ee.no-aaip-nomination": "Aucune désignation du PIAA déjà détenue",
};
