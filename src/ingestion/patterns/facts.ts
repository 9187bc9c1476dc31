/**
 * The words that signal each kind of fact, French first, then English. A sentence is read for a fact only when
 * one of its cues is there; the entities it links are then given their roles by position (see facts.ts).
 */
export interface FactPatterns {
  partnership: RegExp;
  twinning: RegExp;
  comprehensive: RegExp;
  friendship: RegExp;
  /** The kind of agreement, and the name a record gets, by what the text calls it. */
  agreements: { pattern: RegExp; fr: string; en: string }[];
  signing: RegExp;
  /** A text already in force that the sides carry out: "mettre en œuvre un accord", "dans le cadre du mémorandum", "implement the MoU". Its day is only one written in the sentence. */
  inForce: RegExp;
  /** A period of validity written as two years: "pour la période 2021-2025", "for 2026–2030". */
  validity: RegExp;
  /** The ordinal of an anniversary of a partnership: "55e anniversaire du jumelage", "the 30th anniversary of the twinning", "20 ans de coopération". */
  anniversary: RegExp;
  visit: RegExp;
  delegation: RegExp;
  /** Talks between two sides' leaders or delegations, which the model records as a visit. */
  talks: RegExp;
  /** A count of past visits ("38 missions", "11 delegations"): a tally, not an event. */
  tally: RegExp;
  /** A visit planned, not made. */
  plannedVisit: RegExp;
  reception: RegExp;
  conference: RegExp;
  forum: RegExp;
  held: RegExp;
  aid: RegExp;
  amount: RegExp;
  /** An offer or a measure under study, not aid given or pledged. */
  aidOffer: RegExp;
  /** A sentence whose subject is "la province", "the province", "the city": the article's own side gives. */
  ownSide: RegExp;
  /** The other side named by its country alone after the giving verb: "à la localité lao", "avec la province lao", "to the Lao province". */
  foreignSide: RegExp;
  /** What is given: scholarships, training, works, equipment. */
  aidThing: RegExp;
  /** "les quatre provinces du Laos", "the four Lao provinces": a count of the article's foreign places. */
  countedPlaces: RegExp;
  /** A word that names aid as such, or helping. */
  aidWord: RegExp;
  technical: RegExp;
  loan: RegExp;
  membership: RegExp;
  /** A celebration, with an anniversary in the same sentence: an anniversary event. */
  celebration: RegExp;
  /** "les deux provinces", "both sides": the places of the sentence before. */
  bothSides: RegExp;
  /** One side helps the other build something: a development partnership. */
  support: RegExp;
  /** Who leads a delegation: the officials named after it. */
  leader: RegExp;
  /** "l'aide du X au Y", "aid from X to Y": the giver after the cue. */
  from: RegExp;
  /** The words before a place where something happens ("à Vientiane", "in Dong Hoi"), not a party to it. */
  venue: RegExp;
  /** What follows the city of a dateline: "Hanoi (VNA) -", "Quang Tri, 17 août (VNA) -". */
  dateline: RegExp;
  /** A signing agreed on or planned, not done: "ont convenu de signer", "agreed to sign", "will sign". */
  promise: RegExp;
  /** An agreement written in the plural: one text per partner ("des accords de coopération avec quatre provinces"). */
  plural: RegExp;
}

const AGREEMENTS = [
  { pattern: /m[ée]morandums? d['’](?:entente|accord)|protocoles? d['’]accord|memorand(?:um|a) of understanding|\bMoUs?\b|\bMOUs?\b/iu, fr: "Mémorandum d'entente", en: 'Memorandum of understanding' },
  { pattern: /\bm[ée]morand(?:um|a|ums)\b/iu, fr: 'Mémorandum', en: 'Memorandum' },
  { pattern: /documents? de coop[ée]ration|cooperation documents?|documents? on cooperation/iu, fr: 'Document de coopération', en: 'Cooperation document' },
  { pattern: /accords? de coop[ée]ration|cooperation agreements?|agreements? on cooperation/iu, fr: 'Accord de coopération', en: 'Cooperation agreement' },
  { pattern: /proc[eè]s-verbal|minutes of|signed (?:the )?minutes/iu, fr: 'Procès-verbal', en: 'Minutes' },
  { pattern: /programmes? d['’]action|action (?:programmes?|programs?|plans?)|plans? d['’]action/iu, fr: "Programme d'action", en: 'Action programme' },
  { pattern: /\bprotocole\b|\bprotocol\b/iu, fr: 'Protocole', en: 'Protocol' },
  { pattern: /\bconvention\b/iu, fr: 'Convention', en: 'Convention' },
  { pattern: /accord de jumelage|twinning agreement|sister[- ]city agreement/iu, fr: 'Accord de jumelage', en: 'Twinning agreement' },
  { pattern: /\baccords?\b|\bagreements?\b/iu, fr: 'Accord', en: 'Agreement' },
];

