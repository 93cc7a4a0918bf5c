// French messages: next steps, the ATP draw comparison and the Worker EOI score's labels and notes.

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, Templates } from "../../core/message.js";
import { LANGUAGE_TEST_NAMES } from "../../language/official-language.js";
import type { DrawUnanswered, steps as english, LanguageResult, QuotedIssue } from "../en/steps.js";
import { accord, heuresParSemaine } from "./plural.js";
import { dansProvince, deProvince } from "./provinces.js";

/** Tests expired on `asOf`, which count for nothing: none, one or several. */
const expiredTests = (n: number, asOf: IsoDate, f: MessageFormat): string =>
  n === 0
    ? ""
    : ` ${n} ${accord(n, "test expiré au", "tests expirés au")} ${f.date(asOf)} ${accord(n, "n’est pas pris", "ne sont pas pris")} en compte.`;

const ABILITIES = (r: LanguageResult): string =>
  `NCLC en ${r.scale === "CLB" ? "anglais" : "français"} (compréhension de l’écrit ${r.levels.reading}, expression écrite ${r.levels.writing}, compréhension de l’oral ${r.levels.listening}, expression orale ${r.levels.speaking})`;

const issuesText = (issues: readonly QuotedIssue[], f: MessageFormat): string =>
  issues.map((i) => `${i.path} : ${f.message(i.message)}`).join(" ");

const UNANSWERED: Readonly<Record<DrawUnanswered, string>> = {
  "work-permit-expiry": "la date d’expiration de votre permis de travail",
  "language-tests": "les résultats de vos tests de langue",
  "express-entry-profile": "votre profil Entrée express",
  "work-history": "vos antécédents de travail",
  "job-offer": "si vous avez une offre d’emploi",
  "offer-province": "la province de l’offre d’emploi",
  "offer-hours": "les heures par semaine de l’offre",
  "offer-engagement": "si l’offre vise un salarié, un entrepreneur ou un travailleur d’agence",
  "profile-occupation": "la profession principale de votre profil Entrée express",
  "employer-alberta-based": "si l’employeur est établi en Alberta",
  "employer-tech-industry":
    "si l’activité principale de l’employeur figure sur la liste SCIAN du secteur des technologies du PIAA",
};

/** The grid's options in French (the grid itself is published in English only). */
const OPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  education: {
    doctorate: "Doctorat",
    masters: "Maîtrise",
    bachelors: "Baccalauréat",
    trades: "Certificat ou diplôme de métier",
    diploma: "Diplôme ou certificat",
    "secondary-or-lower": "Études secondaires ou moins",
  },
  "education-location": {
    alberta: "Terminées en Alberta",
    "other-province": "Terminées dans une autre province ou un territoire",
    none: "Non terminées au Canada",
  },
  language: {
    "english-clb-6": "Anglais, NCLC 6 ou plus",
    "english-clb-5": "Anglais, NCLC 5",
    "english-clb-4": "Anglais, NCLC 4",
    "english-clb-3": "Anglais, NCLC 3 ou moins",
    "french-nclc-6": "Français, NCLC 6 ou plus",
    "french-nclc-5": "Français, NCLC 5",
    "french-nclc-4": "Français, NCLC 4",
    "french-nclc-3": "Français, NCLC 3 ou moins",
  },
  "language-bilingual": { "both-4": "NCLC 4 ou plus dans les deux langues" },
  "work-experience": {
    "12-months": "12 mois ou plus",
    "6-months": "6 à 11 mois",
    "under-6-months": "Moins de 6 mois",
  },
  "work-experience-location": {
    alberta: "6 mois ou plus en Alberta",
    "other-province": "6 mois ou plus dans une autre province ou un territoire",
  },
  age: { "18-20": "18 à 20 ans", "21-34": "21 à 34 ans", "35-49": "35 à 49 ans", "50-plus": "50 ans ou plus" },
  "family-in-alberta": { yes: "A un tel membre de la famille en Alberta" },
  "job-offer": { yes: "Offre d’emploi permanent à temps plein en Alberta" },
  "sector-endorsement": {
    "rural-renewal": "Recommandation d’une collectivité du Rural Renewal Stream",
    "tourism-hospitality":
      "Offre d’emploi dans le tourisme et l’hôtellerie d’un membre d’une association sectorielle exigée",
    "law-enforcement":
      "Offre d’emploi dans l’application de la loi d’un membre de l’Alberta Association of Chiefs of Police",
  },
  "offer-location": {
    "rural-renewal-designated": "Une collectivité désignée du Rural Renewal Stream",
    other: "Une autre collectivité hors des régions métropolitaines de recensement de Calgary et d’Edmonton",
    "calgary-cma": "Région métropolitaine de recensement de Calgary",
    "edmonton-cma": "Région métropolitaine de recensement d’Edmonton",
  },
  "regulated-occupation": {
    yes: "Profession réglementée, avec la certification ou le permis de l’Alberta",
  },
};

