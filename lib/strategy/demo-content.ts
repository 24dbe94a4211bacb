import type { StrategyContent } from "./schema";

/**
 * A fully filled strategy document for the reference story, in French and in English: a small
 * registered charity supporting at-risk mothers (Centre Mères Debout / Mothers Rising Centre),
 * its communications coordinator Nadia Ouellet and the volunteer Kemi Adeyemi. All people and
 * the organisation are fictional. Ids are fixed so seeds are reproducible and the two language
 * versions line up item for item.
 */

export const DEMO_STRATEGY_TITLE = {
  fr: "Stratégie médias sociaux — Centre Mères Debout",
  en: "Social-media strategy — Mothers Rising Centre",
} as const;

const fr: StrategyContent = {
  mission: {
    statement:
      "Donner aux mères en situation de vulnérabilité les moyens de prendre leur vie en main, et bâtir une société où chaque mère et chaque enfant peut s'épanouir pleinement.",
    approach:
      "Nous accompagnons les mères par trois piliers : des ateliers de compétences parentales et de préparation à l'école pour les tout-petits, un réseau de mères mentores issues de la communauté, et la défense des droits des familles auprès des décideurs. Tout notre travail mise sur l'inspiration et le leadership des mères elles-mêmes.",
    socialMediaRole:
      "Les médias sociaux feront connaître nos programmes aux mères qui en ont besoin, rallieront des donateurs et des partenaires, et donneront la parole aux mères qui ont traversé nos programmes.",
  },
  objectives: [
    {
      id: "obj-partnership",
      objective:
        "Lancer et faire connaître notre partenariat avec le Collège Riverside : d'ici la fin de la session, 12 étudiantes et étudiants en éducation à l'enfance inscrits comme bénévoles aux ateliers.",
      missionLink:
        "Plus de bénévoles formés, c'est plus d'ateliers pour les tout-petits et plus de temps pour que les mères suivent leurs propres activités.",
      pitfalls:
        "Parler du partenariat comme d'une annonce institutionnelle plutôt que de montrer ce qu'il change pour les familles ; publier le même message sur toutes les plateformes.",
    },
    {
      id: "obj-campaign",
      objective:
        "Réussir une campagne de dons de trois semaines : 12 000 $ amassés auprès d'au moins 180 donatrices et donateurs, dont 50 nouveaux.",
      missionLink:
        "Les dons financent directement la halte-garderie et le transport qui permettent aux mères de participer aux ateliers.",
      pitfalls:
        "Ne publier que des appels aux dons ; oublier de remercier publiquement les donateurs ; montrer des mères sans leur consentement écrit.",
    },
    {
      id: "obj-ads",
      objective:
        "Utiliser un budget publicitaire de 600 $ sur Facebook et Instagram pour porter le partenariat et la campagne au-delà de nos abonnés actuels, avec un suivi du coût par don et par inscription.",
      missionLink:
        "Faire connaître le Centre à des gens qui ne nous connaissent pas encore, c'est élargir à la fois le cercle des donateurs et celui des mères qui peuvent nous trouver.",
      pitfalls:
        "Dépenser tout le budget la première semaine ; cibler trop large ; lancer des publicités sans avoir mesuré ce qui fonctionne déjà sans payer.",
    },
  ],
  pitch: {
    whatWeDo:
      "Nous accompagnons des mères vulnérables et leurs jeunes enfants pour qu'ils prennent un bon départ, ensemble.",
    problem:
      "Isolement, pauvreté, barrières de langue : beaucoup de mères n'ont personne vers qui se tourner, et leurs enfants arrivent à l'école avec un retard difficile à rattraper.",
    solution:
      "Des ateliers gratuits où les mères apprennent les unes des autres, guidées par des mères mentores qui ont vécu les mêmes défis.",
    credibility:
      "Organisme de bienfaisance enregistré depuis 2009, nous avons accompagné plus de 1 200 familles ; nos résultats sont suivis chaque année avec une équipe universitaire.",
    unique:
      "Nos mentores sont d'anciennes participantes : les mères sont accueillies par quelqu'un qui leur ressemble et qui connaît leur réalité.",
    whoWeAre:
      "Une petite équipe de six personnes, une quarantaine de bénévoles et des mères mentores. Le Centre est né dans un sous-sol de bibliothèque, quand une infirmière de quartier a réuni quelques mères qui se sentaient seules.",
    successes:
      "Plus de 1 200 familles accompagnées ; 9 enfants sur 10 prêts pour la maternelle à la fin du programme ; 35 mères devenues mentores ; un prix régional en développement social en 2022.",
    values:
      "Dignité : les mères décident de ce qu'elles partagent. Entraide : chaque participante peut devenir mentore. Persévérance : nous restons là sur la durée, même quand c'est difficile.",
  },
  culture: {
    adjectives: ["chaleureux", "digne", "plein d'espoir", "solidaire"],
    notes:
      "Nous parlons avec les mères, jamais à leur place. Pas de misérabilisme : nous montrons la force des familles autant que leurs défis. Toute photo ou témoignage exige un consentement écrit.",
  },
  personas: [
    {
      id: "persona-mother",
      name: "Amina la nouvelle maman",
      role: "Participante potentielle",
      age: "24 ans",
      languages: "Arabe et français ; apprend l'anglais",
      platforms: "Facebook et WhatsApp sur son téléphone, surtout le soir.",
      concerns: "Peur d'être jugée comme mère ; ne sait pas si les ateliers sont vraiment gratuits ni s'il y a une halte-garderie.",
      vocabulary: "« je me sens seule », « pour mon bébé », « des conseils »",
      other: "Arrivée au pays il y a deux ans, elle vit loin de sa famille et cherche d'autres mères avec qui échanger.",
    },
    {
      id: "persona-donor",
      name: "Denise la donatrice fidèle",
      role: "Donatrice actuelle",
      age: "58 ans",
      languages: "Français",
      platforms: "Facebook tous les jours, lit ses courriels le matin, regarde LinkedIn de temps en temps.",
      concerns: "Veut être sûre que son don sert directement les familles et pas les frais administratifs.",
      vocabulary: "« concret », « redonner », « les enfants d'abord »",
      other: "Ancienne enseignante au primaire, elle donne 25 $ par mois et parle du Centre à son club de lecture.",
    },
    {
      id: "persona-student",
      name: "Julien l'étudiant engagé",
      role: "Bénévole potentiel (Collège Riverside)",
      age: "19 à 22 ans",
      languages: "Français et anglais",
      platforms: "Instagram et TikTok chaque jour ; le courriel seulement pour le collège.",
      concerns: "Craint de ne pas avoir le temps entre les cours et son emploi ; veut que le bénévolat compte pour sa formation.",
      vocabulary: "« expérience terrain », « avoir un impact », « mon stage »",
      other: "Étudie en éducation à l'enfance au Collège Riverside et cherche une expérience auprès des tout-petits.",
    },
    {
      id: "persona-partner",
      name: "Sophie la partenaire",
      role: "Organisme partenaire et bailleur de fonds",
      age: "40 ans",
      languages: "Français et anglais",
      platforms: "LinkedIn, l'infolettre des organismes du secteur, Facebook pour le travail.",
      concerns: "Veut des résultats mesurables à présenter à son conseil d'administration.",
      vocabulary: "« retombées », « collaboration », « données probantes »",
      other: "Conseillère dans une fondation communautaire qui finance des projets en petite enfance.",
    },
  ],
  platforms: [
    {
      id: "platform-facebook",
      platform: "facebook",
      otherName: "",
      why: "Les mères et les donateurs y sont déjà, et les statistiques nous aideront à ajuster nos publications.",
      weeklyHours: 3,
      postsPerWeek: 5,
      audience: "Amina la nouvelle maman, Denise la donatrice fidèle.",
      cost: "Gratuit ; 350 $ de publicité pendant la campagne de dons.",
    },
    {
      id: "platform-instagram",
      platform: "instagram",
      otherName: "",
      why: "C'est là que se trouvent les étudiants du Collège Riverside, et les photos d'ateliers (avec consentement) y touchent les gens.",
      weeklyHours: 2,
      postsPerWeek: 4,
      audience: "Julien l'étudiant engagé, les jeunes donateurs.",
      cost: "Gratuit ; 250 $ de publicité pour le partenariat et la campagne.",
    },
    {
      id: "platform-linkedin",
      platform: "linkedin",
      otherName: "",
      why: "Pour rendre visible le partenariat auprès des partenaires, des bailleurs de fonds et des entreprises qui jumellent les dons.",
      weeklyHours: 1,
      postsPerWeek: 2,
      audience: "Sophie la partenaire, les employeurs du quartier.",
      cost: "Gratuit (compte de base).",
    },
    {
      id: "platform-newsletter",
      platform: "other",
      otherName: "Infolettre par courriel",
      why: "Nos donateurs fidèles lisent leurs courriels ; c'est le meilleur canal pour lancer et conclure la campagne de dons.",
      weeklyHours: 1,
      postsPerWeek: 1,
      audience: "Denise la donatrice fidèle et les autres donateurs actuels.",
      cost: "Forfait gratuit de l'outil d'envoi (moins de 2 000 adresses).",
    },
  ],
  practices: {
    usePhotos: {
      done: true,
      note: "Une bénévole photographe couvre un atelier par mois ; chaque mère signe un formulaire de consentement.",
    },
    collaborate: {
      done: true,
      note: "Nous relayons chaque semaine une publication du Collège Riverside ou d'un organisme en petite enfance.",
    },
    shortAndPersonal: {
      done: false,
      note: "Kemi propose un gabarit : deux lignes, une photo, une citation de mère ; Nadia l'essaie dès le mois prochain.",
    },
    stayPositive: {
      done: true,
      note: "Chaque vendredi, nous remercions une bénévole ou soulignons une réussite d'une famille.",
    },
    audienceFirst: {
      done: false,
      note: "Avant chaque publication, nous vérifions à quel profil elle s'adresse (Amina, Denise, Julien ou Sophie).",
    },
    encourageEngagement: {
      done: false,
      note: "Une question aux abonnés chaque mercredi, par exemple : « Quel conseil auriez-vous aimé recevoir comme jeune maman ? »",
    },
    useTheNews: {
      done: false,
      note: "Relier nos publications à la Semaine de la petite enfance et aux nouvelles sur les services de garde.",
    },
    borrowNetworks: {
      done: true,
      note: "Le Collège Riverside et la fondation de Sophie partageront le lancement de la campagne de dons.",
    },
  },
  resources: [
    {
      id: "resource-curation",
      name: "Veille et partage des nouvelles des partenaires",
      level: 1,
      notes: "Nadia, environ une heure par semaine, le lundi matin.",
    },
    {
      id: "resource-stories",
      name: "Portraits de mères mentores (photo et citation)",
      level: 4,
      notes: "Deux par mois ; la bénévole photographe et Nadia ; consentement écrit obligatoire.",
    },
    {
      id: "resource-ads",
      name: "Budget publicitaire de 600 $",
      level: 3,
      notes: "Réparti entre Facebook (350 $) et Instagram (250 $) ; Kemi forme Nadia au gestionnaire de publicités.",
    },
    {
      id: "resource-mentoring",
      name: "Rencontre hebdomadaire avec Kemi Adeyemi",
      level: 3,
      notes: "Une heure par semaine pendant le jumelage pour planifier, réviser les résultats et documenter les processus.",
    },
  ],
  contentPlan: [
    {
      id: "plan-partnership-launch",
      item: "Annonce du partenariat avec le Collège Riverside : photo de la signature et citation de la directrice",
      platform: "linkedin",
      audience: "Partenaires et bailleurs de fonds",
      objectiveId: "obj-partnership",
      date: "2026-03-10",
      owner: "Nadia Ouellet",
      status: "published",
    },
    {
      id: "plan-student-call",
      item: "Appel aux bénévoles étudiants : une journée type à l'atelier en carrousel",
      platform: "instagram",
      audience: "Étudiants du Collège Riverside",
      objectiveId: "obj-partnership",
      date: "2026-03-24",
      owner: "Nadia Ouellet",
      status: "in_progress",
    },
    {
      id: "plan-campaign-teaser",
      item: "Infolettre : la campagne de trois semaines commence lundi",
      platform: "other",
      audience: "Donateurs actuels",
      objectiveId: "obj-campaign",
      date: "2026-04-17",
      owner: "Kemi Adeyemi",
      status: "planned",
    },
    {
      id: "plan-campaign-launch",
      item: "Lancement de la campagne de dons : témoignage vidéo d'une mère mentore",
      platform: "facebook",
      audience: "Donateurs actuels et potentiels",
      objectiveId: "obj-campaign",
      date: "2026-04-20",
      owner: "Nadia Ouellet",
      status: "planned",
    },
    {
      id: "plan-campaign-ads",
      item: "Publicités ciblées sur le témoignage et sur le partenariat (deux versions à comparer)",
      platform: "facebook",
      audience: "Parents et anciens enseignants de la région",
      objectiveId: "obj-ads",
      date: "2026-04-22",
      owner: "Kemi Adeyemi",
      status: "planned",
    },
    {
      id: "plan-campaign-midpoint",
      item: "Mi-parcours : où en est l'objectif de 12 000 $ et merci aux premiers donateurs",
      platform: "instagram",
      audience: "Abonnés et donateurs",
      objectiveId: "obj-campaign",
      date: "2026-04-30",
      owner: "Nadia Ouellet",
      status: "planned",
    },
    {
      id: "plan-campaign-close",
      item: "Fête des Mères : dernier appel et remerciements",
      platform: "facebook",
      audience: "Tous les publics",
      objectiveId: "obj-campaign",
      date: "2026-05-10",
      owner: "Nadia Ouellet",
      status: "planned",
    },
  ],
};