export const FACT_PATTERNS: FactPatterns = {
  partnership: /soutien(?:t|nent) |\bsupports |\bsupported |jumel|coop[ée]ration|coop[èée]r|amiti[ée]|partenariat|relations? (?:d['’]amiti[ée]|de coop[ée]ration|sp[ée]ciale)|twin|sister|cooperat|friendship|partnership|partners?\b/iu,
  twinning: /jumel|twin|sister[- ]cit|sister[- ]province/iu,
  comprehensive: /coop[ée]ration (?:globale|int[ée]grale|compl[eè]te)|comprehensive cooperation/iu,
  friendship: /amiti[ée]|friendship/iu,
  agreements: AGREEMENTS,
  signing: /parvenue?s?\s[^.]{0,40}?\sà (?:un|une|des)\s|\bconclu(?:e|s|es)?\b|\bsign[ée]?s?(?!\p{L})|\bsign[ée]es?(?!\p{L})|ont sign[ée]|a sign[ée]|signature|\bsigned\b|\bsigning\b|\bsign\b|\binked\b/iu,
  inForce: /(?:mettre|mettront|mettra|met|mettent|mis|mise)\s+(?:\p{Ll}+ment\s+)?en (?:œuvre|oeuvre|application)|\bconcr[ée]tiser\b|dans le cadre d(?:u|e la|e l['’]|es)\s|\bimplement(?:s|ed|ing|ation of)?\b|\bunder the\s|\bwithin the framework of\b/iu,
  validity: /(?:p[ée]riode|period|pour|for|de|from)\s+(?:la\s+|the\s+)?((?:19|20)\d{2})\s*(?:[-–—]|à|to|au)\s*((?:19|20)\d{2})/iu,
  anniversary: /\b(\d{1,3})(?:\s*(?:e|ème|eme|è|st|nd|rd|th)\s+(?:anniversaire|anniversary)\b|\s+(?:ans|years)\s+(?:de|d['’]|of)\s)/iu,
  visit: /visit[ée]?s?(?!\p{L})|visit(?:ed|ing)\b|s['’]est rendue?|se sont rendus|a rendu visite|rendre visite|paid a (?:working |official |courtesy )?visit|made a (?:working |official )?visit|visite de travail|visite officielle|working visit|official visit/iu,
  delegation: /d[ée]l[ée]gation|delegation/iu,
  talks: /s['’]est entretenue?|se sont entretenus|\bentretiens?\b|s[ée]ances? de travail|s['’]est r[ée]uni|\bpourparlers\b|\btalks\b|working sessions?|had (?:a |an )?(?:meeting|talks|working session)|held (?:a |an )?(?:meeting|talks|working session)|\bmet with\b|\bmeeting with\b/iu,
  tally: /\b\d+\s+(?:d[ée]l[ée]gations|missions|delegations|visits|visites)\b/iu,
  plannedVisit: /pr[ée]voi(?:t|ent) de (?:visiter|se rendre)|\bvisiteront\b|\bwill visit\b|\bplans? to visit\b|\bto visit\b/iu,
  reception: /\bre[çc]ue?s?\b|a accueilli|ont accueilli|received|welcomed|hosted/iu,
  conference: /conf[ée]rence|r[ée]union|s[ée]minaire|colloque|sommet|conference|meeting|seminar|summit|workshop|atelier/iu,
  forum: /\bforum\b/iu,
  held: /tenue?s?\b|organis[ée]e?s?(?!\p{L})|s['’]est tenue?|a eu lieu|held|organi[sz]ed|took place|convened|hosted/iu,
  aid: /aide non remboursable|\ba remis|\bont remis|\bremettra|\ba offert|\bont offert|\boffrira|\boffriront|\ba accord[ée]|\bont accord[ée]|\baccorder[ao]|\ba octroy[ée]|\bdons? (?:de|d['’])|financ[ée]|\bfinancera|a fait don|\baide (?:de|d['’])|\baide suppl[ée]mentaire|\baider(?:a|ont)?\s|\ba aid[ée]\s|\bont aid[ée]\s|\b(?:soutien(?:t|nent)|(?:a|ont)(?: (?:également|aussi|encore))? soutenu)(?: (?:également|aussi|encore))? \p{Lu}|\ba fait un don\b|\bsupports? \p{Lu}|\bd['’]aider\s|\bsoutenir \d|\bsoutiendra \d|\baid\b|\bgrants?\b|\bgranted\b|\bdonat|handed over|\bfunded|\bfinanced|\bpresented\b|\bdonated\b|\boffered\b|\bgave\b|\bprovided\b|\bprovide\b|\bpledged to help\b|\bwill (?:help|assist) \p{Lu}|\bhelp(?:ed)? [A-Z]/u,
  amount: /(\d[\d.,\s]*\d|\d)\s*(milliards?|millions?|billion|million|tỷ)?\s*(?:de\s+|d['’])?(VND|d[oô]ngs?|USD|dollars?|kips?|bahts?|LAK|riels?|euros?|€|\$)/iu,
  aidOffer: /\b(?:willing|ready|prepared) to\b|\bconsider(?:ing|ed|s)? (?:the )?(?:provision|possibility)|\bprêts? à\b|\bdispos[ée]e?s? à\b|\benvisag(?:e|ent|er)\b|\b[ée]tudier la possibilit[ée]/iu,
  ownSide: /^(?:[^,]{0,40},\s*)?(?:la province|la ville|la localit[ée]|the province|the city|the locality)\s+(?!(?:de|d['’]|du|of)\s)/iu,
  foreignSide: /\b(?:la|the) (?:province|localit[ée]|locality|ville|city|partie|side) (?:lao|laotienne|cambodgienne|tha[iï]landaise)(?!\s+(?:de|d['’]|of)\s)|\bthe (?:Lao|Laotian|Cambodian|Thai) (?:province|locality|city|side)\b/iu,
  aidThing: /bourses?(?: (?:de |d['’])\s*(?:formation|[ée]tudes?)(?: \p{Ll}+)?)?|scholarships?|\bformations?\b|\bformer\b|\btrain(?:ing)?\b|\bouvrages?\b|\bworks\b|[ée]quipements?|\bequipment\b/iu,
  countedPlaces: /(?:les|aux|des|the)\s+(deux|trois|quatre|cinq|six|sept|two|three|four|five|six|seven|\d)\s+(?:(?:lao|laotian|cambodian|thai)\s+)?(?:provinces|localit[ée]s|localities|villes|cities)(?!\s+(?:du\s+)?(?:Vietnam|vietnamiennes|Vietnamese))/iu,
  aidWord: /\baid(?:e|es|er|era|eront)?\b|\bgrants?\b|\bdons?\b|\bgifts?\b|\bhelp|\bassist/iu,
  technical: /assistance technique|formation|technical assistance|training/iu,
  loan: /\bpr[eê]t\b|\bloan\b/iu,
  membership: /\b(?:est|sont|devenu(?:e|s)?|en tant que|comme) (?:un |une )?membres? (?:de |du |d['’]|des )|\ba adh[ée]r[ée] (?:à|au)|\bont adh[ée]r[ée] (?:à|au)|\b(?:is|are|became|as) (?:a |an )?members? of\b|\bjoined\b/iu,
  support: /\bsoutien(?:t|nent)?\b|\bsupports?\b|\bsupported\b|\bassists?\b|\bappui(?:e|ent)?\b/iu,
  leader: /conduite? par|dirig[ée]e? par|men[ée]e? par|emmen[ée]e? par|led by|headed by/iu,
  from: /(?:\bdu|\bde la|\bde l['’]|\bdes|\bfrom(?: the)?)\s+$/iu,
  celebration: /c[ée]l[ée]br|f[êe]t[ée]|comm[ée]mor|celebrat|commemorat|\bmark(?:ed|s|ing)?\b/iu,
  venue: /(?:(?<!\p{L})à|\bau|\bin|\bat)\s+(?:la ville de\s+|the city of\s+)?$/iu,
  dateline: /^\s*(?:,\s*[^()\n]{1,25})?\s*\(\s*\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?\s*\)\s*[-–—]/u,
  promise: /(?:convenu|convenus|d[ée]cid[ée]s?|pr[ée]voi(?:t|ent)|envisag(?:e|ent)|pr[êe]ts?|s['’]engagent) (?:de |à )sign|\b(?:agreed|decided|plan(?:s|ned)?|expected|ready|willing) to sign|\bwill sign|\bto be signed|\bva signer|\bvont signer|\bsigneront\b/iu,
  plural: /\b(?:accords|agreements|m[ée]morandums|memoranda|protocoles|protocols|conventions|MoUs|documents|programmes|programs)\b/iu,
  bothSides: /(?:les|des|aux) deux (?:provinces|parties|localit[ée]s|villes|capitales)(?!\s+(?:du|de la|lao|laotiennes|cambodgiennes|tha[iï]landaises|vietnamiennes|fran[çc]aises)\b)|(?:both|the two) (?:provinces|sides|parties|localities|cities|capitals)/iu,
};

/** Titles that precede or follow a person's name, longest first so that "vice-gouverneur" wins over "gouverneur". */
export const TITLES: string[] = [
  'secrétaire général',
  'secrétaire adjoint',
  'vice-secrétaire',
  'secrétaire',
  'vice-président',
  'vice-présidente',
  'présidente',
  'président',
  'vice-gouverneur',
  'gouverneur adjoint',
  'gouverneur',
  'vice-ministre',
  'ministre',
  'directeur adjoint',
  'directrice adjointe',
  'directeur',
  'directrice',
  'chef adjoint',
  'chef',
  'ambassadeur',
  'ambassadrice',
  'consul général',
  'Vice Chairman',
  'Vice Chairwoman',
  'Vice Chairperson',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Deputy Secretary',
  'Secretary General',
  'Secretary',
  'Vice Governor',
  'Deputy Governor',
  'Governor',
  'Vice President',
  'President',
  'Deputy Minister',
  'Minister',
  'Deputy Director',
  'Director',
  'Deputy Head',
  'Head',
  'Ambassador',
  'Consul General',
  'maire adjoint',
  'maire',
  'Vice Mayor',
  'Deputy Mayor',
  'Mayor',
].sort((a, b) => b.length - a.length);

/** Bodies named around a place: a province's people's committee or party committee, before or after its name. */
export const BODY_PATTERNS: { before?: RegExp; after?: RegExp; unnamed?: RegExp; title: RegExp; kind: string; fr: string; en: string; aka: string[]; slug: string }[] = [
  {
    before: /Comit[ée] populaire (?:de la province |provincial |de la ville |municipal )?(?:de |d['’])?$/iu,
    after: /^\s+(?:provincial |city |municipal )?People['’]s Committee/iu,
    // "du Comité populaire provincial", "of the provincial People's Committee": the article's own province's.
    unnamed: /^\s*(?:du|of the)\s+(?:Comit[ée] populaire (?:provincial|de la province)|provincial People['’]s Committee)/iu,
    kind: 'GOVERNMENT_BODY',
    fr: 'Comité populaire de {place}',
    en: "{place} People's Committee",
    aka: ['Comité populaire de la province de {place}', "{place} Provincial People's Committee", 'Comité populaire provincial de {place}'],
    slug: 'peoples-committee',
    // "Chairman of Quang Binh province": a Vietnamese province's chairman chairs its people's committee.
    title: /pr[ée]sident|chair(?:man|woman|person)/iu,
  },
  {
    before: /(?:Comit[ée] (?:provincial |municipal )?)?du Parti (?:provincial )?(?:de la province |de la ville )?(?:de |d['’])?$/iu,
    after: /^\s+(?:provincial |city |municipal )?Party Committee/iu,
    unnamed: /^\s*(?:du|of the)\s+(?:Comit[ée] (?:provincial|municipal) du (?:Parti|P\p{Lu}{1,4}\b)|(?:provincial |municipal |city )?Party Committee)/iu,
    kind: 'PARTY_BODY',
    fr: 'Comité du Parti de {place}',
    en: '{place} Party Committee',
    aka: ['Comité provincial du Parti de {place}', '{place} Provincial Party Committee', 'Comité du Parti de la province de {place}'],
    slug: 'party-committee',
    // "secrétaire de la province de X", "Party Secretary of X province": the secretary of its party committee.
    title: /secr[ée]taire|secretary/iu,
  },
];

/** Capitalized words that belong to names of bodies and places, never to a person's name. */
export const NOT_A_PERSONAL_NAME = new Set(
  [
    'la', 'les', 'de', 'du', 'des', 'the', 'of', 'and', 'et', 'province', 'provincial', 'city', 'ville', 'district', 'people', 'peoples',
    'committee', 'comité', 'comite', 'party', 'parti', 'union', 'association', 'department', 'département', 'ministry', 'ministère',
    'vietnam', 'laos', 'lao', 'cambodge', 'cambodia', 'thaïlande', 'thailand', 'friendship', 'amitié', 'council', 'conseil',
    'central', 'centrale', 'national', 'nationale', 'front', 'fatherland', 'patrie', 'commission', 'office', 'bureau', 'general', 'général',
    'secretary', 'chairman', 'governor', 'president', 'director', 'deputy', 'vice', 'm', 'mr', 'mme', 'ms', 'dr', 'mrs', 'camarade', 'comrade',
  ],
);