const gapsText = (gaps: readonly Parameters<MessageFormat["message"]>[0][], f: MessageFormat): string =>
  gaps.map((g) => ` ${f.message(g)}`).join("");

export const steps: Templates<typeof english> = {
  "step.answer-missing": (p) =>
    `Répondez aux questions encore ouvertes, ou corrigez une réponse qui ne peut être lue telle quelle (une raison dit laquelle), pour que l’évaluation puisse trancher : ${p.missing.join(", ")}.`,
  "step.profile-expiring": (p, f) =>
    `Votre profil Entrée express expire le ${f.date(p.expires)}, dans moins de ${p.months} mois : les candidats dont le profil expire si tôt ont moins de chances d’être invités à présenter une demande. Renouvelez-le à son expiration.`,
  "step.worker-eoi-fee.none": () =>
    "Aucuns frais ne sont exigés pour soumettre une Worker Expression of Interest (EOI).",
  "step.worker-eoi-fee": (p, f) =>
    `La soumission d’une Worker Expression of Interest (EOI) entraîne des frais de ${f.money(p.amount)} (depuis le ${f.date(p.from)}).`,
  "step.one-worker-eoi": () =>
    "Vous ne pouvez avoir qu’une seule Worker Expression of Interest (EOI), et ne pouvez pas en créer une tant que vous avez une autre EOI (Worker ou Entrepreneur) ou une demande au PIAA en brouillon ou active : retirez-les d’abord.",
  "step.worker-eoi.held": (p, f) =>
    `Votre Worker Expression of Interest (EOI), soumise le ${f.date(p.submittedOn)}, est dans le bassin à partir duquel le PIAA invite les candidats de l’Accelerated Tech Pathway${
      p.validUntil === null
        ? ""
        : ` ; elle est valide un an à compter de sa soumission (l’année est écoulée le ${f.date(p.validUntil)}), et la modifier ne prolonge pas cette validité`
    }. Tenez-la à jour et n’en soumettez pas d’autre : une seule est permise à la fois.`,
  "step.worker-eoi.family-narrower": (p, f) =>
    `Une nouvelle Worker Expression of Interest (EOI) compte la famille en Alberta selon la définition du PIAA au jour de sa soumission : seule une EOI soumise au plus tard le ${f.date(p.through)} compte un grand-parent, un petit-enfant, une tante, un oncle, une nièce ou un neveu ; vos points pour la famille seraient donc perdus, sauf si un parent, un enfant, un frère ou une sœur vit en Alberta.`,
  "step.worker-eoi.lapsed": (p, f) =>
    `Votre Worker Expression of Interest (EOI), soumise le ${f.date(p.submittedOn)}, a atteint un an le ${f.date(p.reachedOn)}, la validité annoncée par le PIAA le ${f.date(p.announcedOn)} : vérifiez son état dans le portail du PIAA et, si elle a expiré, soumettez-en une nouvelle.`,
  "step.worker-eoi-validity": (p) =>
    `Une Worker Expression of Interest (EOI) a une validité ${p.months === 12 ? "d’un an" : `de ${p.months} mois`} après sa soumission ; la modifier ne prolonge pas cette validité.`,
  "step.invitation-period": (p) =>
    `Si le PIAA vous invite, vous avez ${p.days} jours pour donner suite à une invitation : présentez votre demande, ou refusez l’invitation pour revenir dans le bassin des Worker EOI.`,
  "step.application-fee": (p, f) =>
    `Une demande à un volet pour travailleurs du PIAA (l’Alberta Express Entry Stream en est un) entraîne des frais de ${f.money(p.amount)} (depuis le ${f.date(p.from)}).`,
  "step.nomination-points": (p, f) =>
    `Si l’Alberta vous désigne, acceptez la désignation dans votre profil Entrée express dans les ${p.days} jours : elle ajoute ${p.points} points au SCG${p.withNomination === undefined ? "" : ` (votre note serait de ${f.number(p.withNomination)})`}.`,
  "step.accept-nomination": (p, f) =>
    `Acceptez la désignation ${deProvince(p.province)} dans votre profil Entrée express au plus tard le ${f.date(p.due)} (${p.days} jours après le ${f.date(p.nominatedOn)}) ; elle ajoute ${p.points} points au SCG.`,
  "step.ita-deadline": (p) =>
    `Après une invitation à présenter une demande (IPD) de résidence permanente, vous avez ${p.days} jours pour soumettre la demande complète.`,
  "step.truthful-answers": (p) =>
    `Ne donnez que des renseignements véridiques et complets : de fausses déclarations vous rendent interdit de territoire au Canada pendant ${p.years} ans.`,
  "step.written-job-offer": (p, f) =>
    `Demandez à ${p.employer ?? "votre employeur"} une offre d’emploi écrite, permanente et à temps plein pour votre emploi actuel (${p.path}, CNP ${p.noc}) et indiquez-la comme jobOffer : depuis le ${f.date(p.offerFrom)}, la voie exige une offre d’emploi à temps plein en Alberta, et un emploi actuel sans offre ne compte pas.`,
  "step.written-job-offer.uncertain": (p, f) =>
    `Demandez à ${p.employer ?? "votre employeur"} une offre d’emploi écrite, permanente et à temps plein pour votre emploi actuel (${p.path}, CNP ${p.noc}) et indiquez-la comme jobOffer : on ne sait pas si un emploi actuel sans offre compte le ${f.date(p.asOf)}, alors qu’une offre écrite compte à toute date.`,
  "step.update-profile-noc": (p, f) =>
    `Remplacez la profession principale de votre profil Entrée express par son code de la CNP 2021${p.successors.length === 0 ? "" : ` (${p.code} est devenu ${p.successors.join(" ou ")})`} : depuis le ${f.date(p.from)}, les candidats de l’Alberta Express Entry Stream doivent mettre à jour la CNP de leur profil pour rester admissibles à la sélection et à la désignation.`,

  "draw.parameter.work-permit-expiry": (p, f) =>
    `Date d’expiration du permis de travail le ${f.date(p.onOrAfter)} ou plus tard`,
  "draw.parameter.language": (p) => `NCLC ${p.minimumClb} ou plus`,
  "draw.parameter.express-entry-profile": () => "Profil Entrée express valide",
  "draw.parameter.crs": (p) => `Note du SCG de ${p.minimum} ou plus`,
  "draw.parameter.profile-expiry": (p, f) =>
    `Date d’expiration du profil Entrée express : le ${f.date(p.onOrAfter)} ou plus tard`,
  "draw.parameter.work-experience": (p) => `${p.minimumMonths} mois d’expérience de travail`,
  "draw.parameter.full-time-offer": () => "Offre d’emploi à temps plein en Alberta",
  "draw.parameter.atp-occupation": () =>
    "La profession principale du profil Entrée express et celle de l’offre d’emploi d’un employeur de l’Alberta sont des professions admissibles à l’Accelerated Tech Pathway",
  "draw.parameter.atp-employer": () =>
    "L’offre d’emploi vient d’un employeur de l’Alberta dont les activités principales relèvent d’un code SCIAN admissible à l’Accelerated Tech Pathway, selon la liste du PIAA",

  "draw.check.not-answered": (p) => `Sans réponse : ${UNANSWERED[p.answer]}.`,
  "draw.check.all": (p, f) => p.parts.map((m) => f.message(m)).join(" "),
  "draw.check.work-permit.met": (p, f) =>
    `Votre permis de travail expire le ${f.date(p.until)}, le ${f.date(p.onOrAfter)} ou plus tard.`,
  "draw.check.work-permit.none": (p, f) =>
    `Vous n’avez pas de permis de travail ; la ronde en exigeait un valide le ${f.date(p.onOrAfter)} ou plus tard.`,
  "draw.check.work-permit.before": (p, f) =>
    `Votre permis de travail expire le ${f.date(p.until)}, avant le ${f.date(p.onOrAfter)}.`,
  "draw.check.language.met": (p) => `${ABILITIES(p.result)} : ${p.minimum} ou plus dans chaque compétence.`,
  "draw.check.language.unreadable": (p, f) =>
    `Un test de langue n’a pas pu être lu (${issuesText(p.issues, f)}) ; il pourrait atteindre le NCLC ${p.minimum}.`,
  "draw.check.language.below": (p, f) =>
    `Vos meilleurs résultats valides (${p.best.map(ABILITIES).join(" ; ")}) n’atteignent pas le NCLC ${p.minimum} dans chaque compétence.${expiredTests(p.expired, p.asOf, f)}`,
  "draw.check.language.short-whatever-correction": (p) =>
    `Même avec ses résultats à corriger à leur meilleur (${p.corrected.map(ABILITIES).join(" ; ")}), aucun test n’atteint le NCLC ${p.minimum} dans chaque compétence.`,
  "draw.check.language.none": (p, f) =>
    `Aucun test de langue valide le ${f.date(p.asOf)} : la ronde exigeait le NCLC ${p.minimum} ou plus.${expiredTests(p.expired, p.asOf, f)}`,
  "draw.check.language.not-accepted": (p, f) =>
    `Seul votre résultat au ${p.tests.map((t) => LANGUAGE_TEST_NAMES[t]).join(" ou au ")} atteint le NCLC ${p.minimum} dans chaque compétence, et le ${f.date(p.drawDate)} le PIAA n’acceptait pas ce test${p.acceptedFrom === null ? "" : ` (il l’accepte pour les demandes reçues à partir du ${f.date(p.acceptedFrom)})`}.`,
  "draw.check.profile.none": () => "Aucun profil Entrée express.",
  "draw.check.profile.submitted-after": (p, f) =>
    `Votre profil Entrée express a été soumis le ${f.date(p.submittedOn)}, après le ${f.date(p.asOf)}.`,
  "draw.check.profile.valid": (p, f) => `Votre profil Entrée express est valide jusqu’au ${f.date(p.expires)}.`,
  "draw.check.profile.expired": (p, f) => `Votre profil Entrée express a expiré le ${f.date(p.expires)}.`,
  "draw.check.profile-expiry.none": () => "Aucun profil Entrée express, donc aucune date d’expiration de profil.",
  "draw.check.profile-expiry.met": (p, f) =>
    `Votre profil Entrée express expire le ${f.date(p.expires)}, le ${f.date(p.onOrAfter)} ou plus tard.`,
  "draw.check.profile-expiry.before": (p, f) =>
    `Votre profil Entrée express expire le ${f.date(p.expires)}, avant le ${f.date(p.onOrAfter)}.`,
  "draw.check.crs.no-profile": () => "Aucun profil Entrée express, donc aucune note du SCG dans un profil.",
  "draw.check.crs.not-computed": (p, f) => `La note du SCG ne peut pas être calculée : ${issuesText(p.issues, f)}`,
  "draw.check.crs.met": (p) => `SCG ${p.total} (sans les points de désignation), ${p.minimum} ou plus.`,
  "draw.check.crs.may-reach": (p) =>
    `SCG ${p.total} d’après les réponses données, sous ${p.minimum} ; les réponses manquantes pourraient le porter à ${p.maximumReachable} au plus.`,
  "draw.check.crs.cannot-reach": (p) =>
    `SCG ${p.total} d’après les réponses données (sans les points de désignation) ; les réponses manquantes pourraient le porter à ${p.maximumReachable} au plus, sous ${p.minimum}.`,
  "draw.check.crs.under": (p) => `SCG ${p.total} (sans les points de désignation), sous ${p.minimum}.`,
  "draw.check.work.met": (p, f) => `${p.months} mois de travail rémunéré à temps plein avant le ${f.date(p.asOf)}.`,
  "draw.check.work.may-reach": (p, f) =>
    `${p.months} mois de travail rémunéré à temps plein avant le ${f.date(p.asOf)} assurément, jusqu’à ${p.possibleMonths} selon que l’autre travail était rémunéré et, au Canada, autorisé ; la ronde en exigeait ${p.minimum}.`,
  "draw.check.work.short": (p, f) =>
    `${p.months} mois de travail rémunéré à temps plein avant le ${f.date(p.asOf)} (la Worker EOI ne compte ni le travail à temps partiel ou non rémunéré, ni le travail au Canada non autorisé par IRCC) ; la ronde en exigeait ${p.minimum}.`,
  "draw.check.offer.none": () => "Aucune offre d’emploi.",
  "draw.check.offer.after-as-of": (p, f) =>
    `L’offre d’emploi est datée du ${f.date(p.offeredOn)}, après le ${f.date(p.asOf)} : il n’y avait pas encore d’offre.`,
  "draw.check.offer.alberta": () => "L’offre est en Alberta.",
  "draw.check.offer.not-alberta": (p) => `L’offre est ${dansProvince(p.province)}, pas en Alberta.`,
  "draw.check.offer.full-time": (p, f) => `${heuresParSemaine(p.hours, f)}, c’est à temps plein.`,
  "draw.check.offer.not-full-time": (p, f) =>
    `${heuresParSemaine(p.hours, f)}, ce n’est pas à temps plein (${f.number(p.minimum)} ou plus).`,
  "draw.check.occupation.no-profile": () =>
    "Aucun profil Entrée express, donc aucune profession principale dans un profil.",
  "draw.check.occupation.noc-2016-profile": (p, f) =>
    `La profession du profil, CNP ${p.code}, est un code de la CNP 2016 : depuis le ${f.date(p.from)}, les candidats de l’Alberta Express Entry Stream doivent remplacer la CNP de leur profil Entrée express par son code de la CNP 2021${p.successors.length === 0 ? "" : ` (${p.code} est devenu ${p.successors.join(" ou ")})`}.`,
  "draw.check.occupation": (p, f) =>
    `Profession ${p.whose === "profile" ? "du profil" : "de l’offre"} : ${f.message(p.check)}`,
  "draw.check.employer.alberta-based": () => "L’employeur est établi en Alberta.",
  "draw.check.employer.not-alberta-based": () => "L’employeur n’est pas établi en Alberta.",
  "draw.check.employer.tech": () =>
    "L’activité principale de l’employeur relève du secteur des technologies (selon votre réponse).",
  "draw.check.employer.not-tech": () =>
    "L’activité principale de l’employeur ne figure pas sur la liste SCIAN du secteur des technologies du PIAA.",

  "draw.selection.not-published": () =>
    "Le PIAA n’a pas publié les paramètres de sélection de cette ronde : sa page d’information sur le traitement indique « To protect program integrity AAIP does not disclose recent draw parameters » (pour protéger l’intégrité du programme, le PIAA ne divulgue pas les paramètres des rondes récentes).",
  "draw.selection.kept-out": (p, f) =>
    `Écarté par ${p.keptOutBy.length} des ${p.of} paramètres publiés : ${p.keptOutBy.map((k) => `${f.message(k.parameter)} (${f.message(k.reason)})`).join(" ; ")}.`,
  "draw.selection.undecided": (p, f) =>
    `Aucun paramètre publié ne vous écarte, mais ${p.open.length} des ${p.of} ${accord(p.open.length, "ne peut être tranché", "ne peuvent être tranchés")}${p.missing.length === 0 ? "" : " sans réponse"} : ${p.open.map((m) => f.message(m)).join(" ; ")}${p.missing.length === 0 ? "." : ` (répondez à ${p.missing.join(", ")}).`}`,
  "draw.selection.met": (p) =>
    p.of < 2 ? "Le paramètre publié est rempli." : `Les ${p.of} paramètres publiés sont tous remplis.`,

  "draw.selection-summary.no-draw": () => "Aucune ronde n’a de paramètres de sélection à vérifier.",
  "draw.selection-summary.none-published": (p) =>
    `Le PIAA n’a pas publié les paramètres de sélection ${p.draws === 1 ? "de cette ronde" : `de ces ${p.draws} rondes`} : ils ne peuvent pas être vérifiés.`,
  "draw.selection-summary": (p, f) => {
    const kept = p.keptOut.map((k) => `${f.date(k.date)} : ${k.parameters.map((m) => f.message(m)).join(" ; ")}`);
    // Une seule ronde : « vos réponses … vous en auraient écarté », « en remplissent tous les paramètres ».
    const one = p.published === 1;
    const parts = [
      p.met > 0
        ? one
          ? "en remplissent tous les paramètres"
          : `remplissent tous les paramètres de ${p.met}`
        : undefined,
      p.keptOut.length > 0
        ? `${one ? "vous en auraient écarté" : `vous auraient écarté ${p.keptOut.length === 1 ? "d’une ronde" : `de ${p.keptOut.length}`}`} (${kept.join(" | ")})`
        : undefined,
      p.undecided > 0
        ? one
          ? "la laissent indécise tant qu’il manque des réponses"
          : `en laissent ${p.undecided} ${accord(p.undecided, "indécise", "indécises")} tant qu’il manque des réponses`
        : undefined,
    ].filter((part) => part !== undefined);
    const others =
      p.unpublished > 0
        ? ` Les paramètres ${p.unpublished === 1 ? "de l’autre ronde n’ont" : `des ${p.unpublished} autres rondes n’ont`} pas été publiés.`
        : "";
    return `Sur ${one ? "la seule ronde" : `les ${p.published} rondes`} dont les paramètres de sélection ont été publiés, vos réponses telles qu’elles sont au ${f.date(p.asOf)} ${f.list(parts)}.${others}`;
  },

  "draw.comparison": (p, f) => {
    const window = `du ${f.date(p.from)} au ${f.date(p.to)}`;
    const compared =
      p.of === 1
        ? `${p.atOrAbove === 1 ? "atteignait ou dépassait" : "n’atteignait pas"} le minimum de la seule ronde de l’Accelerated Tech Pathway de nos données tenue ${window}`
        : p.atOrAbove === 0
          ? `n’atteignait le minimum d’aucune des ${p.of} rondes de l’Accelerated Tech Pathway de nos données tenues ${window}`
          : `atteignait ou dépassait le minimum de ${p.atOrAbove} des ${p.of} rondes de l’Accelerated Tech Pathway de nos données tenues ${window}`;
    return `Une note de Worker EOI de ${p.score} ${compared}. C’est un historique, pas une promesse : chaque ronde fixe sa propre note minimale.${gapsText(p.gaps, f)}`;
  },
  "draw.comparison.no-draw": (p, f) =>
    `Aucune ronde de l’Accelerated Tech Pathway de nos données n’a été tenue du ${f.date(p.from)} au ${f.date(p.to)} : il n’y a pas d’historique auquel comparer une note de ${p.score}.${gapsText(p.gaps, f)}`,
  "draw.gap.before-worker-eoi": (p, f) =>
    `Il n’y a eu aucune ronde de Worker EOI avant le ${f.date(p.knownFrom)}, date du début de la Worker Expression of Interest (EOI).`,
  "draw.gap.after": (p, f) => `Les rondes postérieures au ${f.date(p.knownThrough)} ne sont pas dans nos données.`,
  "draw.gap.period": (p, f) => `Les rondes du ${f.date(p.from)} au ${f.date(p.to)} ne sont pas dans nos données.`,
  "draw.gap.may-be-incomplete": (p, f) =>
    `Nos données sur les rondes du ${f.date(p.from)} au ${f.date(p.to)} proviennent d’une copie qui ne les énumère peut-être pas toutes.`,

  "worker-eoi.line.education": () => "Plus haut niveau d’études",
  "worker-eoi.line.education-location": () => "Lieu des plus hautes études au Canada",
  "worker-eoi.line.language": () =>
    "Compétence dans une langue officielle (la plus élevée des colonnes anglais et français)",
  "worker-eoi.line.language-bilingual": () =>
    "Prime de bilinguisme (NCLC 4 ou plus en anglais et NCLC 4 ou plus en français)",
  "worker-eoi.line.work-experience": () => "Expérience de travail totale",
  "worker-eoi.line.work-experience-location": () => "Expérience de travail au Canada",
  "worker-eoi.line.age": () => "Âge",
  "worker-eoi.line.family-in-alberta": () =>
    "Famille en Alberta (parent, enfant, frère ou sœur ; citoyen canadien ou résident permanent ; plus de 18 ans)",
  "worker-eoi.line.job-offer": () => "Offre d’emploi permanent à temps plein en Alberta",
  "worker-eoi.line.sector-endorsement": () => "Recommandation ou offre sectorielle (une seule)",
  "worker-eoi.line.offer-location": () => "Lieu de l’offre d’emploi (un seul)",
  "worker-eoi.line.regulated-occupation": () =>
    "Offre d’emploi dans une profession réglementée, avec la certification ou le permis de l’Alberta",
  "worker-eoi.option": (p) => OPTIONS[p.line]?.[p.option] ?? p.option,

  "worker-eoi.note.offer-after-as-of": (p, f) =>
    `L’offre d’emploi est datée du ${f.date(p.offeredOn)}, après le ${f.date(p.asOf)} : ce jour-là, elle n’existait pas encore, et ses lignes ne donnent aucun point.`,
  "worker-eoi.note.wage-and-hours-not-collected": (p, f) =>
    `Une Worker EOI soumise avant le ${f.date(p.from)} (celle-ci le ${f.date(p.submitted)}) ne contient ni le salaire ni les heures de travail de l’offre d’emploi en Alberta ; les rondes qui en tiennent compte ne la retiennent pas.`,
  "worker-eoi.note.wage-and-hours-asked": (p, f) =>
    `${p.submitted === undefined ? `Une Worker EOI soumise le ${f.date(p.from)} ou après` : `Cette Worker EOI (soumise le ${f.date(p.submitted)})`} doit indiquer le salaire et les heures de travail de l’offre d’emploi en Alberta (répondez à ${p.answer.join(", ")}) : ils ne donnent aucun point, mais les rondes qui en tiennent compte écartent les EOI qui ne les contiennent pas.`,
};