const en: StrategyContent = {
  mission: {
    statement:
      "Give mothers facing hardship the means to take charge of their lives, and build a society where every mother and every child can thrive.",
    approach:
      "We support mothers through three pillars: parenting and school-readiness workshops for toddlers, a network of community mother mentors, and advocacy for families with decision-makers. All our work builds on the inspiration and leadership of the mothers themselves.",
    socialMediaRole:
      "Social media will help the mothers who need our programmes find them, rally donors and partners, and give a voice to mothers who have been through our programmes.",
  },
  objectives: [
    {
      id: "obj-partnership",
      objective:
        "Launch and promote our partnership with Riverside College: by the end of the term, 12 early-childhood education students signed up as workshop volunteers.",
      missionLink:
        "More trained volunteers means more toddler workshops and more time for mothers to attend their own activities.",
      pitfalls:
        "Presenting the partnership as an institutional announcement instead of showing what it changes for families; posting the same message on every platform.",
    },
    {
      id: "obj-campaign",
      objective:
        "Run a successful three-week donation campaign: $12,000 raised from at least 180 donors, 50 of them new.",
      missionLink:
        "Donations directly fund the drop-in childcare and transport that let mothers attend the workshops.",
      pitfalls:
        "Posting nothing but donation appeals; forgetting to thank donors publicly; showing mothers without their written consent.",
    },
    {
      id: "obj-ads",
      objective:
        "Use a $600 advertising budget on Facebook and Instagram to carry the partnership and the campaign beyond our current followers, tracking the cost per donation and per sign-up.",
      missionLink:
        "Reaching people who do not know the Centre yet widens both the circle of donors and the circle of mothers who can find us.",
      pitfalls:
        "Spending the whole budget in the first week; targeting too broadly; buying ads before measuring what already works for free.",
    },
  ],
  pitch: {
    whatWeDo: "We walk alongside mothers facing hardship and their young children so they get a good start, together.",
    problem:
      "Isolation, poverty, language barriers: many mothers have nobody to turn to, and their children start school already behind.",
    solution:
      "Free workshops where mothers learn from one another, guided by mother mentors who have faced the same challenges.",
    credibility:
      "A registered charity since 2009, we have supported more than 1,200 families, and a university team reviews our results every year.",
    unique:
      "Our mentors are former participants: mothers are welcomed by someone who looks like them and knows their reality.",
    whoWeAre:
      "A small team of six, about forty volunteers and our mother mentors. The Centre began in a library basement, when a neighbourhood nurse brought together a few mothers who felt alone.",
    successes:
      "More than 1,200 families supported; 9 children in 10 ready for kindergarten at the end of the programme; 35 mothers who became mentors; a regional social-development award in 2022.",
    values:
      "Dignity: mothers decide what they share. Mutual aid: every participant can become a mentor. Perseverance: we stay for the long haul, even when it is hard.",
  },
  culture: {
    adjectives: ["warm", "dignified", "hopeful", "supportive"],
    notes:
      "We speak with mothers, never for them. No pity: we show families' strength as much as their challenges. Every photo or testimonial requires written consent.",
  },
  personas: [
    {
      id: "persona-mother",
      name: "Amina the new mum",
      role: "Potential participant",
      age: "24",
      languages: "Arabic and French; learning English",
      platforms: "Facebook and WhatsApp on her phone, mostly in the evening.",
      concerns: "Afraid of being judged as a mother; unsure whether the workshops are really free and whether there is childcare.",
      vocabulary: "\"I feel alone\", \"for my baby\", \"some advice\"",
      other: "Arrived in the country two years ago, lives far from her family and is looking for other mothers to talk to.",
    },
    {
      id: "persona-donor",
      name: "Denise the loyal donor",
      role: "Current donor",
      age: "58",
      languages: "French",
      platforms: "Facebook every day, reads her e-mail in the morning, looks at LinkedIn now and then.",
      concerns: "Wants to be sure her gift goes straight to families and not to overhead.",
      vocabulary: "\"real help\", \"giving back\", \"children first\"",
      other: "A retired primary-school teacher who gives $25 a month and talks about the Centre at her book club.",
    },
    {
      id: "persona-student",
      name: "Julien the committed student",
      role: "Potential volunteer (Riverside College)",
      age: "19 to 22",
      languages: "French and English",
      platforms: "Instagram and TikTok every day; e-mail only for college.",
      concerns: "Worried about finding time between classes and his job; wants volunteering to count towards his training.",
      vocabulary: "\"hands-on experience\", \"make a difference\", \"my placement\"",
      other: "Studies early-childhood education at Riverside College and wants experience with toddlers.",
    },
    {
      id: "persona-partner",
      name: "Sophie the partner",
      role: "Partner organisation and funder",
      age: "40",
      languages: "French and English",
      platforms: "LinkedIn, the sector's organisations newsletter, Facebook for work.",
      concerns: "Needs measurable results to present to her board.",
      vocabulary: "\"impact\", \"collaboration\", \"evidence\"",
      other: "Programme officer at a community foundation that funds early-childhood projects.",
    },
  ],
  platforms: [
    {
      id: "platform-facebook",
      platform: "facebook",
      otherName: "",
      why: "Mothers and donors are already there, and its statistics will help us adjust what we post.",
      weeklyHours: 3,
      postsPerWeek: 5,
      audience: "Amina the new mum, Denise the loyal donor.",
      cost: "Free; $350 of ads during the donation campaign.",
    },
    {
      id: "platform-instagram",
      platform: "instagram",
      otherName: "",
      why: "Riverside College students are there, and workshop photos (with consent) move people.",
      weeklyHours: 2,
      postsPerWeek: 4,
      audience: "Julien the committed student, younger donors.",
      cost: "Free; $250 of ads for the partnership and the campaign.",
    },
    {
      id: "platform-linkedin",
      platform: "linkedin",
      otherName: "",
      why: "To show the partnership to partners, funders and companies that match donations.",
      weeklyHours: 1,
      postsPerWeek: 2,
      audience: "Sophie the partner, local employers.",
      cost: "Free (basic account).",
    },
    {
      id: "platform-newsletter",
      platform: "other",
      otherName: "E-mail newsletter",
      why: "Our loyal donors read their e-mail; it is the best channel to open and close the donation campaign.",
      weeklyHours: 1,
      postsPerWeek: 1,
      audience: "Denise the loyal donor and our other current donors.",
      cost: "The mailing tool's free plan (under 2,000 addresses).",
    },
  ],
  practices: {
    usePhotos: {
      done: true,
      note: "A volunteer photographer covers one workshop a month; every mother signs a consent form.",
    },
    collaborate: {
      done: true,
      note: "Every week we share a post from Riverside College or an early-childhood organisation.",
    },
    shortAndPersonal: {
      done: false,
      note: "Kemi suggests a template: two lines, a photo, a quote from a mother; Nadia will try it from next month.",
    },
    stayPositive: {
      done: true,
      note: "Every Friday we thank a volunteer or celebrate a family's success.",
    },
    audienceFirst: {
      done: false,
      note: "Before each post we check which persona it speaks to (Amina, Denise, Julien or Sophie).",
    },
    encourageEngagement: {
      done: false,
      note: "A question to followers every Wednesday, for example: \"What advice do you wish you had been given as a young mum?\"",
    },
    useTheNews: {
      done: false,
      note: "Tie our posts to Early Childhood Week and to news about childcare services.",
    },
    borrowNetworks: {
      done: true,
      note: "Riverside College and Sophie's foundation will share the launch of the donation campaign.",
    },
  },
  resources: [
    {
      id: "resource-curation",
      name: "Watching and sharing partners' news",
      level: 1,
      notes: "Nadia, about an hour a week, on Monday mornings.",
    },
    {
      id: "resource-stories",
      name: "Portraits of mother mentors (photo and quote)",
      level: 4,
      notes: "Two a month; the volunteer photographer and Nadia; written consent required.",
    },
    {
      id: "resource-ads",
      name: "$600 advertising budget",
      level: 3,
      notes: "Split between Facebook ($350) and Instagram ($250); Kemi trains Nadia on the ads manager.",
    },
    {
      id: "resource-mentoring",
      name: "Weekly meeting with Kemi Adeyemi",
      level: 3,
      notes: "One hour a week during the pairing to plan, review results and write the processes down.",
    },
  ],
  contentPlan: [
    {
      id: "plan-partnership-launch",
      item: "Riverside College partnership announcement: signing photo and a quote from the executive director",
      platform: "linkedin",
      audience: "Partners and funders",
      objectiveId: "obj-partnership",
      date: "2026-03-10",
      owner: "Nadia Ouellet",
      status: "published",
    },
    {
      id: "plan-student-call",
      item: "Call for student volunteers: a day at the workshop, as a carousel",
      platform: "instagram",
      audience: "Riverside College students",
      objectiveId: "obj-partnership",
      date: "2026-03-24",
      owner: "Nadia Ouellet",
      status: "in_progress",
    },
    {
      id: "plan-campaign-teaser",
      item: "Newsletter: the three-week campaign starts on Monday",
      platform: "other",
      audience: "Current donors",
      objectiveId: "obj-campaign",
      date: "2026-04-17",
      owner: "Kemi Adeyemi",
      status: "planned",
    },
    {
      id: "plan-campaign-launch",
      item: "Donation campaign launch: video testimonial from a mother mentor",
      platform: "facebook",
      audience: "Current and potential donors",
      objectiveId: "obj-campaign",
      date: "2026-04-20",
      owner: "Nadia Ouellet",
      status: "planned",
    },
    {
      id: "plan-campaign-ads",
      item: "Targeted ads on the testimonial and on the partnership (two versions to compare)",
      platform: "facebook",
      audience: "Parents and retired teachers in the region",
      objectiveId: "obj-ads",
      date: "2026-04-22",
      owner: "Kemi Adeyemi",
      status: "planned",
    },
    {
      id: "plan-campaign-midpoint",
      item: "Halfway point: progress towards the $12,000 goal and thanks to the first donors",
      platform: "instagram",
      audience: "Followers and donors",
      objectiveId: "obj-campaign",
      date: "2026-04-30",
      owner: "Nadia Ouellet",
      status: "planned",
    },
    {
      id: "plan-campaign-close",
      item: "Mother's Day: last call and thank-yous",
      platform: "facebook",
      audience: "Everyone",
      objectiveId: "obj-campaign",
      date: "2026-05-10",
      owner: "Nadia Ouellet",
      status: "planned",
    },
  ],
};

export const DEMO_STRATEGY: { readonly fr: StrategyContent; readonly en: StrategyContent } = { fr, en };

/** The demo document in one language; a deep copy, so callers may modify it freely. */
export function demoStrategy(locale: "fr" | "en"): StrategyContent {
  return structuredClone(DEMO_STRATEGY[locale]);
}
