//! The extractor: quotation marks → direct quotes; cue patterns → indirect and mixed quotes;
//! speaker references → resolved speakers. Linear in the number of words (every scan is
//! bounded by a small window or by the enclosing sentence).

use crate::lexicon::{Lexicon, VerbClass};
use crate::words::{Kind, Words};
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use veille_core::layers::{
    EntityType, Mention, Quote, QuoteKind, SourcingSummary, Speaker, SpeakerKind,
};
use veille_core::Span;

/// Longest stretch (in words) an unclosed quotation may run before it is cut at a sentence end.
const MAX_UNCLOSED_WORDS: usize = 400;

// ---------------------------------------------------------------- word lists (French)

const AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "avait", "eut", "est",
    "sont", "était", "étaient", "va", "vont", "allait", "vient", "viennent", "venait", "has",
    "have", "had", "will", "would", "is", "was", "were",
];
const ADVERBS: &[&str] = &[
    "simplement",
    "seulement",
    "directement",
    "finalement",
    "rapidement",
    "longuement",
    "sobrement",
    "sèchement",
    "ironiquement",
    "laconiquement",
    "fièrement",
    "prudemment",
    "également",
    "aussi",
    "encore",
    "déjà",
    "ensuite",
    "alors",
    "pourtant",
    "toutefois",
    "même",
    "notamment",
    "ainsi",
    "enfin",
    "bien",
    "d'ailleurs",
    "néanmoins",
    "cependant",
    "plus",
    "pas",
    "ne",
    "n'",
    "jamais",
    "tard",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "soir",
    "matin",
    "récemment",
    "publiquement",
    "aujourd'hui",
    "de",
    "d'",
    "nouveau",
    "y",
    "lui",
    "leur",
    "leurs",
    "se",
    "s'",
    "en",
    "t",
    "l'",
    "le",
    "la",
    "les",
    "nous",
    "vous",
    "me",
    "m'",
    "also",
    "later",
    "then",
    "had",
    "not",
    "par",
    "ailleurs",
    "toujours",
    "souvent",
    "longtemps",
    "clairement",
    "fermement",
    "vivement",
    "auparavant",
    "depuis",
    "précédemment",
    "aussitôt",
    "immédiatement",
];
/// Determiners beyond the shared French list (`veille_text::french::DETERMINERS`): numerals and
/// quantifiers that open a description ("deux sources", "nombre d'experts"), and English.
const DETS_EXTRA: &[&str] = &[
    "deux", "trois", "quatre", "divers", "nombre", "d'autres", "autres", "the", "a", "an",
];

/// A determiner opening a noun phrase: the shared French list (without the contracted
/// articles "au", "aux", prepositions here, and "tout", mostly the adverb of "tout en
/// fustigeant") plus [`DETS_EXTRA`].
fn is_det(w: &str) -> bool {
    (veille_text::french::is_determiner(w) && !matches!(w, "au" | "aux" | "tout"))
        || DETS_EXTRA.contains(&w)
}
const INDEF: &[&str] = &[
    "un",
    "une",
    "des",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
    "trois",
    "quatre",
    "quelques",
    "divers",
    "d'autres",
    "autres",
    "de",
    "d'",
    "nombre",
    "a",
    "an",
    "some",
    "several",
];
const POSSESSIVE: &[&str] = &["son", "sa", "ses", "leur", "leurs", "his", "her", "their"];
const PREPS: &[&str] = &[
    "de", "d'", "du", "des", "à", "au", "aux", "pour", "par", "sur", "en", "dans", "chez", "avec",
    "et", "contre", "vers", "of", "for", "at", "in", "on",
];
/// How far (bytes) an article's opening runs, for a title whose person the dropped lede named.
const OPENING: u32 = 600;
/// Prepositions opening a sentence-initial adverbial ("Avant les résultats, …").
const LEAD_PREPS: &[&str] = &[
    "à",
    "a",
    "avec",
    "lors",
    "avant",
    "après",
    "depuis",
    "dans",
    "en",
    "pendant",
    "dès",
    "pour",
    "selon",
    "sur",
    "malgré",
    "face",
    "contrairement",
    "comme",
    "au",
    "aux",
    "durant",
    "parmi",
    "outre",
    "faute",
    "suite",
    "concernant",
    "quant",
];
const NP_STOP: &[&str] = &[
    "qui", "que", "qu'", "lors", "dans", "après", "avant", "devant", "selon", "car", "mais",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "dont", "où",
    "lorsqu'", "lorsque", "puisque", "puisqu'", "parce", "tandis", "alors", "sans", "ainsi", "who",
    "that", "on", "in", "after", "before", "during", "while",
];
const PRONOUNS: &[(&str, Option<bool>)] = &[
    ("il", Some(false)),
    ("elle", Some(true)),
    ("ils", Some(false)),
    ("elles", Some(true)),
    ("lui", Some(false)),
    ("eux", Some(false)),
    ("on", None),
    ("he", Some(false)),
    ("she", Some(true)),
    ("they", None),
    ("him", Some(false)),
];
const TITLES: &[&str] = &[
    "m.",
    "m",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "pr",
    "me",
    "mgr",
    "général",
    "numéro",
    // party members designating a person ("L'Insoumis a déploré")
    "insoumis",
    "insoumise",
    "frontiste",
    "écologiste",
    "centriste",
    "marcheur",
    "marcheuse",
    "colonel",
    "capitaine",
    "sergent",
    "lieutenant",
    "commandant",
    "maréchal",
    "docteur",
    "professeur",
    "maître",
    "cheikh",
    "sheikh",
    "imam",
    "abbé",
    "père",
    "sœur",
    "président",
    "présidente",
    "ministre",
    "mr",
    "mrs",
    "ms",
    "sir",
    "lord",
    "lady",
    "gen",
    "sen",
    "gov",
    "rep",
    "prince",
    "princesse",
    "roi",
    "reine",
    "pape",
    "juge",
    "monseigneur",
    "sénateur",
    "sénatrice",
    "député",
    "députée",
    "maire",
    "premier",
    "première",
    "chancelière",
    "chancelier",
    "secrétaire",
    "porte-parole",
    "pdg",
    "ceo",
    "vice-président",
    "vice-présidente",
    "fondateur",
    "fondatrice",
    "procureur",
    "procureure",
    "préfet",
    "préfète",
    "ambassadeur",
    "ambassadrice",
    "gouverneur",
    "commissaire",
    "entraîneur",
    "sélectionneur",
    "patron",
    "patronne",
    "chef",
    "directeur",
    "directrice",
    "avocat",
    "avocate",
    "candidat",
    "candidate",
    // compound ranks and offices
    "lieutenant-colonel",
    "contre-amiral",
    "vice-amiral",
    "sous-préfet",
    "sous-préfète",
    "médecin-chef",
];
/// First words of capitalized sequences that name organisations, places or things, not people.
const ORG_WORDS: &[&str] = &[
    "conseil",
    "institut",
    "ministère",
    "chambre",
    "forces",
    "armée",
    "etat",
    "état",
    "etats",
    "états",
    "assemblée",
    "parlement",
    "commission",
    "comité",
    "union",
    "organisation",
    "nations",
    "agence",
    "parti",
    "gouvernement",
    "cour",
    "tribunal",
    "banque",
    "fédération",
    "front",
    "ligue",
    "association",
    "syndicat",
    "fondation",
    "université",
    "observatoire",
    "croix-rouge",
    "otan",
    "onu",
    "ue",
    "police",
    "gendarmerie",
    "parquet",
    "préfecture",
    "mairie",
    "ville",
    "région",
    "département",
    "office",
    "bureau",
    "caisse",
    "société",
    "groupe",
    "fonds",
    "haut-commissariat",
    "élysée",
    "matignon",
    "kremlin",
    "maison",
    "pentagone",
    "département",
    "coalition",
    "mouvement",
    "brigade",
    "brigades",
    "hôpital",
    "centre",
    "conférence",
    "sénat",
    "fédération",
    "direction",
    "autorité",
    "haute",
    "daech",
    "hezbollah",
    "hamas",
    "reuters",
    "afp",
    "sputnik",
    "tass",
    "ria",
    "bfmtv",
    "cnn",
    "bbc",
    "figaro",
    "monde",
    "libération",
    "journal",
    "télévision",
    "radio",
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "syrie",
    "russie",
    "france",
    "alep",
    "moscou",
    "washington",
    "paris",
    "damas",
    "palmyre",
    "raqqa",
    "mossoul",
    "irak",
    "iran",
    "turquie",
    "fort",
    "mont",
    "saint",
    "sainte",
    "port",
    "cap",
    "lac",
    "rue",
    "place",
    "avenue",
    "boulevard",
    "pont",
    "gare",
    "aéroport",
    "stade",
    "musée",
    "palais",
    "château",
    "île",
];
const ORG_HEADS: &[&str] = &[
    "organisme",
    "instance",
    "régulateur",
    "ville",
    "municipalité",
    "commune",
    "région",
    "école",
    "université",
    "hôpital",
    "chu",
    "lycée",
    "collège",
    "établissement",
    "clinique",
    "musée",
    "théâtre",
    "festival",
    "marque",
    "enseigne",
    "plateforme",
    "réseau",
    "assemblée",
    "sénat",
    "parlement",
    "ambassade",
    "consulat",
    "diplomatie",
    "chancellerie",
    "tribunal",
    "cour",
    "chambre",
    "juridiction",
    "préfecture",
    "ministère",
    "quotidien",
    "journal",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "site",
    "chaîne",
    "radio",
    "média",
    "médias",
    "presse",
    "ministère",
    "gouvernement",
    "préfet",
    "ministère",
    "gouvernement",
    "armée",
    "police",
    "parquet",
    "présidence",
    "préfecture",
    "mairie",
    "commission",
    "agence",
    "entreprise",
    "groupe",
    "société",
    "direction",
    "syndicat",
    "parti",
    "association",
    "état-major",
    "tribunal",
    "justice",
    "conseil",
    "ong",
    "autorités",
    "autorité",
    "organisation",
    "office",
    "institut",
    "observatoire",
    "fédération",
    "ligue",
    "club",
    "compagnie",
    "constructeur",
    "fabricant",
    "opérateur",
    "banque",
    "cour",
    "gendarmerie",
    "département",
    "administration",
    "exécutif",
    "régime",
    "pouvoir",
    "coalition",
    "kremlin",
    "élysée",
    "pentagone",
    "comité",
    "collectif",
    "équipe",
    "ministry",
    "government",
    "police",
    "army",
    "company",
    "agency",
    "department",
    "office",
];
/// Nouns that designate a news medium ("le quotidien", "l'hebdomadaire").
const MEDIA_HEADS: &[&str] = &[
    "quotidien",
    "journal",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "newsletter",
    "média",
    "chaîne",
    "radio",
    "site",
    "télévision",
];

/// Nouns for what someone said: "les propos de X selon lesquels" are X's.
const SPEECH_NOUNS: &[&str] = &[
    "propos",
    "déclarations",
    "déclaration",
    "accusations",
    "affirmations",
    "révélations",
    "allégations",
    "affirmation",
    "confidences",
    "paroles",
    "dires",
    "assurances",
    "explications",
    "termes",
    "mots",
    "aveux",
    "témoignage",
    "témoignages",
];

/// Heads after "selon" that designate data: the source is their producer, if named.
const DATA_HEADS: &[&str] = &[
    "extraits",
    "données",
    "sondage",
    "étude",
    "enquête",
    "rapport",
    "baromètre",
    "décision",
    "ordonnance",
    "jugement",
    "chiffres",
    "calculs",
    "estimations",
    "estimation",
    "informations",
    "édition",
    "résultats",
    "projections",
    "prévisions",
    "relevés",
    "comptage",
    "décompte",
    "bilan",
    "statistiques",
    "analyses",
    "modélisations",
    "simulations",
    "images",
    "documents",
    // what a source said: "selon l'avis de ce dernier", "selon les propos de X"
    "avis",
    "propos",
    "termes",
    "explications",
    "déclarations",
    "précisions",
    "révélations",
    "information",
];

/// Participles that introduce who produced a figure or a piece of information.
const DATA_PARTICIPLES: &[&str] = &[
    "réalisé",
    "réalisée",
    "réalisés",
    "réalisées",
    "publié",
    "publiée",
    "publiés",
    "publiées",
    "établi",
    "établie",
    "établis",
    "établies",
    "communiqué",
    "communiquée",
    "communiqués",
    "communiquées",
    "fourni",
    "fournie",
    "fournis",
    "fournies",
    "diffusé",
    "diffusée",
    "diffusés",
    "diffusées",
    "livré",
    "livrée",
    "livrés",
    "livrées",
    "dressé",
    "dressée",
    "rendu",
    "rendue",
    "rendus",
    "rendues",
    "transmis",
    "transmise",
    "transmises",
];

/// Heads of descriptions of people the news leaves unnamed: never resolved to a named person.
const UNNAMED: &[&str] = &[
    "suspect",
    "suspecte",
    "suspects",
    "coupable",
    "meurtrier",
    "agresseur",
    "assaillant",
    "forcené",
    "tireur",
    "victime",
    "victimes",
    "homme",
    "femme",
    "individu",
    "jeune",
    "enfant",
    "garçon",
    "adolescent",
    "adolescente",
    "conducteur",
    "conductrice",
    "automobiliste",
    "passant",
    "passante",
    "voisin",
    "voisine",
    "prévenu",
    "prévenue",
    "accusé",
    "accusée",
    "détenu",
    "détenue",
    "mis",
    "septuagénaire",
    "sexagénaire",
    "quinquagénaire",
    "quadragénaire",
    "trentenaire",
    "octogénaire",
    "nonagénaire",
    "quadragénaire",
    "fillette",
];

/// Kinship and entourage heads: "la sœur de la victime" is the sister, not the victim.
/// Nouns whose name is no person's: "le typhon Haishen", "le compteur Linky".
const THING_HEADS: &[&str] = &[
    "typhon",
    "ouragan",
    "cyclone",
    "tempête",
    "tornade",
    "dépression",
    "navire",
    "bateau",
    "paquebot",
    "porte-avions",
    "sous-marin",
    "cargo",
    "compteur",
    "vaccin",
    "variant",
    "virus",
    "médicament",
    "logiciel",
    "application",
    "satellite",
    "fusée",
    "robot",
    "opération",
    "dispositif",
    "programme",
    "label",
    "festival",
    "album",
    "roman",
    "chanson",
    "émission",
    "modèle",
];

const KIN: &[&str] = &[
    "sœur",
    "frère",
    "père",
    "mère",
    "fils",
    "fille",
    "épouse",
    "mari",
    "femme",
    "compagne",
    "compagnon",
    "oncle",
    "tante",
    "cousin",
    "cousine",
    "grand-mère",
    "grand-père",
    "veuve",
    "avocat",
    "avocate",
    "avocats",
    "entourage",
    "famille",
    "parents",
    "enfants",
];

/// Speech verbs whose noun-phrase object carries the message ("a annoncé son intention de …").
const OBJECT_CUES: &[&str] = &[
    "réitérer",
    "vanter",
    "invoquer",
    "détailler",
    "demander",
    "plaider",
    "mettre en garde",
    "exprimer",
    "avouer",
    "reconnaître",
    "souligner",
    "prôner",
    "évoquer",
    "décrire",
    "rappeler",
    "critiquer",
    "fustiger",
    "regretter",
    "réaffirmer",
    "féliciter",
    "annoncer",
    "insister",
    "dénoncer",
    "réclamer",
    "clamer",
    "promettre",
    "confirmer",
    "démentir",
    "exiger",
    "revendiquer",
    "déplorer",
    "saluer",
    "nier",
    "réfuter",
];
/// Capitalized only because they open a sentence: never the start of a name.
const CAP_STOP: &[&str] = &[
    "il",
    "elle",
    "on",
    "ils",
    "elles",
    "nous",
    "vous",
    "je",
    "j'",
    "ce",
    "cette",
    "ces",
    "cet",
    "afin",
    "devant",
    "dans",
    "après",
    "avant",
    "depuis",
    "lors",
    "selon",
    "pour",
    "par",
    "sur",
    "avec",
    "sans",
    "chez",
    "en",
    "au",
    "aux",
    "du",
    "des",
    "mais",
    "et",
    "or",
    "donc",
    "quant",
    "tout",
    "tous",
    "toute",
    "toutes",
    "plus",
    "moins",
    "si",
    "comme",
    "alors",
    "ainsi",
    "enfin",
    "aujourd'hui",
    "hier",
    "m",
    "mme",
    "dr",
    "pr",
    "qui",
    "que",
    "quand",
    "où",
    "a",
    "le",
    "la",
    "les",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "cela",
    "ceci",
    "ça",
    "rien",
    "personne",
    "aucun",
    "aucune",
    "d'après",
    "the",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "this",
    "that",
    "in",
    "at",
];
/// Heads of descriptions of documents: the speaker is who issued them.
const DOC_HEADS: &[&str] = &[
    "rapport",
    "décision",
    "ordonnance",
    "jugement",
    "sondage",
    "étude",
    "enquête",
    "communiqué",
    "bilan",
    "document",
    "texte",
    "note",
    "décompte",
    "statistiques",
    "chiffres",
    "baromètre",
    "report",
    "study",
    "survey",
    "statement",
    "poll",
];
/// Heads after "selon" that are not sources ("selon la méthode des quotas").
const NOT_SOURCE: &[&str] = &[
    "éléments",
    "mode",
    "calcul",
    "toute",
    "vraisemblance",
    "apparences",
    "hypothèse",
    "hypothèses",
    "scénario",
    "scénarios",
    "méthode",
    "cas",
    "principe",
    "règle",
    "règles",
    "modalités",
    "critères",
    "loi",
    "termes",
    "niveau",
    "moment",
    "type",
    "taille",
    "saison",
    "heure",
    "date",
    "âge",
    "région",
    "pays",
    "sexe",
    "état",
    "moi",
    "nous",
    "toute",
    "tout",
    "lequel",
    "laquelle",
    "que",
    "qu'",
    "besoins",
    "circonstances",
    "conditions",
    "profil",
    "situation",
    "formule",
    "modèle",
    "version",
    "zone",
    "zones",
    "secteur",
    "secteurs",
    "périodes",
    "période",
];
/// Adjectives that may precede the head noun of a description.
const PRE_ADJ: &[&str] = &[
    "nouveau",
    "nouvelle",
    "nouvel",
    "ancien",
    "ancienne",
    "jeune",
    "premier",
    "première",
    "haut",
    "haute",
    "ex",
    "actuel",
    "actuelle",
    "futur",
    "future",
    "grand",
    "grande",
    "principal",
    "principale",
    "seul",
    "seule",
    "dernier",
    "dernière",
    "même",
    "autre",
    "nombreux",
    "nombreuses",
    "certains",
    "plusieurs",
    "vieux",
    "vieil",
    "vieille",
    "nouveaux",
    "nouvelles",
    "anciens",
    "anciennes",
    "jeunes",
    "premiers",
    "premières",
    "hauts",
    "hautes",
    "actuels",
    "actuelles",
    "futurs",
    "futures",
    "grands",
    "grandes",
    "principaux",
    "principales",
    "seuls",
    "seules",
    "derniers",
    "dernières",
    "mêmes",
    "autres",
    "vieilles",
    "récentes",
    "récents",
    "récente",
    "récent",
];
const ANON_HEADS: &[&str] = &[
    // feminine forms of the heads below
    "employée",
    "employées",
    "salariée",
    "salariées",
    "policière",
    "policières",
    "militante",
    "militantes",
    "manifestante",
    "manifestantes",
    "résidente",
    "résidentes",
    "élue",
    "élues",
    "observatrice",
    "observatrices",
    "enquêtrice",
    "enquêtrices",
    "experte",
    "expertes",
    "source",
    "sources",
    "responsable",
    "responsables",
    "témoin",
    "témoins",
    "habitant",
    "habitante",
    "habitants",
    "proche",
    "proches",
    "diplomate",
    "diplomates",
    "officiel",
    "officiels",
    "interlocuteur",
    "interlocutrice",
    "membre",
    "membres",
    "militant",
    "militants",
    "combattant",
    "combattants",
    "résident",
    "résidents",
    "observateur",
    "observateurs",
    "expert",
    "experts",
    "analyste",
    "analystes",
    "médecin",
    "médecins",
    "policier",
    "policiers",
    "enquêteur",
    "enquêteurs",
    "militaire",
    "militaires",
    "soldat",
    "soldats",
    "secouriste",
    "secouristes",
    "journaliste",
    "journalistes",
    "employé",
    "employés",
    "salarié",
    "salariés",
    "manifestant",
    "manifestants",
    "élu",
    "élus",
    "spécialiste",
    "spécialistes",
    "official",
    "officials",
    "source",
    "sources",
    "witness",
    "witnesses",
    "resident",
    "residents",
];
/// Words before a quoted segment that make it a name or title, not a quotation.
const NAMING: &[&str] = &[
    "appelle",
    "appellent",
    "appelé",
    "appelée",
    "appelés",
    "appelées",
    "appelait",
    "surnommé",
    "surnommée",
    "surnommés",
    "surnomment",
    "surnom",
    "baptisé",
    "baptisée",
    "baptisés",
    "baptisées",
    "baptisent",
    "intitulé",
    "intitulée",
    "intitulés",
    "nommé",
    "nommée",
    "dit",
    "dite",
    "dits",
    "dites",
    "opération",
    "l'opération",
    "mot",
    "terme",
    "slogan",
    "nom",
    "titre",
    "livre",
    "film",
    "émission",
    "album",
    "chanson",
    "série",
    "programme",
    "plan",
    "projet",
    "dispositif",
    "mouvement",
    "collectif",
    "association",
    "magazine",
    "journal",
    "hashtag",
    "label",
    "marque",
    "formule",
    "expression",
    "qualifié",
    "qualifiée",
    "qualifiés",
    "qualifie",
    "qualifient",
    "qualifiant",
    "called",
    "dubbed",
    "named",
    "so-called",
];

fn is_in(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

fn pronoun(w: &str) -> Option<Option<bool>> {
    PRONOUNS.iter().find(|(p, _)| *p == w).map(|(_, g)| *g)
}

/// Grammatical gender of a determiner + noun description (true = feminine).
fn desc_gender(det: &str, head: &str) -> Option<bool> {
    match det {
        "la" | "une" | "cette" | "sa" => Some(true),
        "le" | "un" | "ce" | "cet" | "du" => Some(false),
        _ => {
            if head.ends_with("trice")
                || head.ends_with("euse")
                || head.ends_with("ière")
                || head.ends_with("esse")
                || head.ends_with("ante")
                || head.ends_with("ente")
            {
                Some(true)
            } else if head.ends_with("teur") || head.ends_with("ier") || head.ends_with("eur") {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// Sorted, merged half-open ranges.
fn merged_ranges<T: Ord + Copy>(ranges: impl Iterator<Item = (T, T)>) -> Vec<(T, T)> {
    let mut v: Vec<(T, T)> = ranges.filter(|(s, e)| s < e).collect();
    v.sort_unstable();
    let mut out: Vec<(T, T)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Whether `x` falls in one of the sorted, merged ranges.
fn in_ranges<T: Ord + Copy>(ranges: &[(T, T)], x: T) -> bool {
    let i = ranges.partition_point(|&(s, _)| s <= x);
    i > 0 && x < ranges[i - 1].1
}

/// One more vote for a choice that must be unanimous: `None` (no decision) as soon as two
/// different candidates appear; no candidate leaves the choice as it was.
fn unanimous(found: Option<usize>, cands: &[usize]) -> Option<Option<usize>> {
    match (cands, found) {
        ([i], None) => Some(Some(*i)),
        ([i], Some(f)) if f == *i => Some(found),
        ([], _) => Some(found),
        _ => None,
    }
}

fn compatible(a: Option<bool>, b: Option<bool>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

// ---------------------------------------------------------------- speaker references

#[derive(Debug, Clone)]
enum SpkRef {
    /// A proper name over words [s, e).
    Name {
        s: usize,
        e: usize,
        kind: SpeakerKind,
        entity: Option<u32>,
    },
    Pronoun(Option<bool>),
    /// "ce dernier", "cette dernière": the last person mentioned, of that gender.
    Latest(Option<bool>),
    /// "selon ses estimations", "Et d'ajouter": the current speaker.
    Current,
    /// A description over words [s, e).
    Desc {
        s: usize,
        e: usize,
        head: String,
        indefinite: bool,
        fem: Option<bool>,
    },
    None,
}

#[derive(Debug, Clone)]
struct Person {
    name: String,
    surname: String,
    span: Span,
    fem: Option<bool>,
    /// Normalised role descriptions ("présidente du conseil de fédération").
    roles: Vec<String>,
    entity: Option<u32>,
    /// Start of every mention of the person.
    at: Vec<u32>,
}

/// A candidate statement before speaker resolution.
#[derive(Debug, Clone)]
struct Cand {
    kind: QuoteKind,
    span: Span,
    content: Span,
    cue: Option<Span>,
    lemma: Option<String>,
    spk: SpkRef,
    /// Where the speaker reference is (for ordering pronoun resolution).
    unclosed: bool,
    /// A direct quote with no cue at all.
    bare: bool,
    /// For a bare quote: the person the next sentence starts with.
    next_subject: Option<usize>,
}

struct Cue {
    /// Word range of the cue.
    a: usize,
    b: usize,
    lemma: String,
    class: VerbClass,
    /// Pronoun carried by an inverted form ("a-t-il", "conclut-elle").
    inv_pronoun: Option<Option<bool>>,
}

/// The extractor over one document.
pub(crate) struct Extractor<'a> {
    pub w: Words<'a>,
    lex: &'static Lexicon,
    mentions: &'a [Mention],
    persons: Vec<Person>,
    docs: Vec<(u32, String, String)>,
    /// Word ranges [open, close] of closed quotation-mark pairs, in order.
    quoted: Vec<(usize, usize)>,
    /// Word ranges of the news outlets named in the text, found on first need.
    outlets: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// The town named as an organisation ("la Ville de Paris"), found on first need.
    town: std::cell::OnceCell<Option<Speaker>>,
}

/// Result of extraction.
pub(crate) struct Output {
    pub quotes: Vec<Quote>,
    pub sourcing: SourcingSummary,
}

impl<'a> Extractor<'a> {
    /// The cue from word `a` to the speech verb at word `verb`, when `verb` is in the lexicon.
    fn lexicon_cue(&self, a: usize, verb: usize, inv_pronoun: Option<Option<bool>>) -> Option<Cue> {
        let (lemma, class) = self.lex.lookup(self.w.lw(verb))?;
        Some(Cue {
            a,
            b: verb + 1,
            lemma: lemma.into(),
            class,
            inv_pronoun,
        })
    }

    pub fn new(
        text: &'a str,
        sentences: &[Span],
        mentions: &'a [Mention],
        lex: &'static Lexicon,
    ) -> Extractor<'a> {
        let w = Words::new(text, sentences);
        let mut x = Extractor {
            w,
            lex,
            mentions,
            persons: Vec::new(),
            docs: Vec::new(),
            quoted: Vec::new(),
            outlets: std::cell::OnceCell::new(),
            town: std::cell::OnceCell::new(),
        };
        x.quoted = x
            .pair_marks()
            .into_iter()
            .filter_map(|(o, c, _, _)| Some((o, c?)))
            .collect();
        x.persons = x.collect_persons();
        x.docs = x.collect_docs();
        x
    }

    // ------------------------------------------------------------ cues

    /// A speech verb (or auxiliary + participle, or inverted form) starting at word `i`.
    fn cue_at(&self, i: usize) -> Option<Cue> {
        if !self.w.is_word(i) {
            return None;
        }
        // "a suscité des critiques", "ses déclarations": a noun after a determiner that is no
        // object clitic
        if i > 0
            && matches!(
                self.w.lw(i - 1),
                "des"
                    | "un"
                    | "une"
                    | "du"
                    | "ces"
                    | "ses"
                    | "cette"
                    | "cet"
                    | "ce"
                    | "son"
                    | "sa"
                    | "leurs"
                    | "quelques"
                    | "plusieurs"
                    | "aux"
                    | "au"
            )
        {
            return None;
        }
        let lw = self.w.lw(i);
        // "le prévenu a assuré", "devant le juge": after an article, a participle (no
        // auxiliary between) or "juge" is a noun ("il le juge" is rare in news)
        if i > 0
            && matches!(self.w.lw(i - 1), "le" | "la" | "les" | "l'")
            && (lw.ends_with(['é', 'u'])
                || lw.ends_with("ée")
                || lw.ends_with("és")
                || lw.ends_with("ées")
                || lw.ends_with("ue")
                || lw.ends_with("us")
                || lw.ends_with("ues")
                || matches!(lw, "juge" | "juges"))
            && !(i > 1
                && matches!(
                    self.w.lw(i - 2),
                    "il" | "elle"
                        | "ils"
                        | "elles"
                        | "on"
                        | "qui"
                        | "ne"
                        | "n'"
                        | "je"
                        | "nous"
                        | "vous"
                ))
        {
            return None;
        }
        if let Some((v, pron)) = split_inverted(lw) {
            let g = pronoun(pron).unwrap_or(None);
            if let Some((lemma, class)) = self.lex.lookup(v) {
                return Some(Cue {
                    a: i,
                    b: i + 1,
                    lemma: lemma.into(),
                    class,
                    inv_pronoun: Some(g),
                });
            }
            if is_in(AUX, v) {
                let k = self.skip_adverbs(i + 1, 3);
                if let Some((lemma, class, b)) = self.participle_cue(k) {
                    return Some(Cue {
                        a: i,
                        b,
                        lemma,
                        class,
                        inv_pronoun: Some(g),
                    });
                }
                if let Some(cue) = self.lexicon_cue(i, k, Some(g)) {
                    return Some(cue);
                }
            }
            return None;
        }
        if is_in(AUX, lw) {
            // "a t-il insisté" (the hyphen before "t" lost)
            if let Some(("t", pron)) = split_inverted(self.w.lw(i + 1)) {
                let g = pronoun(pron).unwrap_or(None);
                let k = self.skip_adverbs(i + 2, 3);
                let (lemma, class, b) = self.participle_cue(k)?;
                return Some(Cue {
                    a: i,
                    b,
                    lemma,
                    class,
                    inv_pronoun: Some(g),
                });
            }
            let k = self.skip_adverbs(i + 1, 3);
            if let Some(b) = self.mettre_en_garde(k).filter(|_| k > i) {
                return Some(Cue {
                    a: i,
                    b,
                    lemma: format!("mettre en {}", self.w.lw(b - 1)),
                    class: VerbClass::Strong,
                    inv_pronoun: None,
                });
            }
            if let Some((lemma, b)) = self.faire_cue(k).filter(|_| k > i) {
                return Some(Cue {
                    a: i,
                    b,
                    lemma,
                    class: VerbClass::Strong,
                    inv_pronoun: None,
                });
            }
            if k > i && looks_participle(self.w.lw(k)) {
                // "s'est désolé": a reflexive masculine participle the lexicon leaves out as
                // an adjective ("il est désolé") is found through its feminine
                let reflexive = i > 0 && matches!(self.w.lw(i - 1), "s'" | "se");
                return self.lexicon_cue(i, k, None).or_else(|| {
                    let fem = format!("{}e", self.w.lw(k));
                    let (lemma, class) = self.lex.lookup(&fem).filter(|_| reflexive)?;
                    Some(Cue {
                        a: i,
                        b: k + 1,
                        lemma: lemma.into(),
                        class,
                        inv_pronoun: None,
                    })
                });
            }
            return None;
        }
        if let Some(b) = self.mettre_en_garde(i) {
            return Some(Cue {
                a: i,
                b,
                lemma: format!("mettre en {}", self.w.lw(b - 1)),
                class: VerbClass::Strong,
                inv_pronoun: None,
            });
        }
        // "fait savoir", "fait valoir"
        if let Some((lemma, b)) = self.faire_cue(i) {
            return Some(Cue {
                a: i,
                b,
                lemma,
                class: VerbClass::Strong,
                inv_pronoun: None,
            });
        }
        // "veut bien concéder", "tient à préciser": a modal verb before the speech verb
        if matches!(
            lw,
            "veut" | "voulait" | "voulu" | "tient" | "tenait" | "tenu" | "souhaite" | "souhaitait"
        ) {
            let mut k = i + 1;
            if matches!(
                self.w.lw(k),
                "bien" | "à" | "aussi" | "encore" | "toutefois"
            ) {
                k += 1;
            }
            if self.w.lw(k) == "à" {
                k += 1;
            }
            if is_infinitive(self.w.lw(k)) {
                if let Some(cue) = self.lexicon_cue(i, k, None) {
                    return Some(cue);
                }
            }
        }
        // "la prise par le cou, dite de l'étranglement": "so-called", not a speech verb
        if matches!(lw, "dite" | "dites" | "dits") {
            return None;
        }
        let (lemma, class) = self.lex.lookup(lw)?;
        // "affirme t-elle" (the hyphen before "t" lost)
        if let Some(("t", pron)) = split_inverted(self.w.lw(i + 1)) {
            return Some(Cue {
                a: i,
                b: i + 2,
                lemma: lemma.into(),
                class,
                inv_pronoun: Some(pronoun(pron).unwrap_or(None)),
            });
        }
        Some(Cue {
            a: i,
            b: i + 1,
            lemma: lemma.into(),
            class,
            inv_pronoun: None,
        })
    }

    /// "fait savoir", "a fait valoir", "font valoir": (lemma, end) of the phrase at `k`.
    fn faire_cue(&self, k: usize) -> Option<(String, usize)> {
        let faire = matches!(
            self.w.lw(k),
            "fait" | "font" | "faisait" | "faisaient" | "fit"
        );
        let what = self.w.lw(k + 1);
        (faire && matches!(what, "savoir" | "valoir")).then(|| (format!("faire {what}"), k + 2))
    }

    /// "mis en garde", "met en garde": the end of the phrase starting at `k`.
    fn mettre_en_garde(&self, k: usize) -> Option<usize> {
        (matches!(self.w.lw(k), "mis" | "met" | "mettent" | "mettait" | "mit")
            && self.w.lw(k + 1) == "en"
            && matches!(self.w.lw(k + 2), "garde" | "exergue" | "avant"))
        .then_some(k + 3)
    }

    /// A participle speech verb (or "mis en garde") at `k`: (lemma, class, end).
    fn participle_cue(&self, k: usize) -> Option<(String, VerbClass, usize)> {
        if let Some((lemma, b)) = self.faire_cue(k) {
            return Some((lemma, VerbClass::Strong, b));
        }
        if let Some(b) = self.mettre_en_garde(k) {
            return Some((
                format!("mettre en {}", self.w.lw(b - 1)),
                VerbClass::Strong,
                b,
            ));
        }
        let (lemma, class) = self.lex.lookup(self.w.lw(k))?;
        Some((lemma.into(), class, k + 1))
    }

    fn skip_adverbs(&self, mut k: usize, max: usize) -> usize {
        let mut start = k;
        while k < self.w.len() && k < start + max && self.w.is_word(k) {
            let l = self.w.lw(k);
            // "a d'ores et déjà appelé"
            if l == "d'" && self.w.lw(k + 1) == "ores" && self.w.lw(k + 2) == "et" {
                k += 4;
                continue;
            }
            // "a pour sa part regretté", "a de son côté estimé": a stance adverbial, which
            // does not use up the budget of single adverbs
            let (l1, l2) = (self.w.lw(k + 1), self.w.lw(k + 2));
            if (l == "pour" && matches!(l1, "sa" | "son" | "leur") && l2 == "part")
                || (l == "de" && matches!(l1, "son" | "sa" | "leur") && l2 == "côté")
            {
                k += 3;
                start += 3;
                continue;
            }
            if is_in(ADVERBS, l) && self.lex.lookup(l).is_none() {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    // ------------------------------------------------------------ noun phrases

    /// End (exclusive) of a noun phrase starting at `a`, bounded by `limit`.
    fn np_end(&self, a: usize, limit: usize) -> usize {
        let mut k = a;
        let mut n = 0;
        while k < limit && n < 22 {
            match self.w.kind(k) {
                Some(Kind::Punct('(')) => {
                    // skip a short parenthetical
                    let mut j = k + 1;
                    while j < limit && j < k + 15 && !self.w.is_punct(j, ')') {
                        j += 1;
                    }
                    if j < limit && self.w.is_punct(j, ')') {
                        k = j + 1;
                        n += 1;
                        continue;
                    }
                    return k;
                }
                Some(Kind::Word) | Some(Kind::Num) => {
                    let l = self.w.lw(k);
                    if k > a && (is_in(NP_STOP, l) || (is_in(AUX, l) && !self.w.is_cap(k))) {
                        return k;
                    }
                    // a clitic before a verb ends the phrase: "L'humoriste l'a démontré",
                    // "la ministre s'est dite", "le maire n'a pas"
                    if k > a
                        && (matches!(l, "n'" | "ne" | "s'" | "se")
                            || (matches!(l, "l'" | "le" | "la" | "les" | "lui" | "leur" | "y")
                                && is_in(AUX, self.w.lw(k + 1))))
                    {
                        return k;
                    }
                    // gerund "en commentant"
                    if k > a && l == "en" && self.w.lw(k + 1).ends_with("ant") {
                        return k;
                    }
                    // the medium, not the speaker: "… sur Facebook", "… à l'AFP", "… au
                    // Parisien", "… dans un communiqué"
                    if k > a + 1 {
                        let nx = if matches!(self.w.lw(k + 1), "l'" | "la" | "le") {
                            k + 2
                        } else {
                            k + 1
                        };
                        let medium_name = self.w.is_cap(nx)
                            || matches!(
                                self.w.lw(nx),
                                "twitter" | "facebook" | "instagram" | "franceinfo" | "linkedin"
                            );
                        // ("a confié l'homme d'affaires au quotidien dont …")
                        let medium_noun = is_in(MEDIA_HEADS, self.w.lw(nx))
                            || matches!(self.w.lw(nx), "micro" | "antenne");
                        if (matches!(l, "sur" | "à" | "au") && (medium_name || medium_noun))
                            || self.skip_medium(k, limit).is_some()
                            || (l == "à" && matches!(self.w.lw(k + 1), "des" | "un" | "une"))
                        {
                            return k;
                        }
                    }
                    if k > a && self.cue_at(k).is_some() && !self.w.is_cap(k) && !is_in(PREPS, l) {
                        // a finite verb ends the phrase ("… a indiqué")
                        if self.lex.lookup(l).is_some() || is_in(AUX, l) {
                            return k;
                        }
                    }
                    k += 1;
                    n += 1;
                }
                Some(Kind::Punct('-')) | Some(Kind::Punct('\'')) => {
                    k += 1;
                }
                // the period of an abbreviated honorific: "M. Le Maire", "Dr. Martin"
                Some(Kind::Punct('.'))
                    if k > a
                        && matches!(self.w.lw(k - 1), "m" | "mm" | "dr" | "pr" | "mgr" | "st")
                        && self.w.is_cap(k + 1) =>
                {
                    k += 1;
                }
                // a word in scare quotes inside a title before the name: "le chef de file des
                // « marcheurs » Gilles Le Gendre"
                Some(Kind::Mark(_)) if k > a => {
                    let close = (k + 2..(k + 5).min(limit))
                        .find(|&j| matches!(self.w.kind(j), Some(Kind::Mark(_))));
                    match close {
                        Some(c)
                            if (k + 1..c).all(|j| self.w.is_word(j) && !self.w.is_cap(j))
                                && self.w.is_cap(c + 1) =>
                        {
                            n += c - k;
                            k = c + 1;
                        }
                        _ => return k,
                    }
                }
                // "M. Tedros", "Dr. House": the period of a title abbreviation
                Some(Kind::Punct('.'))
                    if k > a
                        && !self.w.space_before(k)
                        && matches!(
                            self.w.lw(k - 1),
                            "m" | "mm" | "mme" | "dr" | "pr" | "me" | "mgr" | "mr" | "mrs" | "ms"
                        )
                        && self.w.is_cap(k + 1) =>
                {
                    k += 1;
                }
                _ => return k,
            }
        }
        k
    }

    /// Analyses the words [a, b) designating a speaker.
    fn analyse_np(&self, mut a: usize, mut b: usize) -> SpkRef {
        while a < b && matches!(self.w.kind(a), Some(Kind::Mark(_) | Kind::Punct(_))) {
            a += 1;
        }
        // ("la finaliste de la présidentielle en 2017": a phrase cut before a number does not
        // end with its preposition)
        while b > a + 1
            && matches!(
                self.w.lw(b - 1),
                "en" | "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "la" | "le" | "les" | "l'"
            )
        {
            b -= 1;
        }
        // a phrase taken from after a quotation may start with its cue ("…", a lancé l'élu,
        // après avoir expliqué que …): the subject is what follows the verb
        if a < b && is_in(AUX, self.w.lw(a)) && !self.w.is_cap(a) {
            if let Some(cue) = self
                .cue_at(a)
                .filter(|q| q.inv_pronoun.is_none() && q.b < b)
            {
                a = cue.b;
            }
        }
        if a >= b {
            return SpkRef::None;
        }
        // an adverbial taken for a subject ("Après avoir quitté …", "Jusqu'ici") names
        // nobody new: the current speaker goes on; a
        // subordinator opens its clause's subject ("Si les démocrates ont évoqué …")
        let preposition = matches!(self.w.lw(a), "après" | "avant" | "jusqu'");
        // ("Gilles Le Gendre, 62 ans": an age is no one)
        let age = self.w.kind(a) == Some(Kind::Num) && matches!(self.w.lw(a + 1), "ans" | "an");
        if preposition || age {
            return SpkRef::Current;
        }
        if matches!(
            self.w.lw(a),
            "si" | "quand" | "lorsque" | "lorsqu'" | "puisque" | "puisqu'"
        ) && a + 1 < b
        {
            return self.analyse_np(a + 1, b);
        }
        // "C'est elle qui a appelé à …": a cleft's subject is what stands after "c'est";
        // "Cela veut dire que …" has no speaker
        let cleft = matches!(self.w.lw(a + 1), "est" | "était" | "sont" | "fut");
        if matches!(self.w.lw(a), "c'" | "cela" | "ça" | "ceci") || (self.w.lw(a) == "ce" && cleft)
        {
            let qui = (a + 3..self.w.len().min(a + 10)).find(|&j| self.w.lw(j) == "qui");
            return match qui {
                Some(q) if cleft && q <= b.max(a + 10) => self.analyse_np(a + 2, q),
                _ => SpkRef::None,
            };
        }
        // "a assuré celui qui a remporté cinq Oscars": a person already met, like a pronoun
        if matches!(self.w.lw(a), "celui" | "celle") && self.w.lw(a + 1) == "qui" {
            return SpkRef::Pronoun(Some(self.w.lw(a) == "celle"));
        }
        // "ce dernier", "cette dernière": the person mentioned last (not the current speaker)
        if b == a + 2
            && matches!(self.w.lw(a), "ce" | "cette")
            && matches!(self.w.lw(a + 1), "dernier" | "dernière")
        {
            return SpkRef::Latest(Some(self.w.lw(a) == "cette"));
        }
        let span = self.w.span(a, b);
        // the mentions inside the span (layer items are sorted by start)
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        let inside = self.mentions.get(from..to.max(from)).unwrap_or(&[]);
        // 0. "le vice-président du RN Jordan Bardella" tagged as one organisation
        for m in inside {
            if m.span.start >= span.start && m.span.end <= span.end && m.label != EntityType::PER {
                if let (Some(s), Some(e)) =
                    (self.word_at(m.span.start), self.word_end_at(m.span.end))
                {
                    if let Some((ps, pe)) = self.acronym_split(s, e) {
                        return SpkRef::Name {
                            s: ps,
                            e: pe,
                            kind: SpeakerKind::Person,
                            entity: None,
                        };
                    }
                }
            }
        }
        // 1. NER mentions
        let mut best: Option<(&Mention, u8)> = None;
        for m in inside {
            if m.span.start >= span.start && m.span.end <= span.end {
                let rank = match m.label {
                    EntityType::PER => 0,
                    EntityType::ORG => 1,
                    EntityType::LOC => 2,
                    EntityType::MISC => 9,
                };
                // a LOC/ORG after "de" is a complement ("habitant d'Alep")
                let mi = self.word_at(m.span.start);
                let prep = |p: usize| {
                    matches!(
                        self.w.lw(p),
                        "de" | "d'"
                            | "du"
                            | "des"
                            | "à"
                            | "au"
                            | "aux"
                            | "sur"
                            | "dans"
                            | "pour"
                            | "par"
                            | "chez"
                            | "avec"
                            | "en"
                            | "contre"
                            | "vers"
                            | "devant"
                            | "via"
                            | "depuis"
                    )
                };
                // "habitant d'Alep", "président de la République"
                let after_de = mi.and_then(|i| i.checked_sub(1)).is_some_and(|p| {
                    p >= a
                        && (prep(p)
                            || (matches!(self.w.lw(p), "la" | "l'" | "le" | "les")
                                && p > a
                                && prep(p - 1)))
                });
                // "l'ex-présidente de la fondation Hulot", "le président de la région X": a
                // name inside the complement of a described head is not the speaker
                let in_complement = rank > 0
                    && mi.is_some_and(|i| {
                        i > a + 1
                            && is_det(self.w.lw(a))
                            && !self.w.is_cap(a + 1)
                            && (a + 2..i)
                                .any(|j| matches!(self.w.lw(j), "de" | "d'" | "du" | "des"))
                            && !(a..i).any(|j| self.w.is_punct(j, ','))
                    });
                // a PER mention must be a name: "ministre de la Santé" is not one
                // "le PDG" tagged as an organisation
                let bad_org = rank > 0 && mi.is_some_and(|i| is_in(TITLES, self.w.lw(i)));
                let bad_per = bad_org
                    || rank == 0
                        && mi.is_none_or(|i| !self.w.is_cap(i) || is_in(TITLES, self.w.lw(i)));
                let quoted = mi.is_some_and(|i| self.inside_quote(i) && !self.inside_quote(a));
                // "les chiffres du ministère de l'Intérieur Jean-Luc Mélenchon était …" (a
                // missing period): a person after an organisation named in full is not it
                let after_named_org = rank == 0
                    && mi.is_some_and(|i| {
                        (a..i).any(|h| {
                            is_in(ORG_HEADS, self.w.lw(h))
                                && matches!(self.w.lw(h + 1), "de" | "d'" | "du" | "des")
                                && (h + 2..i).any(|j| self.w.is_cap(j))
                        }) && !(a..i).any(|j| is_in(TITLES, self.w.lw(j)))
                    });
                // "une Lilloise", "un Français": a demonym, not an organisation
                let demonym = rank > 0
                    && mi.is_some_and(|i| i > 0 && matches!(self.w.lw(i - 1), "un" | "une"))
                    && m.span.end.saturating_sub(m.span.start) > 0
                    && self.word_end_at(m.span.end) == mi.map(|i| i + 1);
                // "le député LR", "la maire PS": a party label after a title, not the speaker
                let party_label = rank > 0
                    && mi.is_some_and(|i| {
                        i > a
                            && (is_in(TITLES, self.w.lw(i - 1))
                                || is_in(ANON_HEADS, self.w.lw(i - 1)))
                            && self.word_end_at(m.span.end) == Some(i + 1)
                            && self.w.tx(i).chars().count() <= 5
                    });
                if rank < 9
                    && !quoted
                    && !party_label
                    && !after_named_org
                    && !demonym
                    && !after_de
                    && !in_complement
                    && !bad_per
                    && best.is_none_or(|(_, r)| rank < r)
                {
                    best = Some((m, rank));
                }
            }
        }
        if let Some((m, rank)) = best {
            if let (Some(s), Some(e)) = (self.word_at(m.span.start), self.word_end_at(m.span.end)) {
                // "le quotidien flamand Het Laatste Nieuws": a name after an organisation head
                let org_head = s > a
                    && is_det(self.w.lw(a))
                    && (a + 1..s).any(|j| is_in(ORG_HEADS, self.w.lw(j)))
                    && !(a + 1..s).any(|j| is_in(TITLES, self.w.lw(j)));
                let (s, e) = if rank == 0 {
                    self.trim_person(s, e)
                } else {
                    (s, e)
                };
                return SpkRef::Name {
                    s,
                    e,
                    kind: if rank == 0 && !org_head {
                        SpeakerKind::Person
                    } else {
                        SpeakerKind::Organisation
                    },
                    entity: Some(m.entity),
                };
            }
        }
        // 2. capitalized names (fallback when there is no NER layer, or it missed)
        if let Some((s, e)) = self.name_run(a, b).filter(|&(s, e)| {
            // "une Lilloise": a demonym
            !(e == s + 1 && s > a && matches!(self.w.lw(s - 1), "un" | "une")) &&
            // "le député LR": a party label after a title
            !(e == s + 1
                && s > a
                && (is_in(TITLES, self.w.lw(s - 1)) || is_in(ANON_HEADS, self.w.lw(s - 1)))
                && self.w.tx(s).chars().count() <= 5
                && self.w.tx(s).chars().all(|c| c.is_uppercase())) &&
            // "Tout", "Autre", "Signe" opening a sentence: with an NER layer, one capitalized
            // word at a sentence start that it did not tag is a common word
            !(e == s + 1
                && !self.mentions.is_empty()
                && self.opens_its_sentence(s)
                && self.mention_starting_at(s).is_none()) &&
            // "l'ex-présidente de la fondation Hulot": the name is a complement of the head
            !(s > a + 2
                && is_det(self.w.lw(a))
                && self.w.is_word(a + 1)
                && !self.w.is_cap(a + 1)
                && !self.w.is_cap(s - 1)
                && (a + 2..s).any(|j| matches!(self.w.lw(j), "de" | "d'" | "du" | "des"))
                && !(a..s).any(|j| self.w.is_punct(j, ',')))
        }) {
            {
                let single = e - s == 1;
                let kind = if !single
                    || self.persons.iter().any(|p| p.surname == self.w.lw(s))
                    || (s > a && is_in(TITLES, self.w.lw(s - 1)))
                {
                    SpeakerKind::Person
                } else {
                    SpeakerKind::Organisation
                };
                return SpkRef::Name {
                    s,
                    e,
                    kind,
                    entity: None,
                };
            }
        }
        // 3. pronouns, possessives, descriptions
        let first = self.w.lw(a);
        if b == a + 1 || matches!(first, "il" | "elle" | "ils" | "elles") {
            if let Some(g) = pronoun(first) {
                return SpkRef::Pronoun(g);
            }
        }
        if is_in(POSSESSIVE, first) {
            return SpkRef::Current;
        }
        let mut k = a;
        let mut det = "";
        if self.w.kind(a) == Some(Kind::Num) {
            // "57% des sondés", "48%"
            k += 1;
            while k < b && !self.w.is_word(k) {
                k += 1;
            }
            if k >= b {
                return SpkRef::Desc {
                    s: a,
                    e: b,
                    head: "%".into(),
                    indefinite: true,
                    fem: None,
                };
            }
            let f = self.w.lw(k);
            if matches!(f, "des" | "de" | "d'") {
                det = "des";
                k += 1;
            }
        } else if is_det(first) || first == "d'" || first == "de" {
            det = first;
            k += 1;
            if (first == "d'" || first == "de") && is_det(self.w.lw(k)) {
                det = self.w.lw(k);
                k += 1;
            }
        }
        if k >= b || !self.w.is_word(k) {
            return SpkRef::None;
        }
        let mut indef_one = false;
        if matches!(self.w.lw(k), "un" | "une")
            && matches!(self.w.lw(k + 1), "des" | "de" | "d'")
            && k + 2 < b
        {
            k += 2; // "l'un des passagers"
            indef_one = true;
        }
        while k + 1 < b && is_in(PRE_ADJ, self.w.lw(k)) && self.w.is_word(k + 1) {
            k += 1;
        }
        let head = self.w.lw(k);
        // "l'ex-présidente", "l'ancien ministre": the head is the role
        let head = head.strip_prefix("ex-").unwrap_or(head).to_string();
        // description ends at a comma inside the phrase
        let mut e = k + 1;
        while e < b && (self.w.is_word(e) || self.w.is_punct(e, '(')) {
            e += 1;
        }
        let e = e.min(b);
        SpkRef::Desc {
            s: a,
            e,
            indefinite: indef_one || is_in(INDEF, det) || det.is_empty() && head.ends_with('s'),
            fem: desc_gender(det, &head),
            head,
        }
    }

    /// The best person-like capitalized run inside [a, b).
    fn name_run(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize, i32)> = None;
        let mut i = a;
        while i < b {
            if !self.w.is_cap(i) {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            while e < b {
                // "… par François Hollande Le leader de …": a capitalized article before a
                // lowercase word opens the next phrase (a missed sentence boundary)
                let article_next =
                    matches!(self.w.lw(e), "le" | "la" | "les" | "l'") && !self.w.is_cap(e + 1);
                if self.w.is_cap(e) && !article_next {
                    e += 1;
                } else if matches!(
                    self.w.lw(e),
                    "de" | "d'"
                        | "ben"
                        | "bin"
                        | "von"
                        | "van"
                        | "der"
                        | "abou"
                        | "abu"
                        | "ibn"
                        | "el"
                        | "al"
                        | "da"
                        | "dos"
                        | "di"
                        | "le"
                ) && self.w.is_cap(e + 1)
                    && e + 1 < b
                    && e - s < 3
                {
                    e += 2;
                } else {
                    break;
                }
            }
            i = e;
            let first = self.w.lw(s);
            // "M. Le Maire", "Mme Le Pen": after an honorific, a capitalized article starts
            // the surname
            let honorific = s > a + 1
                && self.w.is_punct(s - 1, '.')
                && matches!(self.w.lw(s - 2), "m" | "mme" | "mlle")
                || s > a && matches!(self.w.lw(s - 1), "mme" | "mlle");
            if honorific && matches!(first, "le" | "la" | "de" | "du") && e > s + 1 {
                let score = 6;
                if best.is_none_or(|(_, _, bs)| score > bs) {
                    best = Some((s, e, score));
                }
                continue;
            }
            if is_in(TITLES, first) || is_det(first) || is_in(CAP_STOP, first) {
                // "Le", "Selon", a title: the name may start at the next word
                if e > s + 1 {
                    i = s + 1;
                }
                continue;
            }
            if is_in(ORG_WORDS, first) && e - s >= 3 {
                // "Sénat Anna Petrova": the name follows the organisation word
                i = s + 1;
                continue;
            }
            let after_prep = s > a
                && (is_in(PREPS, self.w.lw(s - 1))
                    || (s > a + 1
                        && matches!(self.w.lw(s - 1), "l'" | "la" | "le" | "les")
                        && is_in(PREPS, self.w.lw(s - 2))));
            let org = is_in(ORG_WORDS, first);
            let mut score = (e - s).min(3) as i32 * 2;
            if after_prep {
                score -= 5;
            }
            if org {
                score -= 3;
            }
            if s > a && is_in(TITLES, self.w.lw(s - 1)) {
                score += 3;
            }
            if best.is_none_or(|(_, _, bs)| score > bs) {
                best = Some((s, e, score));
            }
        }
        best.filter(|&(_, _, sc)| sc > -2).map(|(s, e, _)| (s, e))
    }

    /// "RN Jordan Bardella", "CGT Philippe Martinez": an acronym followed by a person's name
    /// (at least two capitalized words) → the name.
    fn acronym_split(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let t = self.w.tx(s);
        let acronym = t.chars().count() >= 2
            && t.chars().all(|c| c.is_uppercase() || c == '-')
            && !is_in(TITLES, self.w.lw(s));
        (acronym
            && e >= s + 3
            && (s + 1..e).all(|k| self.w.is_cap(k) && !is_in(ORG_WORDS, self.w.lw(k)))
            && !self.w.tx(s + 1).chars().all(char::is_uppercase))
        .then_some((s + 1, e))
    }

    /// A PER mention without its leading organisation words ("Justice Agnès Thibault-Lecuivre"
    /// after "du ministère de la").
    fn trim_person(&self, mut s: usize, e: usize) -> (usize, usize) {
        while s + 2 <= e && (is_in(ORG_WORDS, self.w.lw(s)) || is_in(TITLES, self.w.lw(s))) {
            s += 1;
        }
        (s, e)
    }

    /// Is the mention starting at byte `at` a possible antecedent of a subject pronoun (not a
    /// complement: "comme Valérie Pécresse", "contre Emmanuel Macron", "à Jean Dupont")?
    fn salient_at(&self, at: u32) -> bool {
        let Some(i) = self.word_at(at) else {
            return true;
        };
        let mut p = i;
        while p > 0 && is_in(TITLES, self.w.lw(p - 1)) {
            p -= 1;
        }
        if p > 0 && matches!(self.w.lw(p - 1), "la" | "le" | "l'" | "les") {
            p -= 1;
        }
        let sentence_initial_marker = p >= 1
            && matches!(self.w.lw(p - 1), "pour" | "selon")
            && self.sentence_start(p) == p - 1;
        p == 0
            || sentence_initial_marker
            || !(is_in(PREPS, self.w.lw(p - 1)) && self.w.lw(p - 1) != "et"
                || matches!(
                    self.w.lw(p - 1),
                    "comme" | "entre" | "sans" | "envers" | "selon"
                ))
    }

    /// Could a description with this head designate a source (a person, group or
    /// organisation, or a document)? "les faits" cannot.
    fn source_head(&self, h: &str) -> bool {
        self.source_head_ext(h, true)
    }

    /// `loose`: any noun that may name a person by its ending; strict otherwise (the word
    /// lists and the surest person suffixes: -eur, -trice, -iste, -ien, -logue, -aire, -ier).
    fn source_head_ext(&self, h: &str, loose: bool) -> bool {
        let lists = [TITLES, ANON_HEADS, ORG_HEADS, DOC_HEADS, UNNAMED, KIN];
        if lists.iter().any(|l| is_in(l, h)) {
            return true;
        }
        let sg = h
            .strip_suffix('s')
            .or_else(|| h.strip_suffix('x'))
            .unwrap_or(h);
        if lists.iter().any(|l| is_in(l, sg)) {
            return true;
        }
        const STRICT: &[&str] = &[
            "eur", "euse", "trice", "iste", "ien", "ienne", "aire", "ier", "ière", "logue",
        ];
        const LOOSE: &[&str] = &[
            "ant", "ante", "ent", "ente", "ais", "aise", "ois", "oise", "at", "ate", "é", "ée",
            "u", "ue", "ard", "arde", "in", "ine", "ain", "aine", "on", "onne", "e", "er", "ère",
        ];
        // nouns in -ment, -tion, -ure, -age name acts and things, never people ("le
        // lancement", "la candidature"); the lists above hold the exceptions (gouvernement)
        let thing = ["ment", "tion", "sion", "ure", "age", "isme"]
            .iter()
            .any(|suf| sg.ends_with(suf));
        (STRICT.iter().any(|suf| sg.ends_with(suf))
            || loose && !thing && LOOSE.iter().any(|suf| sg.ends_with(suf)))
            && !matches!(
                sg,
                "fait"
                    | "chose"
                    | "information"
                    | "situation"
                    | "question"
                    | "affaire"
                    | "date"
                    | "mesure"
                    | "décision"
                    | "vérité"
                    | "nouvelle"
                    | "idée"
                    | "raison"
                    | "possibilité"
                    | "existence"
                    | "erreur"
                    | "hausse"
                    | "baisse"
                    | "propos"
            )
    }

    /// Is word `k` inside a closed pair of quotation marks?
    fn inside_quote(&self, k: usize) -> bool {
        let i = self.quoted.partition_point(|&(o, _)| o < k);
        i > 0 && self.quoted[i - 1].1 > k
    }

    /// The end (byte) of the NER mention that starts at word `k`, if any.
    /// Is word `x` the first word of its sentence (only marks or punctuation before it)?
    /// Bounded: more than eight tokens before it count as words.
    fn opens_its_sentence(&self, x: usize) -> bool {
        let ss = self.sentence_start(x);
        x - ss.min(x) <= 8 && (ss..x).all(|j| !self.w.is_word(j))
    }

    fn mention_starting_at(&self, k: usize) -> Option<u32> {
        let at = self.w.w[k].s;
        let i = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions
            .get(i)
            .filter(|m| m.span.start == at)
            .map(|m| m.span.end)
    }

    /// The entity of an NER mention covering words [s, e), if any.
    fn mention_entity(&self, s: usize, e: usize) -> Option<u32> {
        let sp = self.w.span(s, e);
        // (mentions are sorted by start: the few starting before the span's end)
        let hi = self.mentions.partition_point(|m| m.span.start < sp.end);
        self.mentions[hi.saturating_sub(8)..hi]
            .iter()
            .find(|m| m.span.overlaps(sp))
            .map(|m| m.entity)
    }

    /// The agent of a passive cue ("Une hypothèse confirmée par la direction du monument,
    /// qui parle de …", "une information démentie vendredi par l'Elysée"): who spoke is
    /// the phrase after "par", whatever the clause's subject. `None` for an active cue ("a
    /// confirmé par la suite", "a annoncé par communiqué").
    /// A passive cue gives the statement to its agent. When the content was read after the
    /// cue, it is the agent and what follows ("une baisse des impôts annoncée par le
    /// gouvernement, le candidat …"): the content is the phrase the participle qualifies
    /// (clarification 33), or there is no statement. False to drop the candidate.
    fn passive_to_agent(&self, c: &mut Cand) -> bool {
        let Some((agent, a, e)) = self.passive_agent(c) else {
            return true;
        };
        let (Some(cue), Some(last)) = (c.cue, e.checked_sub(1)) else {
            return true;
        };
        let agent_end = self.w.w[last].e;
        // (content read from the cue on: it starts at "par" or at the agent)
        if !(cue.end..=self.w.w[a].s).contains(&c.content.start) {
            c.spk = agent;
            return true;
        }
        let se = self.sentence_end(e);
        // "Autre mesure annoncée par le ministre : tous les rassemblements …": the content
        // follows the colon
        let colon = (e..se).find(|&j| self.w.is_punct(j, ':'));
        // "… confirmée par le Journal du dimanche, qui révèle que …": the relative's own
        // statement, after its "que" (a quotation it introduces stays as read)
        let relative = (e..se.min(e + 6))
            .take_while(|&j| self.w.is_word(j) || self.w.is_punct(j, ','))
            .find(|&j| {
                let l = self.w.lw(j);
                let lequel = |x: &str| {
                    ["lequel", "laquel", "lesquel"]
                        .iter()
                        .any(|p| x.starts_with(p))
                };
                matches!(l, "qui" | "dont") || l == "selon" && lequel(self.w.lw(j + 1))
            });
        if let Some(x) = colon.filter(|&x| x + 1 < se) {
            c.content = Span::new(self.w.w[x + 1].s, c.content.end);
        } else if let Some(r) = relative {
            let ce = self.word_end_at(c.content.end).unwrap_or(se);
            let que = |j: usize| {
                matches!(self.w.lw(j), "que" | "qu'")
                    || self.w.lw(j - 1) == "selon" && self.w.lw(j).starts_with('l')
            };
            if let Some(q) = (r + 1..ce.min(r + 8)).find(|&j| que(j)) {
                if q + 1 < ce {
                    c.content = Span::new(self.w.w[q + 1].s, c.content.end);
                }
            }
        } else {
            // the noun phrase the participle follows, found like the antecedent of a relative
            // ("la perspective d'une baisse des impôts annoncée": "une baisse des impôts")
            let v = self.word_at(cue.start).unwrap_or(a);
            let Some(s) = self.antecedent_start(v, self.sentence_start(v)) else {
                return false;
            };
            if s >= v {
                return false;
            }
            c.content = Span::new(self.w.w[s].s, self.w.w[v - 1].e);
            c.kind = QuoteKind::Indirect;
            c.span = c.content.cover(Span::new(cue.start, agent_end));
        }
        c.spk = agent;
        true
    }

    fn passive_agent(&self, c: &Cand) -> Option<(SpkRef, usize, usize)> {
        let cue = c.cue?;
        let v = self.word_at(cue.start)?;
        if self.word_end_at(cue.end)? != v + 1 || !is_participle(self.w.lw(v)) {
            return None;
        }
        let active_aux = |l: &str| {
            matches!(
                l,
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "aurait"
                    | "auraient"
                    | "aura"
                    | "auront"
                    | "eut"
                    | "ai"
                    | "avons"
                    | "avez"
                    | "avoir"
                    | "ayant"
            )
        };
        if v > 0 && active_aux(self.w.lw(v - 1)) {
            return None;
        }
        let se = self.sentence_end(v);
        let mut p = v + 1;
        // (ADVERBS holds "par" for "par ailleurs")
        while p < se && p < v + 3 && self.w.lw(p) != "par" && is_in(ADVERBS, self.w.lw(p)) {
            p += 1;
        }
        if self.w.lw(p) != "par" {
            return None;
        }
        let a = p + 1;
        // means, not agents: "par la suite", "par voie de presse", "par écrit"
        let means = matches!(
            self.w.lw(a),
            "ailleurs"
                | "écrit"
                | "téléphone"
                | "communiqué"
                | "courrier"
                | "mail"
                | "e-mail"
                | "sms"
                | "voie"
                | "vidéo"
                | "visioconférence"
                | "message"
                | "lettre"
        ) || matches!(
            self.w.lw(a + 1),
            "suite" | "voie" | "biais" | "intermédiaire"
        );
        if means {
            return None;
        }
        let e = self.np_end(a, se);
        if e <= a {
            return None;
        }
        let r = self.analyse_np(a, e);
        match &r {
            SpkRef::Name { .. } | SpkRef::Latest(_) => Some((r, a, e)),
            SpkRef::Desc { head, .. }
                if is_in(ORG_HEADS, head) || is_in(ANON_HEADS, head) || is_in(TITLES, head) =>
            {
                Some((r, a, e))
            }
            _ => None,
        }
    }

    fn word_at(&self, byte: u32) -> Option<usize> {
        let i = self.w.w.partition_point(|w| w.s < byte);
        (i < self.w.len() && self.w.w[i].s == byte).then_some(i)
    }

    fn word_end_at(&self, byte: u32) -> Option<usize> {
        let i = self.w.w.partition_point(|w| w.e < byte);
        (i < self.w.len() && self.w.w[i].e == byte).then_some(i + 1)
    }

    // ------------------------------------------------------------ persons and roles

    fn collect_persons(&self) -> Vec<Person> {
        let mut runs: Vec<(usize, usize, Option<u32>)> = Vec::new();
        if self.mentions.is_empty() {
            for &(a, b) in &self.w.sents {
                let mut i = a;
                while i < b {
                    if !self.w.is_cap(i) {
                        i += 1;
                        continue;
                    }
                    let s = i;
                    let mut e = i + 1;
                    while e < b
                        && (self.w.is_cap(e)
                            || (matches!(
                                self.w.lw(e),
                                "de" | "ben" | "bin" | "von" | "van" | "el" | "al" | "abou"
                            ) && self.w.is_cap(e + 1)))
                    {
                        e += if self.w.is_cap(e) { 1 } else { 2 };
                    }
                    i = e.max(s + 1);
                    let mut s2 = s;
                    while s2 < e
                        && (is_in(TITLES, self.w.lw(s2))
                            || is_det(self.w.lw(s2))
                            || is_in(CAP_STOP, self.w.lw(s2))
                            || matches!(self.w.lw(s2), "selon" | "et" | "mais" | "pour" | "quant"))
                    {
                        s2 += 1;
                    }
                    if is_in(ORG_WORDS, self.w.lw(s2)) && e - s2 >= 3 && self.w.is_cap(s2 + 1) {
                        s2 += 1;
                    }
                    let titled = s2 > 0
                        && (matches!(
                            self.w.lw(s2 - 1),
                            "m" | "mme" | "mlle" | "dr" | "pr" | "me" | "mgr" | "m."
                        ) || (s2 > 1
                            && self.w.is_punct(s2 - 1, '.')
                            && matches!(self.w.lw(s2 - 2), "m" | "mme" | "dr" | "pr" | "mgr")));
                    if e <= s2 || (e - s2 < 2 && !titled) || is_in(ORG_WORDS, self.w.lw(s2)) {
                        continue;
                    }
                    if s2 > 0
                        && is_in(PREPS, self.w.lw(s2 - 1))
                        && !is_in(TITLES, self.w.lw(s2 - 1))
                    {
                        continue;
                    }
                    if (s2..e).any(|k| is_in(ORG_WORDS, self.w.lw(k)) && self.w.lw(k) != "haute") {
                        continue;
                    }
                    runs.push((s2, e, None));
                }
            }
        } else {
            for m in self.mentions {
                if m.label != EntityType::PER {
                    if let (Some(s), Some(e)) =
                        (self.word_at(m.span.start), self.word_end_at(m.span.end))
                    {
                        if let Some((ps, pe)) = self.acronym_split(s, e) {
                            runs.push((ps, pe, None));
                        } else if self.first_name_led(s, e) {
                            runs.push((s, e, Some(m.entity)));
                        }
                    }
                    continue;
                }
                if m.label == EntityType::PER {
                    if let (Some(s), Some(e)) =
                        (self.word_at(m.span.start), self.word_end_at(m.span.end))
                    {
                        if !self.w.is_cap(s) || is_in(TITLES, self.w.lw(s)) {
                            continue; // "ministre de la Santé"
                        }
                        // a sigle alone ("le référendum d'initiative citoyenne, ou RIC"): French
                        // news writes people's names in mixed case, acronyms in capitals
                        if e == s + 1 && self.is_sigle(s) {
                            continue;
                        }
                        let (s, e) = self.trim_person(s, e);
                        runs.push((s, e, Some(m.entity)));
                    }
                }
            }
            runs.extend(self.honorific_names());
            runs.sort_by_key(|r| r.0);
        }
        let mut persons: Vec<Person> = Vec::new();
        let mut things: Vec<String> = Vec::new();
        for (s, e, entity) in runs {
            // names inside quotation marks are what was said, not who is speaking
            if self.inside_quote(s) {
                continue;
            }
            // an outlet tagged as a person ("Le Figaro"), a storm or a ship ("le typhon
            // Haishen") is nobody
            // (and so are its later mentions alone: "le compteur Linky … Linky")
            let text = &self.w.text[self.w.span(s, e).range()];
            let outlet = crate::media::names_outlet(text);
            // (one adjective may stand between: "le compteur électrique Linky")
            let thing = (s > 0 && is_in(THING_HEADS, self.w.lw(s - 1)))
                || (s > 1
                    && is_in(THING_HEADS, self.w.lw(s - 2))
                    && self.w.is_word(s - 1)
                    && !self.w.is_cap(s - 1));
            if thing {
                things.push(text.to_string());
            }
            if outlet || thing || things.iter().any(|t| t == text) {
                continue;
            }
            let name = self.w.text[self.w.span(s, e).range()].to_string();
            let surname = self.w.lw(e - 1).to_string();
            let (mut roles, mut fem) = (Vec::new(), None);
            if let Some((r, g)) = self.role_before(s) {
                roles.push(r);
                fem = fem.or(g);
            }
            if let Some(r) = self.role_after(e) {
                roles.push(r);
            }
            if fem.is_none() {
                fem = self.honorific_gender(s);
            }
            if fem.is_none() && s > 1 && self.w.is_punct(s - 1, ',') {
                // "La députée de Haute-Gironde, Véronique Hammerer"
                if let Some((r, g)) = self.role_before(s - 1) {
                    roles.push(r);
                    fem = g;
                }
            }
            if fem.is_none() {
                fem = first_name_gender(self.w.lw(s));
            }
            if let Some(p) = persons
                .iter_mut()
                .find(|p| p.name == name || (e - s == 1 && p.surname == surname))
            {
                for r in roles {
                    if !p.roles.contains(&r) {
                        p.roles.push(r);
                    }
                }
                p.fem = p.fem.or(fem);
                p.entity = p.entity.or(entity);
                p.at.push(self.w.w[s].s);
                continue;
            }
            persons.push(Person {
                name,
                surname,
                span: self.w.span(s, e),
                fem,
                roles,
                entity,
                at: self.w.w.get(s).map(|w| w.s).into_iter().collect(),
            });
        }
        // a surname met before the full name ("a déclaré M. Darmanin" … "Gérald Darmanin est
        // accusé"): one person, named by the full name
        let mut i = 0;
        while i < persons.len() {
            let single = !persons[i].name.contains([' ', '\u{a0}']);
            let full = single
                .then(|| {
                    persons.iter().position(|q| {
                        q.name != persons[i].name
                            && q.surname == persons[i].surname
                            && q.name.contains(' ')
                    })
                })
                .flatten();
            match full {
                Some(j) => {
                    let short = persons.remove(i);
                    let j = if j > i { j - 1 } else { j };
                    let p = &mut persons[j];
                    p.fem = p.fem.or(short.fem);
                    p.entity = p.entity.or(short.entity);
                    p.roles.extend(short.roles);
                    p.at.extend(short.at);
                    p.at.sort_unstable();
                }
                None => i += 1,
            }
        }
        // later mentions by surname alone ("Mme Hammerer")
        if self.mentions.is_empty() && !persons.is_empty() {
            let by_surname: HashMap<String, usize> = persons
                .iter()
                .enumerate()
                .map(|(i, p)| (p.surname.clone(), i))
                .collect();
            for i in 0..self.w.len() {
                if self.w.is_cap(i) && !self.w.is_cap(i + 1) {
                    if let Some(&pi) = by_surname.get(self.w.lw(i)) {
                        let at = self.w.w[i].s;
                        if !persons[pi].at.contains(&at) {
                            persons[pi].at.push(at);
                        }
                        if persons[pi].fem.is_none() {
                            persons[pi].fem = self.honorific_gender(i);
                        }
                    }
                }
            }
        }
        persons
    }

    /// Names after an honorific that the NER layer left untagged ("M. Bas a écrit", where
    /// "bas" is also a word): words [s, e) with no entity.
    fn honorific_names(&self) -> Vec<(usize, usize, Option<u32>)> {
        let mut out = Vec::new();
        for i in 0..self.w.len() {
            if !self.w.is_cap(i) || !matches!(self.w.lw(i), "m" | "mme" | "mlle" | "dr" | "me") {
                continue;
            }
            let s = if self.w.is_punct(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            if !self.w.is_cap(s) || is_in(TITLES, self.w.lw(s)) || self.inside_quote(s) {
                continue;
            }
            let at = self.w.w[s].s;
            // (mentions are sorted by start and do not overlap: the one ending after `at`)
            let i = self.mentions.partition_point(|m| m.span.end <= at);
            let tagged = self
                .mentions
                .get(i)
                .is_some_and(|m| m.label == EntityType::PER && m.span.start <= at);
            if tagged {
                continue;
            }
            let mut e = s + 1;
            while e < self.w.len()
                && self.w.is_cap(e)
                && self.w.sent_of.get(e) == self.w.sent_of.get(s)
            {
                e += 1;
            }
            out.push((s, e, None));
        }
        out
    }

    /// A word written entirely in capitals, 2 to 6 letters ("RIC", "CGT").
    fn is_sigle(&self, k: usize) -> bool {
        let t = self.w.tx(k);
        let n = t.chars().count();
        (2..=6).contains(&n) && t.chars().all(|c| c.is_uppercase())
    }

    /// Is the mention starting at byte `at` the subject of its sentence: first in the
    /// sentence after determiners, titles and an introductory adverbial closed by a comma
    /// ("Laurent Wauquiez a été élu", "Lundi, le président Emmanuel Macron a …")?
    fn subject_at(&self, at: u32) -> bool {
        let Some(i) = self.word_at(at) else {
            return false;
        };
        let Some(&si) = self.w.sent_of.get(i) else {
            return false;
        };
        let Some(&(a, _)) = self.w.sents.get(si as usize) else {
            return false;
        };
        // after the last comma before the mention, if the sentence opens with an adverbial
        let mut start = a;
        for k in (a..i).rev() {
            if self.w.is_punct(k, ',') {
                start = k + 1;
                break;
            }
        }
        (start..i).all(|k| {
            let l = self.w.lw(k);
            is_det(l) || is_in(TITLES, l) || is_in(PRE_ADJ, l) || self.w.is_punct(k, '.')
        }) && !self.w.is_punct(self.w_end_of_mention(i), '?')
    }

    /// Does the mention at byte `at` open a subordinate clause ("juge que Paul Durand sera
    /// …")? Its subject is what is reported, not who reports it.
    fn after_que(&self, at: u32) -> bool {
        self.word_at(at)
            .and_then(|i| i.checked_sub(1))
            .is_some_and(|p| matches!(self.w.lw(p), "que" | "qu'"))
    }

    /// Is the mention at byte `at` a subject, before its verb or inverted after a speech verb
    /// ("a averti M. Tedros")?
    fn announced_at(&self, at: u32) -> bool {
        if self.subject_at(at) {
            return true;
        }
        let Some(mut p) = self.word_at(at) else {
            return false;
        };
        while p > 0
            && (self.w.is_punct(p - 1, '.')
                || matches!(self.w.lw(p - 1), "m" | "mme" | "mgr" | "dr")
                || is_in(TITLES, self.w.lw(p - 1))
                || is_det(self.w.lw(p - 1)))
        {
            p -= 1;
        }
        p > 0 && self.lex.lookup(self.w.lw(p - 1)).is_some()
    }

    /// The first word after the capitalized run starting at `i`.
    fn w_end_of_mention(&self, i: usize) -> usize {
        let mut e = i;
        while e < self.w.len() && (self.w.is_cap(e) || matches!(self.w.lw(e), "de" | "le" | "la")) {
            // an article before a lowercase word opens the next phrase ("Hollande Le leader")
            if e > i && matches!(self.w.lw(e), "le" | "la") && !self.w.is_cap(e + 1) {
                break;
            }
            e += 1;
        }
        e
    }

    /// The gender given by an honorific just before word `s` ("Mme Hammerer", "M. Darmanin",
    /// the period of "M." being a word of its own or not).
    fn honorific_gender(&self, s: usize) -> Option<bool> {
        let h = match s.checked_sub(1) {
            Some(p) if self.w.is_punct(p, '.') => p.checked_sub(1)?,
            Some(p) => p,
            None => return None,
        };
        match self.w.lw(h) {
            "mme" | "mmes" | "mlle" | "madame" => Some(true),
            "m." | "m" | "monsieur" | "mm" => Some(false),
            _ => None,
        }
    }

    /// "la présidente du Conseil de Fédération (…) Valentina Matvienko" → role, gender.
    fn role_before(&self, s: usize) -> Option<(String, Option<bool>)> {
        // "l'ex-ministre de François Hollande", "la femme de Nicolas Sarkozy", "le député
        // face à Jean-Jacques Bourdin": the name is a complement, not the role's holder
        if s > 0 && (matches!(self.w.lw(s - 1), "de" | "d'") || is_in(PREPS, self.w.lw(s - 1))) {
            return None;
        }
        let sent_start = self.w.sents.get(*self.w.sent_of.get(s)? as usize)?.0;
        let mut k = s;
        let mut steps = 0;
        let mut det_at = None;
        while k > sent_start && steps < 25 {
            let p = k - 1;
            match self.w.kind(p) {
                Some(Kind::Punct(')')) => {
                    let mut j = p;
                    while j > sent_start && !self.w.is_punct(j, '(') && p - j < 15 {
                        j -= 1;
                    }
                    if !self.w.is_punct(j, '(') {
                        break;
                    }
                    k = j;
                }
                Some(Kind::Word) => {
                    let l = self.w.lw(p);
                    if is_det(l) && !is_in(POSSESSIVE, l) && !matches!(l, "du" | "des") {
                        let before = p.checked_sub(1).map(|q| self.w.lw(q)).unwrap_or("");
                        if is_in(PREPS, before) || matches!(before, "et") {
                            k = p;
                        } else {
                            det_at = Some(p);
                            break;
                        }
                    } else if self.lex.lookup(l).is_some() && !is_in(TITLES, l)
                        || is_in(AUX, l)
                        || matches!(
                            l,
                            "que" | "qu'" | "qui" | "dont" | "où" | "quand" | "lorsque"
                        )
                    {
                        // (a verb or a clause boundary: "Le député juge que Paul Durand …")
                        break;
                    } else {
                        k = p;
                    }
                }
                _ => break,
            }
            steps += 1;
        }
        let d = det_at?;
        if d + 1 >= s {
            return None;
        }
        let mut h = d + 1;
        while h + 1 < s && is_in(PRE_ADJ, self.w.lw(h)) {
            h += 1;
        }
        let head = self.w.lw(h);
        // "sous le coup de la surprise, Claudia B.": no role
        if !self.source_head_ext(head.strip_prefix("ex-").unwrap_or(head), false) {
            return None;
        }
        let role = self.norm_words(d + 1, s);
        Some((role, desc_gender(self.w.lw(d), head)))
    }

    /// "Taleb Ibrahim, directeur adjoint de l'Institut …" → role.
    fn role_after(&self, e: usize) -> Option<String> {
        if !self.w.is_punct(e, ',') {
            return None;
        }
        let mut a = e + 1;
        if matches!(self.w.lw(a), "le" | "la" | "l'") {
            a += 1;
        }
        if !self.w.is_word(a)
            || self.w.is_cap(a)
            || self.lex.lookup(self.w.lw(a)).is_some()
            || is_in(AUX, self.w.lw(a))
            || is_in(NP_STOP, self.w.lw(a))
        {
            return None;
        }
        let mut b = a;
        while b < self.w.len()
            && b < a + 15
            && (self.w.is_word(b) || self.w.kind(b) == Some(Kind::Num))
        {
            if b > a && (is_in(NP_STOP, self.w.lw(b)) || is_in(AUX, self.w.lw(b))) {
                break;
            }
            b += 1;
        }
        Some(self.norm_words(a, b))
    }

    fn norm_words(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for k in a..b {
            if self.w.is_word(k) {
                if !s.is_empty() && !s.ends_with('\'') {
                    s.push(' ');
                }
                s.push_str(self.w.lw(k));
            }
        }
        s
    }

    // ------------------------------------------------------------ direct quotes

    /// Pairs quotation marks into quoted segments: (open word, close word or None, content word range).
    fn pair_marks(&self) -> Vec<(usize, Option<usize>, usize, usize)> {
        let n = self.w.len();
        let mut out = Vec::new();
        // (family, open index, nested depth)
        let mut open: Option<(u8, usize)> = None;
        let mut nested: Vec<u8> = Vec::new();
        for i in 0..n {
            let Some(Kind::Mark(c)) = self.w.kind(i) else {
                // paragraph break inside an open quote: close it there
                if let Some((_, o)) = open {
                    if self.w.newline_before(i) || i - o > MAX_UNCLOSED_WORDS {
                        let end = self.recover_end(o, i);
                        out.push((o, None, o + 1, end));
                        open = None;
                        nested.clear();
                    }
                }
                continue;
            };
            let fam = family(c);
            let role = self.mark_role(i, c);
            match open {
                None => {
                    if role != Role::Close {
                        open = Some((fam, i));
                    }
                }
                Some((f, o)) if f != fam => {
                    // a mark of another family inside the quote: nested, track its pairing
                    if nested.last() == Some(&fam) && role != Role::Open {
                        nested.pop();
                    } else if role != Role::Close {
                        nested.push(fam);
                    }
                    let _ = o;
                }
                Some((_, o)) => {
                    if role == Role::Open {
                        // a definite opener while a quote is open: the first never closed
                        let end = self.recover_end(o, i);
                        out.push((o, None, o + 1, end));
                        open = Some((fam, i));
                        nested.clear();
                    } else {
                        out.push((o, Some(i), o + 1, i));
                        open = None;
                        nested.clear();
                    }
                }
            }
        }
        if let Some((_, o)) = open {
            let end = self.recover_end(o, n);
            out.push((o, None, o + 1, end));
        }
        out
    }

    /// Where an unclosed quotation opened at `o` ends, given the next structural limit:
    /// the last sentence end before the limit (or the end of the opener's sentence when the
    /// limit is far).
    fn recover_end(&self, o: usize, limit: usize) -> usize {
        let so = self.w.sent_of.get(o).copied().unwrap_or(0) as usize;
        let mut best = None;
        let mut k = so;
        while k < self.w.sents.len() {
            let (_, e) = self.w.sents[k];
            if e > limit {
                break;
            }
            best = Some(e);
            k += 1;
        }
        let mut end = best.unwrap_or(limit).max(o + 1).min(limit);
        // drop a trailing dangling mark
        while end > o + 1 && matches!(self.w.kind(end - 1), Some(Kind::Mark(_))) {
            end -= 1;
        }
        end
    }

    fn mark_role(&self, i: usize, c: char) -> Role {
        match c {
            '«' | '“' | '‹' | '„' => Role::Open,
            '»' | '”' | '›' => Role::Close,
            _ => {
                let prev = i.checked_sub(1).and_then(|p| self.w.kind(p));
                if prev == Some(Kind::Punct(':')) {
                    return Role::Open;
                }
                let ls = self.w.space_before(i)
                    || matches!(prev, Some(Kind::Punct('(')) | Some(Kind::Punct('[')));
                let rs = self.w.space_after(i);
                let next = self.w.kind(i + 1);
                let next_punct = matches!(next, Some(Kind::Punct(c)) if ",.;:!?)]…".contains(c))
                    || next.is_none();
                if next_punct {
                    Role::Close
                } else if ls && !rs {
                    Role::Open
                } else if !ls && rs {
                    Role::Close
                } else {
                    Role::Either
                }
            }
        }
    }

    /// Cue after a closing mark: ", a déclaré X", ", a-t-il ajouté", ", conclut le directeur".
    fn cue_after(&self, close: usize) -> Option<(Cue, SpkRef)> {
        let mut k = close + 1;
        if self.w.is_punct(k, ',') || self.w.is_punct(k, '-') || self.w.is_punct(k, '–') {
            k += 1;
        }
        while k < close + 5
            && matches!(
                self.w.lw(k),
                "lui" | "leur" | "nous" | "vous" | "me" | "m'" | "l'" | "y" | "en" | "se" | "s'"
            )
        {
            k += 1;
        }
        self.inverted_clause(k)
            .or_else(|| self.loose_inverted(k))
            .or_else(|| {
                // any verb inverted with a subject pronoun right after a quotation attributes it
                // (", tente-t-il de se justifier", ", s'emporte-t-elle")
                let (v, pron) = split_inverted(self.w.lw(k))?;
                let g = pronoun(pron)?;
                (self.w.is_word(k) && !v.is_empty()).then(|| {
                    // ("a-t-il argumenté": the participle carries the verb)
                    let participle = is_in(AUX, v) && self.w.is_word(k + 1);
                    let (b, lemma) = if participle {
                        (k + 2, guess_infinitive(self.w.lw(k + 1)))
                    } else {
                        (k + 1, guess_infinitive(v))
                    };
                    (
                        Cue {
                            a: k,
                            b,
                            lemma,
                            class: VerbClass::Weak,
                            inv_pronoun: Some(g),
                        },
                        SpkRef::Pronoun(g),
                    )
                })
            })
    }

    /// A speech verb right after a quotation whose subject the strict reading of
    /// `inverted_clause` missed ("…", a dit lors d'un point presse commun Yann Bubien): the
    /// first name or source description among the next words of the sentence, else the
    /// current speaker. The quotation is attributed either way.
    fn loose_inverted(&self, k: usize) -> Option<(Cue, SpkRef)> {
        let cue = self.cue_at(k)?;
        if cue.inv_pronoun.is_some()
            || self.w.lw(cue.b - 1).ends_with("ant")
            || matches!(self.w.lw(cue.b), "que" | "qu'")
        {
            return None;
        }
        let se = self.sentence_end(k);
        let limit = se.min(cue.b + 14);
        for p in cue.b..limit {
            if matches!(self.w.kind(p), Some(Kind::Mark(_))) {
                break;
            }
            let l = self.w.lw(p);
            if !(self.w.is_cap(p) || matches!(l, "le" | "la" | "l'" | "les" | "un" | "une")) {
                continue;
            }
            // "aux journalistes présents à Lyon": a name after a preposition, or a place, is
            // a complement
            // (", auprès de l'AFP, une employée": the article after the preposition too)
            let after_prep = p > cue.b
                && (is_in(PREPS, self.w.lw(p - 1))
                    || matches!(self.w.lw(p - 1), "via" | "devant" | "depuis" | "lors")
                    || (p > cue.b + 1
                        && matches!(self.w.lw(p - 1), "l'" | "la" | "le" | "les")
                        && is_in(PREPS, self.w.lw(p - 2))));
            let at = self.w.w[p].s;
            let i = self.mentions.partition_point(|m| m.span.start < at);
            let place = self.mentions[i..]
                .iter()
                .take_while(|m| m.span.start == at)
                .any(|m| m.label == EntityType::LOC);
            if after_prep || place {
                continue;
            }
            let e = self.np_end(p, se);
            if e == p {
                continue;
            }
            match self.analyse_np(p, e) {
                r @ SpkRef::Name { .. } => return Some((cue, r)),
                SpkRef::Desc { ref head, .. }
                    if self.source_head_ext(head, false) || self.profession(p, e) =>
                {
                    return Some((cue, self.analyse_np(p, e)));
                }
                _ => {}
            }
        }
        Some((cue, SpkRef::Current))
    }

    /// "CUE [complements] SUBJECT" starting at word k.
    fn inverted_clause(&self, k: usize) -> Option<(Cue, SpkRef)> {
        let l = self.w.lw(k);
        // ("selon lesquelles" is a relative: see `relative_source`)
        if l == "selon"
            && matches!(
                self.w.lw(k + 1),
                "laquelle" | "lequel" | "lesquels" | "lesquelles"
            )
        {
            return None;
        }
        if l == "selon"
            || l == "d'après"
            || (l == "d'" && self.w.lw(k + 1) == "après")
            || l == "according"
        {
            let a = if l == "d'" || l == "according" {
                k + 2
            } else {
                k + 1
            };
            let limit = self.sentence_end(k);
            let e = self.np_end(a, limit);
            let spk = self.analyse_np(a, e);
            return Some((
                Cue {
                    a: k,
                    b: a,
                    lemma: "selon".into(),
                    class: VerbClass::Strong,
                    inv_pronoun: None,
                },
                spk,
            ));
        }
        let cue = self.cue_at(k)?;
        if self.w.lw(cue.b - 1).ends_with("ant") {
            return None;
        }
        if let Some(g) = cue.inv_pronoun {
            // "a-t-on appris de sources concordantes": the source follows "de"
            if cue.lemma == "apprendre" && matches!(self.w.lw(cue.b), "de" | "d'" | "auprès") {
                let s = if self.w.lw(cue.b) == "auprès" {
                    cue.b + 2
                } else {
                    cue.b + 1
                };
                let limit = self.sentence_end(k);
                let e = self.np_end(s, limit);
                let spk = self.analyse_np(s, e);
                if !matches!(spk, SpkRef::None) {
                    return Some((cue, spk));
                }
            }
            return Some((cue, SpkRef::Pronoun(g)));
        }
        let limit = self.sentence_end(k);
        let mut a = self.skip_complements(cue.b, limit);
        if cue.lemma == "apprendre" {
            // "a appris Sputnik d'une source militaire": the source follows "de"
            let mut j = a;
            while j < limit && j < a + 6 {
                if matches!(self.w.lw(j), "d'" | "de" | "auprès") {
                    let s = if self.w.lw(j) == "auprès" {
                        j + 2
                    } else {
                        j + 1
                    };
                    let e = self.np_end(s, limit);
                    return Some((cue, self.analyse_np(s, e)));
                }
                j += 1;
            }
            return None;
        }
        // the subject must follow right away
        if a >= limit {
            return None;
        }
        if self.w.is_punct(a, ',') {
            a += 1;
        }
        let e = self.np_end(a, limit);
        if e == a {
            return None;
        }
        let f = self.w.lw(a);
        if !(self.w.is_cap(a)
            || is_det(f)
            || pronoun(f).is_some()
            || matches!(f, "d'" | "de" | "celui" | "celle"))
        {
            return None;
        }
        let mut spk = self.analyse_np(a, e);
        // "a expliqué son assistante parlementaire": an unnamed person described by their tie
        if matches!(spk, SpkRef::Current)
            && is_in(POSSESSIVE, self.w.lw(a))
            && self.w.is_word(a + 1)
            && self.source_head(self.w.lw(a + 1))
        {
            spk = SpkRef::Desc {
                s: a,
                e,
                head: self.w.lw(a + 1).to_string(),
                indefinite: true,
                fem: desc_gender(self.w.lw(a), self.w.lw(a + 1)),
            };
        }
        if matches!(spk, SpkRef::None | SpkRef::Current) {
            return None;
        }
        // "a annoncé samedi sa candidature": a possessive phrase whose head names no person
        // is the object, not an inverted subject
        if let SpkRef::Desc { head, .. } = &spk {
            if is_in(POSSESSIVE, self.w.lw(a))
                && !(self.source_head_ext(head, false)
                    || head.ends_with("ant")
                    || head.ends_with("ante"))
            {
                return None;
            }
        }
        // "la nouvelle sous-secrétaire d'Etat …, Lucia Borgonzi, dans …", "l'épouse du
        // journaliste, Phyu Phyu Win": a description with the name in apposition
        if matches!(spk, SpkRef::Desc { .. }) && self.w.is_punct(e, ',') && self.w.is_cap(e + 1) {
            let lim = (e + 6).min(limit);
            if let Some((s, t)) = self.name_run(e + 1, lim) {
                // (after an honorific: "son avocat, Me Raynaud de Lage")
                let titled = s == e + 2 && is_in(TITLES, self.w.lw(e + 1));
                if (s == e + 1 || titled)
                    && t - s >= 2
                    && (t >= limit || matches!(self.w.kind(t), Some(Kind::Punct(_))))
                {
                    spk = SpkRef::Name {
                        s,
                        e: t,
                        kind: SpeakerKind::Person,
                        entity: self.mention_entity(s, t),
                    };
                }
            }
        }
        // ", a reconnu les faits": an object, not an inverted subject
        if let SpkRef::Desc { head, .. } = &spk {
            if !self.source_head(head) {
                return None;
            }
        }
        Some((cue, spk))
    }

    /// Skips "à Sputnik", "aux journalistes", "à l'agence Sputnik", "lundi", "à l'AFP," after a verb.
    fn skip_complements(&self, k: usize, limit: usize) -> usize {
        self.skip_complements_ext(k, limit, false)
    }

    /// `names`: a complement may be a multi-word name ("à Vanity Fair avoir vécu"); only
    /// where no subject follows the verb.
    /// Length in words of a time adverbial starting at `k` ("peu après", "peu de temps
    /// après", "un peu plus tard", "quelques heures plus tard", "dans la foulée").
    fn time_adverbial(&self, k: usize) -> Option<usize> {
        let w = |i: usize| self.w.lw(k + i);
        match (w(0), w(1), w(2), w(3)) {
            // (not "peu avant le vote": the adverb alone, before "que" or a comma)
            ("peu", "après" | "avant", "que" | "qu'" | "", _) => Some(2),
            ("peu", "de", "temps", "après" | "avant") => Some(4),
            ("un", "peu", "plus", "tard") => Some(4),
            ("plus", "tard", _, _) => Some(2),
            ("dans", "la", "foulée", _) => Some(3),
            ("quelques", "heures" | "minutes" | "jours", "plus", "tard") => Some(4),
            _ => None,
        }
    }

    fn skip_complements_ext(&self, mut k: usize, limit: usize, names: bool) -> usize {
        let mut rounds = 0;
        while k < limit && rounds < 5 {
            rounds += 1;
            let l = self.w.lw(k);
            if l == "auprès" && matches!(self.w.lw(k + 1), "de" | "du" | "des" | "d'") {
                // "auprès de Sud Ouest", "auprès du Parisien"
                let mut j = k + 2;
                if matches!(self.w.lw(j), "l'" | "la" | "le" | "les") {
                    j += 1;
                }
                while j < limit && self.w.is_cap(j) {
                    j += 1;
                }
                if j == k + 2 {
                    return k;
                }
                if self.w.is_punct(j, ',') {
                    j += 1;
                }
                k = j;
                continue;
            }
            if l == "sur"
                && (self.w.is_cap(k + 1)
                    || matches!(
                        self.w.lw(k + 1),
                        "twitter" | "facebook" | "instagram" | "franceinfo"
                    ))
            {
                let mut j = k + 1;
                while j < limit && self.w.is_cap(j) {
                    j += 1;
                }
                if j > k + 1 && self.w.kind(j) == Some(Kind::Num) {
                    j += 1; // "sur Europe 1"
                }
                k = j.max(k + 2);
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            if let Some(j) = self.skip_medium(k, limit) {
                k = j;
                continue;
            }
            // "devant le tribunal correctionnel", "devant la presse"
            if l == "devant" && is_det(self.w.lw(k + 1)) {
                let mut j = k + 2;
                while j < limit
                    && j < k + 6
                    && self.w.is_word(j)
                    && !is_infinitive(self.w.lw(j))
                    && !matches!(self.w.lw(j), "que" | "qu'" | "de" | "d'")
                {
                    j += 1;
                }
                k = j;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "peu après", "peu de temps après", "quelques heures plus tard"
            if let Some(n) = self.time_adverbial(k) {
                k += n;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "par la suite"
            if l == "par" && self.w.lw(k + 1) == "la" && self.w.lw(k + 2) == "suite" {
                k += 3;
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            // "à plusieurs reprises", "à maintes reprises", "à nouveau"
            if l == "à" && self.w.lw(k + 2) == "reprises" {
                k += 3;
                continue;
            }
            if matches!(l, "à" | "de") && self.w.lw(k + 1) == "nouveau" {
                k += 2;
                continue;
            }
            // "la semaine dernière", "le mois prochain", "l'an passé"
            // (the article may already be skipped as a clitic)
            let a = usize::from(matches!(l, "la" | "le" | "l'"));
            if matches!(
                self.w.lw(k + a),
                "semaine" | "mois" | "an" | "année" | "week-end"
            ) && matches!(
                self.w.lw(k + a + 1),
                "dernier" | "dernière" | "prochain" | "prochaine" | "passé" | "passée"
            ) {
                k += a + 2;
                continue;
            }
            // "par ailleurs", "de son côté", "pour sa part"
            let two = (l, self.w.lw(k + 1));
            if matches!(
                two,
                ("par", "ailleurs")
                    | ("pour", "sa")
                    | ("de", "son")
                    | ("de", "leur")
                    | ("en", "outre")
            ) {
                let n = if matches!(two, ("pour", "sa") | ("de", "son") | ("de", "leur")) {
                    3
                } else {
                    2
                };
                if n == 2 || matches!(self.w.lw(k + 2), "part" | "côté") {
                    k += n;
                    if self.w.is_punct(k, ',') {
                        k += 1;
                    }
                    continue;
                }
            }
            if matches!(
                l,
                "notamment"
                    | "toutefois"
                    | "cependant"
                    | "néanmoins"
                    | "enfin"
                    | "déjà"
                    | "pourtant"
                    | "d'ailleurs"
                    | "aussitôt"
                    | "immédiatement"
                    | "récemment"
                    | "plus"
                    | "tard"
            ) && k > 0
            {
                k += 1;
                continue;
            }
            if l == "1er" || self.w.kind(k) == Some(Kind::Num) && is_month(self.w.lw(k + 1)) {
                k += 2; // "1er octobre"
                continue;
            }
            if matches!(l, "début" | "fin" | "mi" | "courant" | "en") && is_month(self.w.lw(k + 1))
            {
                k += 2; // "début mai"
                if self.w.is_punct(k, ',') {
                    k += 1;
                }
                continue;
            }
            if matches!(l, "à" | "au" | "aux" | "to") {
                let mut j = k + 1;
                if matches!(self.w.lw(j), "l'" | "la" | "le" | "les") {
                    j += 1;
                }
                if !self.w.is_word(j) {
                    return k;
                }
                let cap = self.w.is_cap(j);
                // "à France Bleu Béarn": a name the NER read as one mention is skipped whole
                let mention_end = cap
                    .then(|| self.mention_starting_at(j))
                    .flatten()
                    .and_then(|end| self.word_end_at(end))
                    .filter(|&e| e > j && e <= limit);
                j += 1;
                if let Some(e) = mention_end {
                    j = j.max(e);
                }
                while names && cap && self.w.is_cap(j) && j < limit {
                    j += 1; // "à Vanity Fair"
                }
                if cap && self.w.kind(j) == Some(Kind::Num) {
                    j += 1; // "à France 3"
                }
                if !cap
                    && self.w.is_cap(j)
                    && !is_det(self.w.lw(j))
                    && self.w.lw(j - 1) != "journalistes"
                {
                    j += 1; // "l'agence Sputnik"
                }
                if self.w.is_punct(j, ',') {
                    j += 1;
                }
                k = j;
            } else if matches!(
                l,
                "ainsi"
                    | "lundi"
                    | "mardi"
                    | "mercredi"
                    | "jeudi"
                    | "vendredi"
                    | "samedi"
                    | "dimanche"
                    | "hier"
                    | "également"
                    | "aussi"
                    | "encore"
                    | "ensuite"
                    | "alors"
                    | "aujourd'hui"
                    | "soir"
                    | "matin"
                    | "dernier"
                    | "on"
            ) {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// The medium or occasion of a statement: "dans un communiqué (de presse)", "lors d'une
    /// conférence de presse", "devant les journalistes", "au micro de France Inter", "dans les
    /// colonnes du Parisien", "en conférence de presse". Returns the word after it (and after
    /// a comma), or `None`.
    fn skip_medium(&self, k: usize, limit: usize) -> Option<usize> {
        const MEDIUM: &[&str] = &[
            "communiqué",
            "entretien",
            "interview",
            "conférence",
            "point",
            "point-presse",
            "tweet",
            "message",
            "lettre",
            "courrier",
            "déclaration",
            "vidéo",
            "publication",
            "tribune",
            "discours",
            "émission",
            "réunion",
            "allocution",
            "audition",
            "presse",
            "journalistes",
            "micro",
            "antenne",
            "plateau",
            "colonnes",
            "pages",
            "note",
            "texte",
            "post",
            "courriel",
            "mail",
            "e-mail",
            "livre",
            "ouvrage",
            "documentaire",
            "podcast",
            "chronique",
            "visioconférence",
            "visio-conférence",
            "téléphone",
            "écrit",
            "sms",
            "séance",
            "débat",
            "meeting",
            "hémicycle",
            "assemblée",
            "sénat",
            "parlementaires",
            "députés",
            "sénateurs",
            "juges",
            "enquêteurs",
            "policiers",
            "médias",
            "caméras",
            "réseaux",
            "statement",
            "interview",
            "press",
            "reporters",
            "journalists",
        ];
        let l = self.w.lw(k);
        let mut j = match l {
            "dans" | "devant" | "via" | "par" | "en" | "in" | "during" => k + 1,
            "lors" | "au" | "à" | "aux" => {
                if l == "lors" && !matches!(self.w.lw(k + 1), "d'" | "de" | "du" | "des") {
                    return None;
                }
                k + 1 + usize::from(l == "lors" && matches!(self.w.lw(k + 1), "d'" | "de"))
            }
            _ => return None,
        };
        if matches!(
            self.w.lw(j),
            "un" | "une"
                | "le"
                | "la"
                | "les"
                | "l'"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "cette"
                | "ce"
        ) {
            j += 1;
        }
        // "lors de la même conférence", "dans un long entretien"
        if is_in(PRE_ADJ, self.w.lw(j)) || matches!(self.w.lw(j), "long" | "bref" | "court") {
            j += 1;
        }
        if !is_in(MEDIUM, self.w.lw(j)) {
            return None;
        }
        j += 1;
        // "dans un communiqué distinct le ministre": an adjective after the medium noun
        if j + 1 < limit
            && self.w.is_word(j)
            && !self.w.is_cap(j)
            && !is_det(self.w.lw(j))
            && !is_in(PREPS, self.w.lw(j))
            && self.lex.lookup(self.w.lw(j)).is_none()
            && !is_infinitive(self.w.lw(j))
            && !matches!(self.w.lw(j), "que" | "qu'")
            && (is_det(self.w.lw(j + 1)) || self.w.is_cap(j + 1))
        {
            j += 1;
        }
        // "de presse", "télévisée", "du Parisien", "de France Inter", "sociaux"
        let mut rounds = 0;
        while j < limit && rounds < 3 {
            rounds += 1;
            let m = self.w.lw(j);
            if matches!(
                m,
                "presse" | "sociaux" | "télévisé" | "télévisée" | "commun" | "commune"
            ) {
                j += 1;
            } else if matches!(m, "de" | "du" | "des" | "d'" | "à" | "au") {
                let mut t = j + 1;
                if matches!(self.w.lw(t), "l'" | "la" | "le" | "les") {
                    t += 1;
                }
                if self.w.lw(t) == "presse" {
                    j = t + 1;
                    continue;
                }
                let s = t;
                while t < limit && self.w.is_cap(t) {
                    t += 1;
                }
                if t > s && self.w.kind(t) == Some(Kind::Num) {
                    t += 1;
                }
                if t == s {
                    break;
                }
                j = t;
            } else {
                break;
            }
        }
        if j > limit {
            return None;
        }
        if self.w.is_punct(j, ',') {
            j += 1;
        }
        Some(j)
    }

    fn sentence_end(&self, k: usize) -> usize {
        self.w
            .sent_of
            .get(k)
            .and_then(|&s| self.w.sents.get(s as usize))
            .map_or(self.w.len(), |&(_, e)| e)
    }

    fn sentence_start(&self, k: usize) -> usize {
        self.w
            .sent_of
            .get(k)
            .and_then(|&s| self.w.sents.get(s as usize))
            .map_or(0, |&(a, _)| a)
    }

    /// Cue before an opening mark: "X a déclaré : « …", "Et d'ajouter: \"…", "Selon lui, « …".
    fn cue_before(&self, open: usize) -> Option<(Cue, SpkRef, bool)> {
        let ss = self.sentence_start(open);
        let mut k = open;
        let colon = k > 0 && self.w.is_punct(k - 1, ':');
        if colon {
            k -= 1;
        }
        // look back for a cue verb within the clause
        let lo = ss.max(k.saturating_sub(14));
        let mut j = k;
        while j > lo {
            j -= 1;
            if matches!(self.w.kind(j), Some(Kind::Mark(_))) {
                break;
            }
            if let Some(cue) = self.cue_at(j) {
                if cue.b > k {
                    continue;
                }
                // the verb must lead to the mark (complements at most)
                let mut rest = self.skip_complements(cue.b, k);
                // "… l'assure, « il n'est pas mort ! »": a comma before the mark
                let comma_gap = rest + 1 == k && self.w.is_punct(rest, ',');
                // '…", a-t-il plaisanté, mais "cela montre …"': a second quotation joined to
                // the cue by a conjunction
                let conj = |x: usize| matches!(self.w.lw(x), "mais" | "et" | "car" | "puisque");
                let conj_gap = rest + 2 == k && self.w.is_punct(rest, ',') && conj(rest + 1);
                if comma_gap || conj_gap {
                    rest = k;
                }
                let colon = colon || comma_gap || conj_gap;
                // "a salué les « … »": a determiner may stand between verb and mark
                let det_gap =
                    rest + 1 == k && is_det(self.w.lw(rest)) && !is_in(POSSESSIVE, self.w.lw(rest));
                if rest != k && !colon && !det_gap {
                    continue;
                }
                if cue.class == VerbClass::Weak && !colon && cue.inv_pronoun.is_none() {
                    continue;
                }
                if let Some(g) = cue.inv_pronoun {
                    return Some((cue, SpkRef::Pronoun(g), colon));
                }
                let inf = j > 0 && matches!(self.w.lw(j - 1), "d'" | "de");
                let spk = if inf {
                    SpkRef::Current
                } else {
                    self.subject_before(cue.a)
                };
                return Some((cue, spk, colon));
            }
            // "Selon lui, « … »", "Pour le ministre, « … »"
            if (matches!(self.w.lw(j), "selon" | "pour") && j == self.sentence_start(j)
                || self.w.lw(j) == "selon")
                && (self.w.is_punct(k - 1, ',') || colon)
            {
                {
                    let e = self.np_end(j + 1, k);
                    let spk = self.analyse_np(j + 1, e);
                    if !matches!(spk, SpkRef::None) {
                        return Some((
                            Cue {
                                a: j,
                                b: j + 1,
                                lemma: "selon".into(),
                                class: VerbClass::Strong,
                                inv_pronoun: None,
                            },
                            spk,
                            colon,
                        ));
                    }
                }
            }
        }
        None
    }

    /// The subject of a verb starting at word `v` (pre-verbal).
    fn subject_before(&self, v: usize) -> SpkRef {
        let ss = self.sentence_start(v);
        // walk back over clitics, negation, adverbs, auxiliaries and a comma incise
        // ("Rayan Nezzar a, une nouvelle fois, exprimé")
        let mut k = v;
        loop {
            if k > ss
                && (is_in(ADVERBS, self.w.lw(k - 1)) || is_in(AUX, self.w.lw(k - 1)))
                && pronoun(self.w.lw(k - 1)).is_none()
            {
                k -= 1;
                continue;
            }
            if k > ss + 1 && self.w.is_punct(k - 1, ',') {
                let lo = k.saturating_sub(8).max(ss);
                if let Some(c) = (lo..k - 1).rev().find(|&j| self.w.is_punct(j, ',')) {
                    if c > ss && is_in(AUX, self.w.lw(c - 1)) {
                        k = c - 1;
                        continue;
                    }
                }
            }
            break;
        }
        // "ce à quoi a rétorqué Olivier Faure", "ce que confirme le ministre": an object
        // relative puts the subject after the verb
        if k > ss && matches!(self.w.lw(k - 1), "que" | "qu'" | "quoi" | "dont") {
            if let Some(r) = self.subject_after_verb(v) {
                return r;
            }
        }
        // "de nombreux experts qui estiment que …": the antecedent of "qui"
        if k > ss + 1 && self.w.lw(k - 1) == "qui" {
            let q = k - 1;
            if let Some(d) = self.antecedent_start(q, ss) {
                return self.analyse_np(d, q);
            }
        }
        if k > ss {
            if let Some(g) = pronoun(self.w.lw(k - 1)) {
                return SpkRef::Pronoun(g);
            }
        }
        // the clause starts after the last ':' ';' mark or "que" before k
        let mut a = k;
        while a > ss {
            let p = a - 1;
            match self.w.kind(p) {
                Some(Kind::Punct(':')) | Some(Kind::Punct(';')) => break,
                // a closing mark after a sentence end ("… temps!\"Le quotidien"), or glued
                // to a capitalized word ("\"Procédure d'urgence\"L'Express rappelle")
                Some(Kind::Mark(_))
                    if p > 0
                        && (matches!(self.w.kind(p - 1), Some(Kind::Punct('.' | '!' | '?')))
                            || !self.w.space_after(p)
                                && (self.w.is_cap(p + 1)
                                    || matches!(self.w.lw(p + 1), "l'" | "d'")
                                        && self.w.is_cap(p + 2))) =>
                {
                    break
                }
                Some(Kind::Word)
                    if matches!(
                        self.w.lw(p),
                        "que" | "qu'" | "quand" | "lorsque" | "lorsqu'" | "puisque" | "puisqu'"
                    ) && a < k =>
                {
                    break
                }
                // "…, dont le parti demande …": the subject follows "dont" (not "un document,
                // dont l'AFP avait eu copie, évoquait …", where the relative is closed)
                Some(Kind::Word)
                    if self.w.lw(p) == "dont"
                        && a < k
                        && !(a..k).any(|j| self.w.is_punct(j, ',')) =>
                {
                    break
                }
                // "et" opens a new clause unless it coordinates inside an apposition that a
                // comma closes ("Alexis Corbière, député de Montreuil et Bagnolet, a …")
                Some(Kind::Word)
                    if a < k
                        && (matches!(self.w.lw(p), "mais" | "car")
                            || (self.w.lw(p) == "et"
                                // ("le ministre de l'Action et des Comptes publics": a
                                // coordinated complement)
                                && !matches!(self.w.lw(p + 1), "des" | "du" | "de" | "d'")
                                && !self.coordinated_nouns(p)
                                && !(a..k).any(|j| self.w.is_punct(j, ',')))) =>
                {
                    break
                }
                _ => a = p,
            }
            if k - a > 40 {
                break;
            }
        }
        // comma segments: the last non-empty one, or the one before an apposition
        let mut segs: Vec<(usize, usize)> = Vec::new();
        let mut s = a;
        for j in a..k {
            if self.w.is_punct(j, ',') {
                segs.push((s, j));
                s = j + 1;
            }
        }
        segs.push((s, k));
        segs.retain(|&(x, y)| x < y);
        // "…", a-t-elle assuré, en évoquant …: the subject is the incise's pronoun
        for &(x, y) in segs.iter().rev() {
            for j in x..y {
                if let Some((v, pr)) = split_inverted(self.w.lw(j)) {
                    if let Some(g) = pronoun(pr) {
                        if v == "t" || is_in(AUX, v) || self.lex.lookup(v).is_some() {
                            return SpkRef::Pronoun(g);
                        }
                    }
                }
            }
        }
        while let Some(&(x, y)) = segs.last() {
            let first = self.w.lw(x);
            let apposition = !self.w.is_cap(x)
                && self.w.is_word(x)
                && !is_det(first)
                && pronoun(first).is_none()
                && segs.len() > 1;
            let relative = matches!(first, "qui" | "dont" | "lequel" | "laquelle");
            if apposition || relative {
                segs.pop();
                let _ = y;
                continue;
            }
            break;
        }
        // "L'eurodéputé regrette de ne pas avoir été prévenu et d'avoir appris … et dénonce":
        // what follows "et" is a complement, the coordinated verb shares the sentence subject
        if let Some(&(x, _)) = segs.last() {
            if matches!(self.w.lw(x), "de" | "d'") && is_infinitive(self.w.lw(x + 1)) {
                let mut s0 = ss;
                while s0 < v && !self.w.is_word(s0) {
                    s0 += 1;
                }
                let e0 = self.np_end(s0, v);
                if e0 > s0 {
                    return self.analyse_np(s0, e0);
                }
            }
        }
        match segs.last() {
            Some(&(x, y)) => {
                // the subject phrase ends before its verb: "L'humoriste l'a démontré en
                // annonçant …"
                let ye = self.np_end(x, y);
                let verb_at = |j: usize| {
                    let l = self.w.lw(j);
                    is_in(AUX, l) || is_in(AUX, self.w.lw(j + 1)) || matches!(l, "n'" | "s'")
                };
                let y = if ye > x && ye < y && verb_at(ye) {
                    ye
                } else {
                    y
                };
                let r = self.analyse_np(x, y);
                // "Nicolas, un des voyageurs à bord, a décrit": a description apposed to a
                // name designates the named person
                if let SpkRef::Desc { head, .. } = &r {
                    if segs.len() > 1 && !matches!(head.as_str(), "source" | "sources") {
                        let (px, py) = segs[segs.len() - 2];
                        let prev = self.analyse_np(px, py);
                        if matches!(
                            prev,
                            SpkRef::Name {
                                kind: SpeakerKind::Person,
                                ..
                            }
                        ) && py == px + (py - px).min(4)
                        {
                            return prev;
                        }
                    }
                }
                // "Gilbert Edelstein, son actuel propriétaire, l'assure": the possessive
                // description is an apposition of the name before it
                if matches!(r, SpkRef::Current) && segs.len() > 1 {
                    let (px, py) = segs[segs.len() - 2];
                    let prev = self.analyse_np(px, py);
                    if matches!(prev, SpkRef::Name { .. }) {
                        return prev;
                    }
                }
                r
            }
            None => SpkRef::None,
        }
    }

    /// Does the "et" at word `p` join two bare nouns of one phrase ("le célèbre
    /// épidémiologiste et conseiller de Donald Trump"), rather than two clauses?
    fn coordinated_nouns(&self, p: usize) -> bool {
        let (before, after) = (p.wrapping_sub(1), p + 1);
        let bare_noun = |j: usize| {
            let l = self.w.lw(j);
            self.w.is_word(j)
                && !self.w.is_cap(j)
                && !is_det(l)
                && pronoun(l).is_none()
                && !is_in(AUX, l)
                && !is_in(PREPS, l)
                && !matches!(l, "ne" | "n'" | "y" | "se" | "s'" | "pas" | "plus" | "non")
                && self.lex.lookup(l).is_none()
        };
        p > 0 && bare_noun(before) && bare_noun(after)
    }

    /// The first word of the noun phrase that a relative "qui" at word `q` refers to: a
    /// name that ends right before it ("l'Agence européenne des médicaments, qui estime", not
    /// "des médicaments"), or the nearest determiner.
    fn antecedent_start(&self, q: usize, ss: usize) -> Option<usize> {
        let mut j = q;
        if j > ss && self.w.is_punct(j - 1, ',') {
            j -= 1;
        }
        if j > ss {
            let end = self.w.w[j - 1].e;
            let hi = self.mentions.partition_point(|m| m.span.start < end);
            let named = self.mentions[hi.saturating_sub(8)..hi]
                .iter()
                .filter(|m| {
                    m.span.end == end && matches!(m.label, EntityType::PER | EntityType::ORG)
                })
                .filter_map(|m| self.word_at(m.span.start))
                .min();
            // (not a name after a preposition: "a déclaré M. Darmanin sur RMC, qui se dit …")
            let complement = |n: usize| {
                // back over the names coordinated with it ("sur BFMTV/RMC")
                let mut p = n;
                while p > ss
                    && (self.w.is_cap(p - 1)
                        || matches!(self.w.kind(p - 1), Some(Kind::Punct('/' | '-' | '&'))))
                {
                    p -= 1;
                }
                let p = if p > ss && is_det(self.w.lw(p - 1)) {
                    p - 1
                } else {
                    p
                };
                let de = p > ss && matches!(self.w.lw(p - 1), "de" | "d'" | "du" | "des");
                // ("le constat de l'Agence, qui estime" is the Agence's; "le président de la
                // région, qui précise" the president's)
                p > ss
                    && (is_in(PREPS, self.w.lw(p - 1)) && !de
                        || de && p > ss + 1 && is_in(TITLES, self.w.lw(p - 2)))
            };
            if let Some(n) = named.filter(|&n| n >= ss && !complement(n)) {
                return Some(if n > ss && is_det(self.w.lw(n - 1)) {
                    n - 1
                } else {
                    n
                });
            }
        }
        let lo = q.saturating_sub(8).max(ss);
        let dets: Vec<usize> = (lo..q)
            .rev()
            .take_while(|&j| !is_in(AUX, self.w.lw(j)) && !self.w.is_punct(j, ':'))
            .filter(|&j| is_det(self.w.lw(j)) || is_in(INDEF, self.w.lw(j)))
            .filter(|&j| !matches!(self.w.lw(j), "de" | "d'"))
            .collect();
        // "le président de la région des Alpes-Maritimes, qui": past the complements ("des",
        // "du", "de la") to the head's determiner
        let complement = |j: usize| {
            matches!(self.w.lw(j), "du" | "des")
                && j > lo
                && self.w.is_word(j - 1)
                && !is_det(self.w.lw(j - 1))
                || j > lo && matches!(self.w.lw(j - 1), "de" | "d'")
        };
        let d = dets
            .iter()
            .copied()
            .find(|&j| !complement(j))
            .or_else(|| dets.first().copied())?;
        Some(
            if d > lo
                && matches!(self.w.lw(d - 1), "de" | "d'")
                && !matches!(self.w.lw(d), "la" | "l'" | "le" | "les")
            {
                d - 1
            } else {
                d
            },
        )
    }

    /// The subject placed after the verb group that starts at word `v`, for object
    /// relatives ("ce à quoi a rétorqué Olivier Faure").
    fn subject_after_verb(&self, v: usize) -> Option<SpkRef> {
        let se = self.sentence_end(v);
        let mut j = v;
        while j < se
            && j < v + 5
            && self.w.is_word(j)
            && !self.w.is_cap(j)
            && !is_det(self.w.lw(j))
            && (is_in(AUX, self.w.lw(j))
                || is_in(ADVERBS, self.w.lw(j))
                || self.lex.lookup(self.w.lw(j)).is_some())
        {
            j += 1;
        }
        if j == v || j >= se || !(self.w.is_cap(j) || is_det(self.w.lw(j))) {
            return None;
        }
        let e = self.np_end(j, se);
        match self.analyse_np(j, e) {
            r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => Some(r),
            _ => None,
        }
    }

    /// The person named as the subject of the sentence that contains word `o`, before it;
    /// the current speaker otherwise.
    fn subject_person_before(&self, o: usize) -> SpkRef {
        let ss = self.sentence_start(o);
        let (lo, hi) = (self.w.w[ss].s, self.w.w[o].s);
        let found = self
            .persons
            .iter()
            .flat_map(|p| p.at.iter().copied())
            .filter(|&x| x >= lo && x < hi && self.subject_at(x))
            .min();
        match found.and_then(|x| self.word_at(x)) {
            Some(i) => {
                let e = self.w_end_of_mention(i).max(i + 1);
                SpkRef::Name {
                    s: i,
                    e,
                    kind: SpeakerKind::Person,
                    entity: self.mention_entity(i, e),
                }
            }
            None => SpkRef::Current,
        }
    }

    /// The first person named as a subject in the sentence that starts at or after word
    /// `k` (within its first 25 words).
    fn subject_person_after(&self, k: usize) -> Option<usize> {
        self.person_in_sentence_after(k, true)
    }

    /// The person a sentence pointing back at a lead quotation names, anywhere in it ("«
    /// … » Voilà ce qu'a répondu X", "C'est l'opinion de X", "Tel est le constat de X").
    fn pointing_back_person(&self, k: usize) -> Option<usize> {
        let j = (k..self.w.len()).find(|&j| self.w.is_word(j))?;
        let pointing = match self.w.lw(j) {
            "voilà" | "voila" | "tel" | "telle" | "tels" | "telles" => true,
            "c'" | "c'est" => true,
            _ => false,
        };
        pointing
            .then(|| self.person_in_sentence_after(j, false))
            .flatten()
    }

    fn person_in_sentence_after(&self, k: usize, subject_only: bool) -> Option<usize> {
        let k = (k..self.w.len()).find(|&j| self.w.is_word(j))?;
        let si = *self.w.sent_of.get(k)? as usize;
        let (_, b) = *self.w.sents.get(si)?;
        let hi = self.w.w[b.min(k + 25).min(self.w.len()) - 1].e;
        let lo = self.w.w[k].s;
        self.persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                p.at.iter()
                    .copied()
                    .filter(|&x| x >= lo && x < hi && (!subject_only || self.subject_at(x)))
                    .min()
                    .map(|x| (x, i))
            })
            .min()
            .map(|(_, i)| i)
    }

    /// The first word of a subject noun phrase standing right before the opening mark `o`
    /// ("l'employée", "le suspect", "la députée du Pas-de-Calais") after "que", a comma or the
    /// sentence start `ss`; None when the words before the mark are no such phrase.
    fn subject_lead(&self, o: usize, ss: usize) -> Option<usize> {
        if o == 0 || !self.w.is_word(o - 1) {
            return None;
        }
        let mut from = o;
        while from > ss && from + 8 > o && self.w.is_word(from - 1) {
            if matches!(self.w.lw(from - 1), "que" | "qu'") {
                break;
            }
            from -= 1;
        }
        let boundary = from == ss
            || matches!(self.w.lw(from - 1), "que" | "qu'")
            || self.w.is_punct(from - 1, ',');
        let f = self.w.lw(from);
        let subject = (is_det(f) && !matches!(f, "de" | "d'" | "des" | "du"))
            || is_in(POSSESSIVE, f)
            || pronoun(f).is_some()
            || self.person_at(self.w.w[from].s).is_some();
        // (no verb of its own between: "il faut", "il a dit" are clauses, not subjects)
        let verb = (from + 1..o).any(|k| is_in(AUX, self.w.lw(k)) || self.cue_at(k).is_some());
        (boundary && subject && !verb && from < o).then_some(from)
    }

    /// Does `spk` designate a news outlet ("Le Parisien", "le quotidien")?
    fn names_medium(&self, spk: &SpkRef) -> bool {
        match spk {
            SpkRef::Name { s, e, .. } => {
                crate::media::names_outlet(&self.w.text[self.w.span(*s, *e).range()])
            }
            SpkRef::Desc { head, .. } => is_in(MEDIA_HEADS, head),
            _ => false,
        }
    }

    /// An incise inside a quotation: "…, a-t-elle expliqué à Sud-Ouest. …".
    fn incise(&self, ca: usize, cb: usize) -> Option<(Cue, SpkRef)> {
        for j in ca..cb {
            if self.w.is_punct(j, ',') {
                let mut k = j + 1;
                while k < j + 3
                    && matches!(
                        self.w.lw(k),
                        "lui" | "leur" | "nous" | "m'" | "l'" | "s'" | "se"
                    )
                {
                    k += 1;
                }
                let cue = self.cue_at(k);
                if let Some(g) = cue.as_ref().and_then(|q| q.inv_pronoun) {
                    return cue.map(|q| (q, SpkRef::Pronoun(g)));
                }
                if cue.is_some() || self.w.lw(k) == "selon" {
                    // "…, s'agace une Lilloise. …"
                    if let Some((cue, mut spk)) = self.inverted_clause(k) {
                        // ("selon sa présidente, Chantal Perrichon.": the apposed name)
                        if cue.lemma == "selon" && matches!(spk, SpkRef::Current) {
                            let name = (k + 2..cb.min(k + 8))
                                .find(|&x| self.w.is_punct(x, ','))
                                .filter(|&x| self.w.is_cap(x + 1));
                            if let Some(x) = name {
                                let mut e = x + 1;
                                while e < cb && self.w.is_cap(e) {
                                    e += 1;
                                }
                                spk = self.analyse_np(x + 1, e);
                            }
                        }
                        // (a source marker inside the marks names the speaker only as a person
                        // or a title set off up to the sentence's end: "c'est très peu, selon
                        // sa présidente, Chantal Perrichon.", not "selon les chiffres")
                        let person = match &spk {
                            SpkRef::Name { kind, .. } => *kind == SpeakerKind::Person,
                            SpkRef::Desc { head, .. } => is_in(TITLES, head),
                            _ => false,
                        };
                        let closes = (k + 1..cb.min(k + 14))
                            .find(|&x| {
                                !self.w.is_word(x)
                                    && !self.w.is_punct(x, ',')
                                    && !matches!(self.w.kind(x), Some(Kind::Punct('-' | '\'')))
                            })
                            .is_some_and(|x| self.w.is_punct(x, '.'));
                        if matches!(spk, SpkRef::Name { .. } | SpkRef::Desc { .. })
                            && (cue.lemma != "selon" || (person && closes))
                        {
                            return Some((cue, spk));
                        }
                    }
                }
            }
        }
        None
    }

    /// A person whose name opens the sentence at or after word `k` ("… ". Franck Riester, …").
    fn person_starting(&self, mut k: usize) -> Option<usize> {
        if self.w.is_punct(k, '.') {
            k += 1;
        }
        let e = (k + 3).min(self.w.len());
        let (s, _) = self.name_run(k, e.max(k))?;
        if s > k + 1 {
            return None;
        }
        let b = self.w.w[s].s;
        self.person_at(b)
    }

    /// Direct quotes; `fragments` receives the quoted segments rejected as quotations that
    /// are not names or titles (they make an enclosing reported clause mixed).
    fn direct_candidates(
        &self,
        used_cue: &mut Vec<(usize, usize)>,
        fragments: &mut Vec<Span>,
    ) -> Vec<Cand> {
        let mut out = Vec::new();
        let mut prev_close = 0;
        let pairs = self.pair_marks();
        let conj = |x: usize| matches!(self.w.lw(x), "et" | "mais" | "car" | "puisque");
        for (pi, &(o, c, ca, cb)) in pairs.iter().enumerate() {
            if ca >= cb {
                continue;
            }
            // '"…" et "…", a expliqué X': two quotations joined by a conjunction share the
            // cue after the second (two direct statements)
            // (only when the first quotation opens its sentence: 'Les préfets appellent les
            // "…" et "…"' is one mixed statement)
            let opens_sentence = |x: usize| {
                self.opens_its_sentence(x)
                    || x > 0 && matches!(self.w.kind(x - 1), Some(Kind::Punct('.' | '!' | '?')))
            };
            let joined_next = c.filter(|_| opens_sentence(o)).and_then(|c1| {
                let &(o2, c2, _, _) = pairs.get(pi + 1)?;
                (conj(c1 + 1) && o2 == c1 + 2).then_some(c2).flatten()
            });
            let joined_prev = pi > 0
                && o >= 2
                && conj(o - 1)
                && pairs[pi - 1].1 == Some(o - 2)
                && opens_sentence(pairs[pi - 1].0);
            let nwords = (ca..cb)
                .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                .count();
            if nwords == 0 {
                continue;
            }
            if c.is_none() {
                // 'interdites samedi pour l'acte 23 des "gilets jaunes, a annoncé la
                // préfecture': a stray mark before a reporting clause opens no quotation
                let se = self.sentence_end(o).min(cb);
                let stray = (o + 2..se).any(|k| {
                    self.w.is_punct(k - 1, ',')
                        && matches!(
                            self.inverted_clause(k),
                            Some((_, SpkRef::Name { .. } | SpkRef::Desc { .. }))
                        )
                });
                if stray {
                    continue;
                }
            }
            // '…familial."DIFFÉREND D'ORDRE FAMILIAL"Selon …': an all-capitals intertitle
            // glued between sentences, with no cue ("« OK, OK », a répondu X" is a quotation)
            let shouting = nwords >= 2
                && (ca..cb)
                    .all(|k| !self.w.is_word(k) || !self.w.tx(k).chars().any(char::is_lowercase))
                && c.is_some_and(|c| {
                    c + 1 < self.w.len() && !self.w.space_before(c + 1) && self.w.is_cap(c + 1)
                });
            if shouting {
                continue;
            }
            // '… url: "https://pms.orange.fr/module/…"': code or an address left in the
            // text, not words anybody said
            let code = self
                .w
                .text
                .get(self.w.w[ca].s as usize..self.w.w[cb - 1].e as usize)
                .is_some_and(|t| {
                    // (one token with no space: "Fifty/fifty" and sentences with an
                    // address stay quotations)
                    !t.contains(char::is_whitespace)
                        && (t.contains("//") || t.contains(['/', '_', '{']))
                        && t.chars().count() > 12
                });
            if code {
                continue;
            }
            let final_punct = (ca..cb)
                .any(|k| matches!(self.w.kind(k), Some(Kind::Punct('.' | '!' | '?' | '…'))));
            let after = c
                .and_then(|c| self.cue_after(c))
                .or_else(|| joined_next.and_then(|c2| self.cue_after(c2)));
            // ('X s'est empressé de commenter : "…", rapporte Le Dauphiné': an outlet relaying
            // the quotation yields to the speaker the cue before it names, clarification 25)
            let relayed = after
                .as_ref()
                .is_some_and(|(_, spk)| self.names_medium(spk));
            let before = if after.is_none() || relayed {
                self.cue_before(o)
            } else {
                None
            };
            let after = match (&before, relayed) {
                (Some((_, SpkRef::Name { .. } | SpkRef::Desc { .. }, true)), true) => {
                    // (the relaying cue makes no statement of its own)
                    if let Some((q, _)) = &after {
                        used_cue.push((q.a, q.b));
                    }
                    None
                }
                _ => after,
            };
            let before = if after.is_some() { None } else { before };
            let incise = if after.is_none() && before.is_none() {
                self.incise(ca, cb)
            } else {
                None
            };
            // 'le préfet Fabien Sudry "dénonce avec fermeté …"': the speech verb opens the
            // quotation, its subject stands before the mark
            let verb_inside = if after.is_none() && before.is_none() && incise.is_none() {
                self.cue_at(ca)
                    .filter(|q| {
                        q.inv_pronoun.is_none()
                            && q.class == VerbClass::Strong
                            && nwords >= 3
                            && q.b == ca + 1
                            && !looks_participle(self.w.lw(ca))
                            && !is_infinitive(self.w.lw(ca))
                            && !self.w.lw(ca).ends_with("ant")
                            && o > 0
                            && self.w.is_word(o - 1)
                            && !matches!(self.w.lw(o - 1), "que" | "qu'" | "de" | "d'" | "à")
                    })
                    .and_then(|q| {
                        let spk = self.subject_before(o);
                        matches!(spk, SpkRef::Name { .. } | SpkRef::Desc { .. }).then_some((q, spk))
                    })
            } else {
                None
            };
            let incise = incise.or(verb_inside);
            let prev = o.checked_sub(1).map(|p| self.w.lw(p)).unwrap_or("");
            let prev2 = o.checked_sub(2).map(|p| self.w.lw(p)).unwrap_or("");
            let naming = is_in(NAMING, prev)
                || (matches!(prev, "de" | "d'") && is_in(NAMING, prev2))
                || is_in(NAMING, prev2) && matches!(prev, "l'" | "le" | "la" | "les");
            let mut cb_t = cb;
            while cb_t > ca + 1 && matches!(self.w.kind(cb_t - 1), Some(Kind::Punct(',' | ';'))) {
                cb_t -= 1;
            }
            let mut content = Span::new(self.w.w[ca].s, self.w.w[cb_t - 1].e);
            let mut span = Span::new(self.w.w[o].s, c.map_or(content.end, |c| self.w.w[c].e));
            // inside a noun phrase: preceded by a determiner/preposition and followed by a word
            let in_np = o > 0
                && (is_det(prev) || is_in(PREPS, prev))
                && c.is_some_and(|c| self.w.is_word(c + 1));
            // (a sentence end glued to the opening mark may have escaped the splitter)
            let glued_end = (self.sentence_start(o).max(o.saturating_sub(400))..o)
                .rev()
                .find(|&j| matches!(self.w.kind(j), Some(Kind::Punct('.' | '!' | '?'))))
                .map_or(0, |j| j + 1);
            let ss = self.sentence_start(o).max(prev_close).max(glued_end);
            // 'dans la formule"Ce chiffre …", défend X': an intertitle glued to the opening
            // mark (French sets a space before an opening mark): the quotation opens a sentence
            let glued_open = o > 0
                && !self.w.space_before(o)
                && self.w.is_word(o - 1)
                && self.w.is_cap(o + 1)
                && !self.w.space_before(o + 1);
            let at_start = o == ss
                || glued_open
                || joined_prev
                || (o > 0
                    && matches!(self.w.kind(o - 1), Some(Kind::Punct('.' | '!' | '?' | ':'))));
            let next_after = c.map(|c| c + 1);
            let glued_next = next_after.is_some_and(|n| {
                n < self.w.len()
                    && !self.w.space_before(n)
                    && (self.w.is_cap(n) || matches!(self.w.kind(n), Some(Kind::Mark(_))))
            });
            let ends_sentence = next_after.is_none_or(|n| {
                n >= self.w.len()
                    || matches!(self.w.kind(n), Some(Kind::Punct('.' | '!' | '?')))
                    || glued_next
            });
            let after_que = matches!(prev, "que" | "qu'");
            // names and titles in marks, and quoted fragments of a reported clause (after
            // "que", the clause is mixed) are not quotations on their own
            // "soulignant que les chiffres n'étaient pas encourageants: "85% à 90%" restent …":
            // the quotation after the colon belongs to the reported clause
            let in_clause = after.is_none()
                && before.as_ref().is_some_and(|(cue, _, colon)| {
                    *colon && (cue.b..o).any(|j| matches!(self.w.lw(j), "que" | "qu'"))
                });
            // (a naming word before the marks yields to a speech verb after a long quotation:
            // 'dans la formule"Ce chiffre tient compte …", défend M. Le Maire')
            let naming = naming && !(after.is_some() && nwords >= 5);
            let is_quote =
                if (naming && !final_punct) || (after_que && after.is_none()) || in_clause {
                    false
                } else if after.is_some() {
                    let after_word =
                        o > 0 && matches!(self.w.kind(o - 1), Some(Kind::Word)) && !at_start;
                    // 'Le spectacle … est "une immense tristesse" a déploré le maire': a short
                    // fragment closing a clause with its own words is a mixed statement
                    let lead = (ss..o)
                        .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                        .count();
                    (nwords >= 2 || final_punct)
                        && (!(after_word && nwords < 6 && !final_punct) || lead >= 4)
                } else if let Some((_, _, colon)) = &before {
                    if *colon {
                        nwords >= 2
                    } else {
                        nwords >= 4
                    }
                } else if incise.is_some() {
                    true
                } else if glued_next && !final_punct {
                    false // a headline glued to the next sentence or quotation
                } else {
                    // a bare quotation stands as a sentence (or sentences) of its own
                    at_start && (ends_sentence || final_punct) && nwords >= 2
                        || (!in_np && final_punct && nwords >= 3 && ends_sentence)
                };
            if !is_quote {
                if !naming {
                    fragments.push(span);
                }
                continue;
            }
            let starts_lower = self.w.tx(ca).chars().next().is_some_and(char::is_lowercase);
            // "2019 aura ainsi vu "une forte hausse…", a souligné X": the reporting clause's own
            // words stand outside the marks: a mixed quotation from the sentence start
            // (intertitles in capitals and glued video captions, "… Florian Philippotpar
            // franceinfo", are no part of the sentence)
            let caps = |k: usize| {
                let t = self.w.tx(k);
                t.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !t.chars().any(char::is_lowercase)
            };
            let caption = o >= 2
                && self.w.lw(o - 2).ends_with("par")
                && crate::media::names_outlet(self.w.tx(o - 1));
            // (a heading opens the sentence: "UNE ENQUÊTE EN COURS « … »", not "Les
            // syndicats de la SNCF « … »")
            let no_lower = |k: usize| !self.w.tx(k).chars().any(char::is_lowercase);
            let mut lead_from = ss;
            while lead_from < o && no_lower(lead_from) {
                lead_from += 1;
            }
            if !(ss..lead_from).any(caps) {
                lead_from = ss;
            }
            let lead_words = if caption {
                0
            } else {
                (lead_from..o)
                    .filter(|&k| self.w.is_word(k) || self.w.kind(k) == Some(Kind::Num))
                    .count()
            };
            // 'Anne Hidalgo "ne fait qu'appliquer …", a estimé X', 'Il faut "qu'on soit …"':
            // the subject or the start of the reported clause outside the marks (not an
            // adverbial or a connective: "Ailleurs, « … »", "Dans un communiqué, « … »")
            let clause_lead = !caption
                && (1..=2).contains(&lead_words)
                && self.w.is_word(o - 1)
                && !self.w.is_punct(o - 1, ',')
                && {
                    let first = (lead_from..o).find(|&k| self.w.is_word(k)).unwrap_or(o);
                    let f = self.w.lw(first);
                    // (a capitalized first word only when it starts a name: not "Car",
                    // "Résultat" opening the sentence)
                    let name = self.w.is_cap(first)
                        && (self.mention_starting_at(first).is_some()
                            || self.person_at(self.w.w[first].s).is_some());
                    !is_in(PREPS, f)
                        && (is_det(f) || !is_in(ADVERBS, f))
                        && !matches!(
                            f,
                            "selon" | "mais" | "et" | "or" | "donc" | "puis" | "ainsi"
                        )
                        && (is_det(f)
                            || name
                            // ("Objectif : que « … »": the quotation is a "que" clause)
                            || matches!(self.w.lw(o - 1), "que" | "qu'")
                            || pronoun(f).is_some()
                            || is_in(POSSESSIVE, f)
                            || matches!(
                                f,
                                "ce" | "cet"
                                    | "cette"
                                    | "ces"
                                    | "tout"
                                    | "tous"
                                    | "toute"
                                    | "toutes"
                                    | "chaque"
                                    | "aucun"
                                    | "aucune"
                                    | "plusieurs"
                                    | "certains"
                                    | "certaines"
                            ))
                };
            // "A un mois de la rentrée, « … », a-t-il jugé", "Selon Anaëlle, une Parisienne,
            // « … »": an adverbial or a source marker set off by a comma stays outside
            // (for a source marker, where its phrase starts: "Selon Anaëlle")
            let mut marker_np = None;
            let adverbial_lead = o > lead_from
                && self.w.is_punct(o - 1, ',')
                && (lead_from..o)
                    .find(|&k| self.w.is_word(k))
                    .is_some_and(|f| {
                        let l = self.w.lw(f);
                        let marker = matches!(l, "selon" | "pour")
                            || (l == "d'" && self.w.lw(f + 1) == "après");
                        if marker {
                            marker_np = Some(if l == "d'" { f + 2 } else { f + 1 });
                        }
                        (marker || is_in(LEAD_PREPS, l)) && self.adverbial_only(f, o - 1, marker)
                    });
            let mut mixed_lead = false;
            if after.is_some()
                && (lead_words >= 3 || clause_lead)
                && !adverbial_lead
                && !glued_open
                && !joined_prev
                && !matches!(self.w.kind(o.wrapping_sub(1)), Some(Kind::Punct(':')))
            {
                mixed_lead = true;
                content = Span::new(self.w.w[lead_from.min(o)].s, span.end);
                span = content;
            }
            let next_subject = if o == 0 && after.is_none() && before.is_none() && incise.is_none()
            {
                // '"Il ne faut pas …" Sur BFMTV, la porte-parole, Sibeth Ndiaye, a répondu':
                // a lead quotation belongs to the person the next sentence is about
                c.and_then(|c| {
                    self.person_starting(c + 1)
                        .or_else(|| self.subject_person_after(c + 1))
                        .or_else(|| self.pointing_back_person(c + 1))
                })
            } else {
                None
            };
            let (cue, spk, mixed) = match (after, before, incise) {
                // ('Selon Anaëlle, « … », a-t-elle raconté': the marker names the pronoun)
                (Some((cue, spk @ (SpkRef::Pronoun(_) | SpkRef::Current))), _, _)
                    if adverbial_lead && marker_np.is_some() =>
                {
                    let a = marker_np.unwrap_or(o);
                    let spk = match self.analyse_np(a, self.np_end(a, o)) {
                        r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => r,
                        _ => spk,
                    };
                    (Some(cue), spk, false)
                }
                (Some((cue, spk)), _, _) => (Some(cue), spk, mixed_lead),
                (None, Some((cue, spk, colon)), _) => {
                    let det_before = !colon && o > 0 && is_det(prev) && !is_in(POSSESSIVE, prev);
                    if det_before {
                        content = Span::new(self.w.w[o - 1].s, span.end);
                        span = content;
                    }
                    (Some(cue), spk, !colon && (starts_lower || det_before))
                }
                (None, None, Some((cue, spk))) => (Some(cue), spk, false),
                // 'Charles Aznavour semble avoir confiance en son fils David : "…"': a
                // quotation after a colon belongs to the person subject of its sentence
                _ if prev == ":" || (o > 0 && self.w.is_punct(o - 1, ':')) => {
                    (None, self.subject_person_before(o), false)
                }
                // 'explique que l'employée "était en train de …"', 'conclut le procureur, le
                // suspect "avait mûri …"': the subject of the reported clause outside the
                // marks makes a mixed statement (clarification 26)
                _ => match self.subject_lead(o, ss).filter(|_| starts_lower) {
                    Some(from) => {
                        content = Span::new(self.w.w[from].s, span.end);
                        span = content;
                        (None, SpkRef::Current, true)
                    }
                    None => (None, SpkRef::Current, false),
                },
            };
            if let Some(c) = c {
                prev_close = c + 1;
            }
            if let Some(cue) = &cue {
                used_cue.push((cue.a, cue.b));
            }
            let bare = matches!(spk, SpkRef::Current) && cue.is_none();
            out.push(Cand {
                kind: if mixed {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Direct
                },
                span,
                content,
                cue: cue.as_ref().map(|q| self.w.span(q.a, q.b)),
                lemma: cue.map(|q| q.lemma),
                bare,
                spk,
                unclosed: c.is_none(),
                next_subject,
            });
        }
        out
    }

    /// Dialogue lines: "— Oui, répondit-il." at the start of a line.
    fn dash_candidates(&self, used_cue: &mut Vec<(usize, usize)>) -> Vec<Cand> {
        let mut out = Vec::new();
        let n = self.w.len();
        let mut i = 0;
        while i < n {
            let is_dash = matches!(self.w.kind(i), Some(Kind::Punct('—' | '–' | '-')))
                && (i == 0 || self.w.newline_before(i))
                && self.w.space_after(i);
            if !is_dash {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < n && !self.w.newline_before(end) {
                end += 1;
            }
            let (ca, mut cb) = (i + 1, end);
            while cb > ca && matches!(self.w.kind(cb - 1), Some(Kind::Punct(_))) {
                cb -= 1;
            }
            if cb <= ca {
                i = end;
                continue;
            }
            // a final incise: "…, répondit-il."
            let mut cue = None;
            let mut spk = SpkRef::Current;
            if let Some(c) = (ca..cb)
                .rev()
                .find(|&j| matches!(self.w.kind(j), Some(Kind::Punct(',' | '?' | '!'))))
            {
                if let Some((q, r)) = self.inverted_clause(c + 1) {
                    spk = r;
                    cb = if self.w.is_punct(c, ',') { c } else { c + 1 };
                    used_cue.push((q.a, q.b));
                    cue = Some(q);
                }
            }
            let content = self.w.span(ca, cb);
            out.push(Cand {
                kind: QuoteKind::Direct,
                span: Span::new(self.w.w[i].s, self.w.w[end - 1].e),
                content,
                cue: cue.as_ref().map(|q| self.w.span(q.a, q.b)),
                lemma: cue.map(|q| q.lemma),
                bare: matches!(spk, SpkRef::Current),
                spk,
                unclosed: false,
                next_subject: None,
            });
            i = end;
        }
        out
    }

    // ------------------------------------------------------------ indirect quotes

    fn indirect_candidates(
        &self,
        direct: &[Cand],
        used_cue: &[(usize, usize)],
        fragments: &[Span],
    ) -> Vec<Cand> {
        let mut out = Vec::new();
        // merged, sorted ranges answer "inside a quotation?" and "cue taken?" by binary
        // search: the sentence scans below ask for every word
        let quoted = merged_ranges(direct.iter().map(|d| (d.span.start, d.span.end)));
        let used = merged_ranges(used_cue.iter().copied());
        let inside_direct = |k: usize| -> bool { in_ranges(&quoted, self.w.w[k].s) };
        let cue_used = |a: usize| in_ranges(&used, a);
        for &(sa, sb) in &self.w.sents {
            // trim the final punctuation
            let mut se = sb;
            while se > sa
                && matches!(
                    self.w.kind(se - 1),
                    Some(Kind::Punct('.' | '!' | '?' | '…' | ':'))
                )
            {
                se -= 1;
            }
            if se <= sa + 2 {
                continue;
            }
            // a mixed quotation already covers this sentence's reporting clause
            let sspan = self.w.span(sa, se);
            if let Some(d) = direct.iter().find(|d| {
                d.kind == QuoteKind::Mixed
                    && d.content.overlaps(sspan)
                    && d.content.start <= sspan.start
            }) {
                // (a second reporting clause after it stays: "…", a estimé X, ajoutant que …)
                let from = (sa..se)
                    .find(|&j| self.w.w[j].s >= d.span.end)
                    .unwrap_or(se);
                if from + 3 < se {
                    if let Some(c) = self.reporting_clause(from, se, &inside_direct, &cue_used) {
                        if c.content.start >= d.span.end {
                            out.push(c);
                        }
                    }
                }
                continue;
            }
            let mut found = self.inverted_final(sa, se, &inside_direct, &cue_used);
            if found.is_none() {
                found = self.source_marker(sa, se, &inside_direct);
            }
            let mut second = None;
            match &found {
                None => {
                    found = self.reporting_clause(sa, se, &inside_direct, &cue_used);
                    // "Après avoir affirmé qu'elle n'était pas candidate, la ministre a annoncé
                    // qu'elle était prête": a second reporting clause after the first one
                    if let Some(f) = &found {
                        let after = f.content.end;
                        let from = (sa..se).find(|&j| self.w.w[j].s >= after).unwrap_or(se);
                        if from + 3 < se {
                            second = self.reporting_clause(from, se, &inside_direct, &cue_used);
                        }
                    }
                }
                // a second statement after the first one's cue: "…, a indiqué le parquet,
                // qui a précisé que …"
                Some(f) => {
                    let after = f.span.end;
                    let from = (sa..se).find(|&j| self.w.w[j].s >= after).unwrap_or(se);
                    if from + 3 < se {
                        second = self
                            .reporting_clause(from, se, &inside_direct, &cue_used)
                            .or_else(|| self.relative_source(from, se, &inside_direct));
                    }
                }
            }
            for mut c in found.into_iter().chain(second) {
                // '"Johnny me manque", explique-t-il, revenant sur …, selon lui, …': a
                // quotation with its own cue opening the content stays a direct statement;
                // the reported clause starts after that cue
                if let Some(d) = direct.iter().find(|d| {
                    d.kind == QuoteKind::Direct
                        && d.span.start <= c.content.start
                        && d.span.end > c.content.start
                        && d.cue.is_some_and(|q| q.end < c.content.end)
                }) {
                    let after = d.cue.map_or(d.span.end, |q| q.end).max(d.span.end);
                    let from = self.w.w.partition_point(|w| w.s < after);
                    match (from..self.w.len()).find(|&j| self.w.is_word(j)) {
                        Some(j) if self.w.w[j].s + 8 < c.content.end => {
                            c.content = Span::new(self.w.w[j].s, c.content.end);
                            c.span = c.content.cover(c.cue.unwrap_or(c.content));
                        }
                        _ => continue,
                    }
                }
                let mut cut = false;
                for d in direct
                    .iter()
                    .filter(|d| d.kind == QuoteKind::Direct && d.cue.is_some())
                {
                    if c.content.overlaps(d.span) && d.span.start > c.content.start {
                        let lead = &self.w.text[c.content.start as usize..d.span.start as usize];
                        cut = lead.trim_end().ends_with(',');
                        let mut end = d.span.start;
                        let t = &self.w.text[c.content.start as usize..end as usize];
                        end -=
                            (t.len() - t.trim_end_matches([' ', ':', ',', ';', '\n']).len()) as u32;
                        c.content.end = end;
                        c.span = c.content.cover(c.cue.unwrap_or(c.content));
                    }
                }
                // 'Selon Anaëlle, une Parisienne, « … », a-t-elle raconté': the marker leads a
                // quotation with its own cue, no statement of its own
                if cut && matches!(c.lemma.as_deref(), Some("selon" | "pour")) {
                    continue;
                }
                // a quoted segment inside the reported clause makes it mixed
                if direct.iter().any(|d| {
                    c.content.contains(d.span)
                        || (d.kind == QuoteKind::Direct && c.content.contains(d.content))
                }) || fragments.iter().any(|f| c.content.contains(*f))
                {
                    c.kind = QuoteKind::Mixed;
                }
                // 'Selon lui, "il faut …"': a source marker before a quotation that makes the
                // whole clause is a direct statement (guidelines, clarification 6)
                if let Some(d) = self.whole_quoted_clause(&c, direct) {
                    c.kind = QuoteKind::Direct;
                    c.content = d.content;
                }
                if !c.content.is_empty() {
                    out.push(c);
                }
            }
        }
        out
    }

    /// Are words [a, b) one adverbial phrase ("Lors des perquisitions menées à Oullins") and
    /// no clause? A source marker may take appositions ("Selon Anaëlle, une Parisienne de 19
    /// ans, venue avec deux amies"), not a clause after a comma ("Selon les chiffres, il y
    /// avait …") nor a verb outside a relative ("…, les dépistages se font …").
    fn adverbial_only(&self, a: usize, b: usize, marker: bool) -> bool {
        let mut relative = false;
        for k in a..b {
            if matches!(self.w.kind(k), Some(Kind::Mark(_))) {
                return false;
            }
            let l = self.w.lw(k);
            if self.w.is_punct(k, ',') {
                if !marker {
                    return false;
                }
                let next = self.w.lw(k + 1);
                if pronoun(next).is_some() || matches!(next, "c'" | "ce" | "cela" | "je" | "j'") {
                    return false;
                }
            }
            relative |= matches!(l, "qui" | "dont" | "où");
            if !relative && (is_in(AUX, l) || matches!(l, "se" | "s'")) && k > a {
                return false;
            }
        }
        true
    }

    /// The quotation that makes the whole content of a source-marker statement ("selon X",
    /// "pour X", "d'après X"), marks included, when there is one.
    fn whole_quoted_clause<'c>(&self, c: &Cand, direct: &'c [Cand]) -> Option<&'c Cand> {
        if !matches!(c.lemma.as_deref(), Some("selon" | "pour")) {
            return None;
        }
        let t = self.w.text.get(c.content.range())?;
        let lead = (t.len() - t.trim_start().len()) as u32;
        let trail = (t.len() - t.trim_end_matches([' ', '.', ',', ';', '\n']).len()) as u32;
        let (a, b) = (c.content.start + lead, c.content.end - trail);
        direct.iter().find(|d| {
            d.span.start == a && d.span.end >= b && d.span.end <= c.content.end && !d.unclosed
        })
    }

    /// "CONTENT, a déclaré X." / ", a appris Sputnik d'une source militaire".
    fn inverted_final(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
        cue_used: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        for k in sa + 3..se {
            if !self.w.is_punct(k - 1, ',') || inside_direct(k) || cue_used(k) {
                continue;
            }
            if matches!(self.w.lw(k), "selon" | "d'" | "according") {
                continue;
            }
            if let Some((cue, spk)) = self.inverted_clause(k) {
                let strong = cue.class == VerbClass::Strong
                    || cue.lemma == "apprendre"
                    || cue.lemma == "selon";
                // '"…", a écrit X sur Facebook, rapporte France 3': a second attribution of
                // the quotation, not a statement of its own
                let of_quote = inside_direct(sa) && (sa..k - 1).any(cue_used);
                if strong
                    && !of_quote
                    && !matches!(spk, SpkRef::None)
                    && !(sa..k - 1).all(inside_direct)
                {
                    return Some(self.indirect(sa, k - 1, cue.a, cue.b, &cue.lemma, spk));
                }
            }
        }
        None
    }

    /// "…, a répondu Jean-Baptiste Djebbari, selon qui Valérie Pécresse est …": a relative
    /// source marker, whose source is the phrase before the comma.
    fn relative_source(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        let k = (sa + 2..se.saturating_sub(4)).find(|&k| {
            // ("selon qui" needs its comma; "selon lesquelles" is a relative anyway:
            // "les révélations d'Agnès Buzyn" selon lesquelles …)
            self.w.lw(k) == "selon"
                && !inside_direct(k)
                && (self.w.is_punct(k - 1, ',') && self.w.lw(k + 1) == "qui"
                    || matches!(
                        self.w.lw(k + 1),
                        "laquelle" | "lequel" | "lesquels" | "lesquelles"
                    ))
        })?;
        let ca = k + 2;
        let c = if self.w.is_punct(k - 1, ',') {
            k - 1
        } else {
            k
        };
        let spk = self.antecedent_before(c, sa);
        // "le principe selon lequel …", "l'idée selon laquelle …": a view nobody is said to
        // hold here, no statement
        if let SpkRef::Desc { head, .. } = &spk {
            if !(is_in(ANON_HEADS, head)
                || is_in(ORG_HEADS, head)
                || is_in(TITLES, head)
                || is_in(SPEECH_NOUNS, head)
                || is_in(DATA_HEADS, head)
                || is_in(DOC_HEADS, head))
            {
                return None;
            }
        }
        if matches!(spk, SpkRef::Current) && c == k {
            return None;
        }
        // "Répondant aux accusations de Pékin selon lesquelles …, le ministre a affirmé que":
        // the relative ends at the comma before the main reporting clause
        let mut end = self.clause_end(ca, se);
        if let Some(j) = (ca + 1..end).find(|&j| {
            self.w.is_punct(j, ',') && (j + 1..(j + 10).min(end)).any(|x| self.cue_at(x).is_some())
        }) {
            end = j;
        }
        Some(self.indirect(ca, end, k, k + 2, "selon", spk))
    }

    /// The noun phrase that ends at the comma `c` (the antecedent of a relative "selon
    /// qui"), else the current speaker.
    fn antecedent_before(&self, c: usize, sa: usize) -> SpkRef {
        // '… les révélations d'Agnès Buzyn" selon lesquelles': the phrase inside the marks
        let c = if c > sa && matches!(self.w.kind(c - 1), Some(Kind::Mark(_))) {
            c - 1
        } else {
            c
        };
        let lo = c.saturating_sub(9).max(sa);
        let start = (lo..c)
            .filter(|&p| self.w.is_cap(p) || is_det(self.w.lw(p)))
            // ("Répondant aux accusations de …": a capitalized sentence opener, not a name)
            .filter(|&p| {
                !(self.w.is_cap(p)
                    && !is_det(self.w.lw(p))
                    && p == self.sentence_start(p)
                    && self.mention_starting_at(p).is_none()
                    && !self.w.is_cap(p + 1))
            })
            .filter(|&p| !(p..c).any(|j| matches!(self.w.kind(j), Some(Kind::Punct(_)))))
            .find(|&p| self.np_end(p, c) == c);
        match start.map(|p| self.analyse_np(p, c)) {
            // "les accusations de Pékin selon lesquelles": what was said, by whom
            Some(SpkRef::Desc { s, head, .. }) if is_in(SPEECH_NOUNS, &head) => {
                match (s + 1..c).find(|&j| matches!(self.w.lw(j), "de" | "d'" | "du" | "des")) {
                    Some(j) => match self.analyse_np(j + 1, c) {
                        r @ (SpkRef::Name { .. } | SpkRef::Desc { .. }) => r,
                        _ => SpkRef::Current,
                    },
                    None => SpkRef::Current,
                }
            }
            Some(r @ (SpkRef::Name { .. } | SpkRef::Desc { .. })) => r,
            _ => SpkRef::Current,
        }
    }

    /// "comme le rapporte Le Monde" at word `k`: the rest of the sentence when the marker
    /// opens it, else the sentence before the marker.
    fn comme_le_rapporte(&self, k: usize, sa: usize, se: usize) -> Option<Cand> {
        if self.w.lw(k) != "comme" || !matches!(self.w.lw(k + 1), "le" | "l'") {
            return None;
        }
        let cue = self.cue_at(k + 2).filter(|q| q.inv_pronoun.is_none())?;
        let a = cue.b;
        let e = self.np_end(a, se);
        if e <= a {
            return None;
        }
        let spk = self.analyse_np(a, e);
        if !matches!(spk, SpkRef::Name { .. } | SpkRef::Desc { .. }) {
            return None;
        }
        let lead = (sa..k).filter(|&j| self.w.is_word(j)).count();
        let (ca, cb) = if lead <= 1 {
            (e + usize::from(self.w.is_punct(e, ',')), se)
        } else {
            (sa, k - usize::from(self.w.is_punct(k - 1, ',')))
        };
        (ca + 2 < cb).then(|| self.indirect(ca, cb, k, cue.b, &cue.lemma, spk))
    }

    /// "selon X, …", "… selon X.", "d'après X", "Pour le ministre, …".
    fn source_marker(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        if let Some(c) = self.relative_source(sa, se, inside_direct) {
            return Some(c);
        }
        let mut k = sa;
        while k < se {
            if inside_direct(k) {
                k += 1;
                continue;
            }
            let l = self.w.lw(k);
            // "Mais, comme le rapporte Le Parisien, …": a source marker built on a verb
            if let Some(c) = self.comme_le_rapporte(k, sa, se) {
                return Some(c);
            }
            // '… alors que pour lui "la situation est extrêmement différente"': in his view
            if l == "pour"
                && k > sa
                && matches!(self.w.lw(k + 1), "lui" | "elle" | "eux" | "elles")
                && (self.w.is_punct(k + 2, ',')
                    || matches!(self.w.kind(k + 2), Some(Kind::Mark(_))))
            {
                let ca = k + 2 + usize::from(self.w.is_punct(k + 2, ','));
                if ca + 2 < se {
                    let g = pronoun(self.w.lw(k + 1)).unwrap_or(None);
                    return Some(self.indirect(ca, se, k, k + 2, "pour", SpkRef::Pronoun(g)));
                }
            }
            let pour = l == "pour"
                && (sa..k)
                    .all(|j| !self.w.is_word(j) || matches!(self.w.lw(j), "mais" | "et" | "or"));
            // ("selon lesquelles" is a relative: its source is the antecedent, see above)
            let relative = matches!(
                self.w.lw(k + 1),
                "laquelle" | "lequel" | "lesquels" | "lesquelles"
            );
            if relative
                || !(l == "selon"
                    || (l == "d'" && self.w.lw(k + 1) == "après")
                    || l == "according"
                    || pour)
            {
                k += 1;
                continue;
            }
            let mut a = if l == "selon" || pour { k + 1 } else { k + 2 };
            if l == "selon" && self.w.is_punct(a, ',') {
                a += 1; // "Selon, Andrea Ammon, directrice …"
            }
            let mut e = self.np_end(a, se);
            let mut spk = self.analyse_np(a, e);
            if matches!(self.w.lw(a), "nos" | "notre") {
                // "selon nos informations": the newsroom itself
                spk = SpkRef::None;
            }
            let mut data_src = false;
            if let SpkRef::Desc { head, .. } = &spk {
                if is_in(DATA_HEADS, head) {
                    // "selon les données publiées dimanche par Santé publique France", "selon
                    // les calculs de l'institut Molinari": the source is who produced them
                    let (issuer, end) = self.data_issuer(a, se);
                    // (what an outlet published keeps its description when no issuer is
                    // found: "selon une information du Parisien publiée samedi")
                    let kept = is_in(DOC_HEADS, head)
                        || matches!(head.as_str(), "information" | "précisions" | "révélations");
                    if !matches!(issuer, SpkRef::None) || !kept {
                        data_src = !matches!(issuer, SpkRef::None);
                        spk = issuer;
                        e = e.max(end);
                    }
                }
            }
            match &spk {
                SpkRef::Desc { head, .. } if is_in(NOT_SOURCE, head) => spk = SpkRef::None,
                SpkRef::Desc { head, .. }
                    if pour
                        && !(is_in(TITLES, head)
                            || is_in(ANON_HEADS, head)
                            || is_in(ORG_HEADS, head)
                            || is_in(DOC_HEADS, head)) =>
                {
                    spk = SpkRef::None
                }
                SpkRef::Name { .. } | SpkRef::Pronoun(_) if pour && !self.w.is_punct(e, ',') => {
                    spk = SpkRef::None
                }
                SpkRef::Current if pour => spk = SpkRef::None,
                _ => {}
            }
            if matches!(self.w.lw(a), "que" | "qu'") {
                spk = SpkRef::None;
            }
            if matches!(spk, SpkRef::None) || a >= e {
                k += 1;
                continue;
            }
            let prefix_words = (sa..k).filter(|&j| self.w.is_word(j)).count();
            let connective = k > sa
                && self.w.is_punct(k - 1, ',')
                && prefix_words <= 3
                && !(sa..k).any(|j| self.w.is_cap(j) && j > sa);
            let at_start = connective
                || (sa..k).all(|j| {
                    matches!(self.w.lw(j), "mais" | "et" | "or" | "donc") || !self.w.is_word(j)
                });
            let comma_before = k > sa && self.w.is_punct(k - 1, ',');
            let comma_after = self.w.is_punct(e, ',');
            let at_end = e >= se || (comma_before && !comma_after && !at_start);
            if !at_start && !comma_before && !comma_after {
                // "en ordre dispersé selon les Etats": only clear sources mid-sentence
                let clear = match &spk {
                    _ if data_src => true,
                    SpkRef::Name { kind, .. } => *kind == SpeakerKind::Person,
                    SpkRef::Desc { head, .. } => {
                        is_in(ANON_HEADS, head)
                            || is_in(ORG_HEADS, head)
                            || is_in(DOC_HEADS, head)
                            || is_in(TITLES, head)
                    }
                    _ => true,
                };
                if !clear {
                    k += 1;
                    continue;
                }
            }
            let (ca, cb) = if at_start {
                let mut ca = e;
                if !self.w.is_punct(ca, ',') {
                    // "Selon le bilan des autorités communiqué vendredi soir, …": the source
                    // phrase runs to a comma a few words on
                    if let Some(c) = (e..se.min(e + 5)).find(|&j| self.w.is_punct(j, ',')) {
                        if (e..c).all(|j| self.w.is_word(j) || self.w.kind(j) == Some(Kind::Num))
                            && (e..c).all(|j| self.cue_at(j).is_none() && !is_in(AUX, self.w.lw(j)))
                        {
                            ca = c;
                        }
                    }
                }
                if self.w.is_punct(ca, ',') {
                    ca += 1;
                    // "Selon le Dr Paul Martin, directeur adjoint de l'Institut, …"
                    let f = self.w.lw(ca);
                    if matches!(spk, SpkRef::Name { .. })
                        && self.w.is_word(ca)
                        && !self.w.is_cap(ca)
                        && !is_det(f)
                        && pronoun(f).is_none()
                    {
                        if let Some(c2) =
                            (ca + 1..se.min(ca + 22)).find(|&j| self.w.is_punct(j, ','))
                        {
                            ca = c2 + 1;
                        }
                    }
                } else if pour {
                    k += 1;
                    continue;
                }
                (ca, se)
            } else if at_end {
                let mut cb = k;
                if cb > sa && self.w.is_punct(cb - 1, ',') {
                    cb -= 1;
                }
                // after a quotation with its own cue, the statement starts at the last clause
                let mut ca = sa;
                if let Some(d) = (sa..cb).rev().find(|&j| inside_direct(j)) {
                    ca = (d + 1..cb)
                        .rev()
                        .find(|&j| matches!(self.w.lw(j), "dont" | "qui" | "où"))
                        .or_else(|| {
                            (d + 1..cb)
                                .rev()
                                .find(|&j| self.w.is_punct(j, ','))
                                .map(|j| j + 1)
                        })
                        .unwrap_or(d + 1);
                    // '"…", a-t-il ajouté, selon plusieurs participants': the attribution of
                    // the quotation, no statement of its own
                    let mut f = ca;
                    while f < cb && !self.w.is_word(f) {
                        f += 1;
                    }
                    if self.cue_at(f).is_some_and(|q| q.inv_pronoun.is_some())
                        || self.inverted_clause(f).is_some()
                    {
                        k += 1;
                        continue;
                    }
                }
                (ca, cb)
            } else {
                (sa, se)
            };
            if cb > ca + 1 {
                let lemma = if pour { "pour" } else { "selon" };
                return Some(self.indirect(ca, cb, k, a, lemma, spk));
            }
            k = e.max(k + 1);
        }
        None
    }

    /// The producer of data designated by the description starting at `a` ("les données
    /// publiées par Santé publique France", "les calculs de l'institut Molinari"): the source
    /// after "par" or "de", and where its phrase ends. `SpkRef::None` when none is named.
    fn data_issuer(&self, a: usize, se: usize) -> (SpkRef, usize) {
        let lim = se.min(a + 10);
        let mut j = a + 1;
        // "selon les premières informations, livrées par la préfecture"
        let comma_participle =
            |j: usize| self.w.is_punct(j, ',') && is_in(DATA_PARTICIPLES, self.w.lw(j + 1));
        // (dates are part of the phrase: "un sondage publié dimanche 11 mars par …")
        while j < lim
            && (self.w.is_word(j) || self.w.kind(j) == Some(Kind::Num) || comma_participle(j))
        {
            if matches!(self.w.lw(j), "par" | "de" | "d'" | "du" | "des") {
                // ("du Parisien": the name after the contracted article)
                let s = j + usize::from(
                    matches!(self.w.lw(j), "par" | "de" | "d'")
                        || matches!(self.w.lw(j), "du" | "des") && self.w.is_cap(j + 1),
                );
                if matches!(self.w.kind(s), Some(Kind::Mark(_))) {
                    // a publication named in marks: 'les informations de "Chez Pol"'
                    if let Some(c) = (s + 1..se.min(s + 7))
                        .find(|&k| matches!(self.w.kind(k), Some(Kind::Mark(_))))
                    {
                        if c > s + 1 && self.w.is_cap(s + 1) {
                            let r = SpkRef::Name {
                                s: s + 1,
                                e: c,
                                kind: SpeakerKind::Organisation,
                                entity: self.mention_entity(s + 1, c),
                            };
                            return (r, c + 1);
                        }
                    }
                }
                let mut e = self.np_end(s, se);
                // "un bilan du ministère réalisé à 6h": the participle ends the issuer
                if let Some(p) = (s + 1..e).find(|&k| is_in(DATA_PARTICIPLES, self.w.lw(k))) {
                    e = p;
                }
                if e > s {
                    let r = self.analyse_np(s, e);
                    let ok = match &r {
                        SpkRef::Name { .. } | SpkRef::Latest(_) => true,
                        SpkRef::Desc { head, .. } => {
                            is_in(ORG_HEADS, head) || is_in(ANON_HEADS, head) || is_in(TITLES, head)
                        }
                        _ => false,
                    };
                    if ok {
                        return (r, e);
                    }
                }
            }
            j += 1;
        }
        (SpkRef::None, a)
    }

    /// "X a déclaré que …", "Moscou dément vouloir …", "X a annoncé son intention de …".
    fn reporting_clause(
        &self,
        sa: usize,
        se: usize,
        inside_direct: &dyn Fn(usize) -> bool,
        cue_used: &dyn Fn(usize) -> bool,
    ) -> Option<Cand> {
        for k in sa..se {
            if inside_direct(k) || cue_used(k) || self.inside_quote(k) {
                continue;
            }
            let Some(cue) = self.cue_at(k) else { continue };
            // "Damien Abad se dit contre la privatisation", "qui se dit "à la disposition
            // de la justice"": the attribute is the statement
            if k > 0
                && self.w.lw(k - 1) == "se"
                && matches!(self.w.lw(k), "dit" | "disent" | "disait" | "disaient")
                && k + 2 < se
                && !matches!(self.w.lw(k + 1), "que" | "qu'")
            {
                let ca = k + 1;
                let mut cb = ca;
                let stop = |x: usize| {
                    self.w.is_punct(x, ',')
                        || self.w.is_punct(x, ';')
                        || (x > ca && matches!(self.w.lw(x), "mais" | "et" | "car" | "alors"))
                };
                while cb < se && !stop(cb) {
                    cb += 1;
                }
                if cb > ca + 1 {
                    let spk = self.subject_before(k - 1);
                    if !matches!(spk, SpkRef::None) {
                        return Some(self.indirect(ca, cb, k - 1, k + 1, "dire", spk));
                    }
                }
            }
            // "Avant de reconnaître que …": the infinitive's subject is the current speaker
            let avant_de =
                k >= 2 && matches!(self.w.lw(k - 1), "d'" | "de") && self.w.lw(k - 2) == "avant";
            if cue.inv_pronoun.is_some()
                || (k > 0
                    && !avant_de
                    && matches!(self.w.lw(k - 1), "d'" | "de" | "à" | "pour" | "s'" | "se"))
            {
                continue;
            }
            let participle_present = self.w.lw(cue.b - 1).ends_with("ant");
            // after the verb, "le", "la", "les", "leur" open the object: only adverbs are
            // skipped there ("a annoncé le lancement", not "lancement")
            let mut j0 = cue.b;
            while j0 < se
                && j0 < cue.b + 3
                && self.w.is_word(j0)
                && is_in(ADVERBS, self.w.lw(j0))
                && !is_det(self.w.lw(j0))
                && !matches!(self.w.lw(j0), "de" | "d'" | "leur" | "leurs" | "lui")
            {
                j0 += 1;
            }
            // "a appelé à une journée de grève": the "à" of a directive verb opens its object
            let directive_lemma = matches!(
                cue.lemma.as_str(),
                "appeler" | "demander" | "exhorter" | "inviter"
            );
            let mut j = if directive_lemma && matches!(self.w.lw(j0), "à" | "au" | "aux") {
                j0
            } else {
                self.skip_complements_ext(j0, se, true)
            };
            if self.w.is_punct(j, ',') {
                j += 1;
                // "a indiqué, début mai, que …"
                let j2 = self.skip_complements(j, se);
                if j2 > j {
                    j = j2;
                    if self.w.is_punct(j, ',') {
                        j += 1;
                    }
                }
                // "a estimé, vendredi dans un entretien accordé au Point, que …": any
                // insertion of plain words between two commas before "que"
                if !matches!(self.w.lw(j), "que" | "qu'") {
                    if let Some(c) = (j..se.min(j + 20)).find(|&x| !self.w.is_word(x)) {
                        if self.w.is_punct(c, ',')
                            && c > j
                            && matches!(self.w.lw(c + 1), "que" | "qu'")
                        {
                            j = c + 1;
                        }
                    }
                }
            }
            let l2 = self.w.lw(j);
            let que = matches!(l2, "que" | "qu'" | "that");
            let infinitive = !que
                && cue.class == VerbClass::Strong
                && self.w.is_word(j)
                && !self.w.is_cap(j)
                && is_infinitive(l2)
                && (cue.b == k + 1 || is_in(AUX, self.w.lw(k)));
            let l2 = if matches!(self.w.kind(j), Some(Kind::Mark(_))) && is_det(self.w.lw(j + 1)) {
                self.w.lw(j + 1) // 'a félicité "les policiers …"'
            } else {
                l2
            };
            let object = !que
                && !infinitive
                && OBJECT_CUES.contains(&cue.lemma.as_str())
                && (matches!(
                    l2,
                    "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "leurs"
                        | "l'"
                        | "le"
                        | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "des"
                        | "cet"
                        | "cette"
                        | "ce"
                        | "ces"
                ) || (l2 == "sur" && cue.lemma == "insister")
                    || (l2 == "pour" && cue.lemma == "plaider")
                    || (l2 == "contre" && cue.lemma == "mettre en garde"));
            // "a appelé les gouvernements à se préparer …", "appelle à une journée …"
            let directive =
                !que && matches!(
                    cue.lemma.as_str(),
                    "appeler" | "demander" | "exhorter" | "inviter"
                ) && !matches!(
                    self.w.lw(k.wrapping_sub(1)),
                    "s'" | "se" | "l'" | "les" | "la" | "le"
                ) && (j..(j + 8).min(se)).any(|x| self.w.lw(x) == "à");
            // an indirect question: "a rappelé dans quel cadre …", "a expliqué pourquoi …"
            let wh = |w: &str| matches!(w, "quel" | "quelle" | "quels" | "quelles");
            let question = !que
                && cue.class == VerbClass::Strong
                && (cue.b == k + 1 || is_in(AUX, self.w.lw(k)))
                && (matches!(
                    l2,
                    "si" | "s'il" | "s'ils" | "comment" | "pourquoi" | "combien" | "où" | "quand"
                ) || wh(l2)
                    || (matches!(l2, "dans" | "à" | "de" | "pour" | "par")
                        && wh(self.w.lw(j + 1))));
            if !(que && cue.class == VerbClass::Strong
                || infinitive
                || object
                || directive
                || question)
                || j + 1 >= se
            {
                continue;
            }
            // a reporting clause opening the sentence as a subordinate ("Si elle a assuré
            // que …, elle entend …", "Après avoir affirmé que …, la ministre …") ends at the
            // comma before the main clause's subject
            let (s0, s1) = (self.w.lw(sa), self.w.lw(sa + 1));
            let subordinate = (matches!(
                s0,
                "si" | "s'"
                    | "après"
                    | "avant"
                    | "quand"
                    | "lorsque"
                    | "lorsqu'"
                    | "puisque"
                    | "puisqu'"
            ) || (matches!(s0, "alors" | "bien" | "tandis")
                && matches!(s1, "que" | "qu'")))
                // ("Alors que la directrice générale de la société Miss France, Sylvie
                // Tellier, a déclaré que …, Geneviève de Fontenay s'est insurgée")
                && cue.a < sa + 16;
            // the main clause: a comma, then a subject and its verb within a few words
            let main_after = |ca: usize| {
                (ca + 2..se).find(|&x| {
                    let subject = is_det(self.w.lw(x + 1))
                        || pronoun(self.w.lw(x + 1)).is_some()
                        || self.w.is_cap(x + 1);
                    self.w.is_punct(x, ',')
                        && subject
                        && (x + 2..(x + 14).min(se)).any(|v| {
                            is_in(AUX, self.w.lw(v)) || self.lex.lookup(self.w.lw(v)).is_some()
                        })
                })
            };
            // ", indiquant que …": the subject of the clause before, a person newly named as
            // subject ("Jérôme Salomon a dressé un bilan, indiquant que") or the current speaker
            let mut spk = if participle_present && k > 0 && self.w.is_punct(k - 1, ',') {
                SpkRef::Pronoun(None)
            } else if avant_de {
                SpkRef::Current
            } else {
                self.subject_before(cue.a)
            };
            let past_infinitive = cue.a > 0 && self.w.lw(cue.a - 1) == "avoir";
            // "…, annoncent les autorités dimanche après avoir évoqué …": inside the sentence,
            // the past infinitive's subject is the speaker just designated
            if past_infinitive
                && !subordinate
                && cue.a >= 2
                && matches!(self.w.lw(cue.a - 2), "après" | "sans")
            {
                spk = SpkRef::Current;
            }
            if (matches!(spk, SpkRef::None) || past_infinitive)
                && subordinate
                && matches!(self.w.lw(sa), "après" | "avant")
            {
                // "Après avoir affirmé …, la ministre": the main clause's subject
                if let Some(x) = main_after(j) {
                    let e = self.np_end(x + 1, se);
                    if e > x + 1 {
                        spk = self.analyse_np(x + 1, e);
                    }
                }
            }
            if matches!(spk, SpkRef::None) {
                continue;
            }
            let ca = if que || matches!(l2, "sur" | "pour" | "contre") || (directive && l2 == "à")
            {
                j + 1
            } else if directive && j > cue.b && is_det(self.w.lw(j - 1)) {
                j - 1 // the determiner skipped as a clitic: "appelé les gouvernements à …"
            } else {
                j
            };
            let mut cb = self.clause_end(ca, se);
            if subordinate {
                if let Some(x) = main_after(ca) {
                    cb = cb.min(x);
                }
            }
            return Some(self.indirect(ca, cb, cue.a, cue.b, &cue.lemma, spk));
        }
        None
    }

    /// End of a reported clause: before "et a refusé …" or ", ajoutant …".
    fn clause_end(&self, ca: usize, se: usize) -> usize {
        for j in ca + 1..se {
            let l = self.w.lw(j);
            if l == "et"
                && is_in(AUX, self.w.lw(j + 1))
                && looks_participle(self.w.lw(j + 2))
                && !matches!(self.w.lw(j + 1), "est" | "sont" | "était" | "étaient")
            {
                return j;
            }
            if self.w.is_punct(j, ',')
                && self.w.lw(j + 1).ends_with("ant")
                && self.cue_at(j + 1).is_some()
            {
                return j;
            }
            // "…, interrogé sur les propos de X": a participle about the speaker closes the
            // reported clause
            if self.w.is_punct(j, ',')
                && matches!(
                    self.w.lw(j + 1).trim_end_matches(['e', 's']),
                    "interrogé" | "questionné" | "invité" | "interpellé" | "sollicité" | "cité"
                )
            {
                return j;
            }
            // "a annoncé sa candidature, et présenté sa liste": a second predicate of the
            // reporting clause's subject
            if self.w.is_punct(j, ',')
                && self.w.lw(j + 1) == "et"
                && looks_participle(self.w.lw(j + 2))
            {
                return j;
            }
        }
        se
    }

    fn indirect(
        &self,
        ca: usize,
        cb: usize,
        qa: usize,
        qb: usize,
        lemma: &str,
        spk: SpkRef,
    ) -> Cand {
        let content = self.w.span(ca, cb);
        let cue = self.w.span(qa, qb);
        Cand {
            kind: QuoteKind::Indirect,
            span: content.cover(cue),
            content,
            cue: Some(cue),
            lemma: Some(lemma.to_string()),
            spk,
            unclosed: false,
            bare: false,
            next_subject: None,
        }
    }

    // ------------------------------------------------------------ resolution

    /// Cuts a speaker's name at byte `i`; its span follows only when it shows that very name.
    fn cut_name(&self, sp: &mut Speaker, i: usize) {
        let same = sp
            .span
            .and_then(|x| self.w.text.get(x.range()))
            .is_some_and(|t| t == sp.name);
        sp.name.truncate(i);
        if same {
            sp.span = sp.span.map(|x| Span::new(x.start, x.start + i as u32));
        }
    }

    /// Cuts an unclosed parenthesis left by a name's boundary ("Le tribunal administratif de
    /// Montreuil (Seine-Saint-Denis"); the span follows only when it shows that very name.
    fn tidy_name(&self, mut sp: Speaker) -> Speaker {
        if let Some(i) = sp.name.find(" (").filter(|_| !sp.name.contains(')')) {
            self.cut_name(&mut sp, i);
        }
        sp
    }

    /// An acronym speaker ("JDD", "Sete") spelled out elsewhere in the article: the full
    /// form, as the gold and the user expect. The words just before "(Sete)" when their
    /// initials spell it; for an all-capitals acronym, else the first phrase of the article
    /// whose content-word initials spell it ("le Journal du Dimanche") and that names no
    /// person ("Pierre Sarkozy" does not spell "PS"). `cache` keeps one answer per acronym,
    /// so an article costs one scan per distinct acronym.
    fn expand_acronym(
        &self,
        sp: Speaker,
        cache: &mut Vec<(String, Option<(usize, usize)>)>,
    ) -> Speaker {
        let acr = sp.name.as_str();
        let n = acr.chars().count();
        if !(2..=6).contains(&n.min(7))
            || !acr.chars().all(|c| c.is_alphabetic() || c == '-')
            || acr.starts_with('-')
            || acr.ends_with('-')
            || !acr.chars().next().is_some_and(char::is_uppercase)
        {
            return sp;
        }
        let found = match cache.iter().find(|(a, _)| a == acr) {
            Some((_, f)) => *f,
            None => {
                let f = self.spell_out(acr);
                cache.push((acr.to_string(), f));
                f
            }
        };
        match found {
            Some((a, b)) => {
                let span = self.w.span(a, b);
                Speaker {
                    name: self.w.text.get(span.range()).unwrap_or(acr).to_string(),
                    span: Some(span),
                    ..sp
                }
            }
            None => sp,
        }
    }

    /// Word range [s, e) of the phrase that spells the acronym `acr` (see `expand_acronym`).
    fn spell_out(&self, acr: &str) -> Option<(usize, usize)> {
        let n = acr.chars().count();
        let acr_l = acr.to_lowercase();
        let first = acr_l.chars().next()?;
        let function = |w: &str| {
            matches!(
                w,
                "le" | "la" | "les" | "l'" | "de" | "du" | "des" | "d'" | "et" | "à" | "au" | "aux"
            )
        };
        let article = |w: &str| matches!(w, "le" | "la" | "les" | "l'");
        let mut initials = String::new();
        // "du", "de" and "des" may give a letter ("JDD": Journal du Dimanche) or not
        let mut spell = |a: usize, letter_de: bool| -> Option<(usize, usize)> {
            if !self.w.is_word(a) || function(self.w.lw(a)) || !self.w.lw(a).starts_with(first) {
                return None;
            }
            initials.clear();
            let mut content = 0;
            for b in a..(a + 3 * n).min(self.w.len()) {
                if !self.w.is_word(b) {
                    return None;
                }
                let l = self.w.lw(b);
                let counts = !function(l) || (letter_de && matches!(l, "du" | "de" | "des"));
                if counts {
                    initials.extend(l.chars().next());
                    content += usize::from(!function(l));
                }
                if !acr_l.starts_with(initials.as_str()) {
                    return None;
                }
                if initials == acr_l {
                    let cap = (a..=b).any(|k| self.w.is_cap(k));
                    let s = if a > 0 && article(self.w.lw(a - 1)) {
                        a - 1
                    } else {
                        a
                    };
                    return (content >= 2 && cap && b > a).then_some((s, b + 1));
                }
            }
            None
        };
        let limit = self.w.len().min(20_000);
        let paren = (1..limit).find(|&k| {
            self.w.tx(k) == acr && self.w.is_punct(k - 1, '(') && self.w.is_punct(k + 1, ')')
        });
        if let Some(k) = paren {
            let p = k - 1;
            return (p.saturating_sub(3 * n)..p)
                .find_map(|a| {
                    spell(a, false)
                        .or_else(|| spell(a, true))
                        .filter(|&(_, e)| e == p)
                })
                .or_else(|| self.loose_spelling(acr, p));
        }
        if !acr.chars().all(char::is_uppercase) {
            return None;
        }
        let names_person = |s: usize, e: usize| {
            let (lo, hi) = (self.w.w[s].s, self.w.w[e - 1].e);
            self.persons
                .iter()
                .any(|p| p.at.iter().any(|&x| x >= lo && x < hi))
        };
        (0..limit)
            .find_map(|a| {
                spell(a, false)
                    .or_else(|| spell(a, true))
                    .filter(|&(s, e)| !names_person(s, e) && !self.cuts_a_mention(s, e))
            })
            .or_else(|| self.loose_org_spelling(acr, limit))
    }

    /// An organisation name opening with an organisation word whose initials hold the
    /// acronym's letters in order ("l'Observatoire national des stations de montagne" …
    /// "l'OSM"), its first letter first: word range from the article to the last letter.
    fn loose_org_spelling(&self, acr: &str, limit: usize) -> Option<(usize, usize)> {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if letters.len() < 2 {
            return None;
        }
        (1..limit).find_map(|a| {
            if !self.w.is_cap(a)
                || !is_in(ORG_WORDS, self.w.lw(a))
                || !matches!(self.w.lw(a - 1), "le" | "la" | "l'" | "les")
                || !self.w.lw(a).starts_with(letters[0])
            {
                return None;
            }
            let mut i = 1;
            for b in a + 1..(a + 10).min(self.w.len()) {
                if !self.w.is_word(b) {
                    return None;
                }
                if self.w.lw(b).starts_with(letters[i]) && !is_det(self.w.lw(b)) {
                    i += 1;
                    if i == letters.len() {
                        return Some((a - 1, b + 1));
                    }
                }
            }
            None
        })
    }

    /// The phrase before "(ACR)" at word `p` whose initials hold the acronym's letters in
    /// order, some words giving none ("l'Observatoire national des stations de montagne
    /// (OSM)", "l'Assistance publique-Hôpitaux de Paris (AP-HP)"): from the article just
    /// before it, with no punctuation between.
    fn loose_spelling(&self, acr: &str, p: usize) -> Option<(usize, usize)> {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let lo = p.saturating_sub(12);
        let mut a = p;
        while a > lo
            && self.w.is_word(a - 1)
            && !matches!(self.w.lw(a - 1), "le" | "la" | "l'" | "les")
        {
            a -= 1;
        }
        if a == lo || a == p || !self.w.is_word(a - 1) {
            return None;
        }
        // the initials of the words and of their hyphenated parts
        let initials: Vec<char> = (a..p)
            .flat_map(|k| {
                self.w
                    .lw(k)
                    .split('-')
                    .filter_map(|x| x.chars().next())
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut want = letters.iter().peekable();
        for c in &initials {
            if want.peek() == Some(&c) {
                want.next();
            }
        }
        let first_ok = initials.first() == letters.first();
        (first_ok && want.peek().is_none() && (a..p).any(|k| self.w.is_cap(k)))
            .then_some((a - 1, p))
    }

    /// Does a mention start inside words [s, e) and end after them ("la Coupe de la Ligue
    /// face au Paris SG" does not spell "LFP")?
    fn cuts_a_mention(&self, s: usize, e: usize) -> bool {
        let (lo, hi) = (self.w.w[s].s, self.w.w[e - 1].e);
        let from = self.mentions.partition_point(|m| m.span.start < lo);
        let to = self.mentions.partition_point(|m| m.span.start < hi);
        self.mentions[from..to.max(from)]
            .iter()
            .any(|m| m.span.end > hi)
    }

    pub fn run(&self) -> Output {
        let mut used_cue = Vec::new();
        let mut fragments = Vec::new();
        let mut direct = self.direct_candidates(&mut used_cue, &mut fragments);
        if self.w.text.contains('\n') {
            let dashes = self.dash_candidates(&mut used_cue);
            direct.retain(|d| !dashes.iter().any(|x| x.span.overlaps(d.span)));
            direct.extend(dashes);
            direct.sort_by_key(|c| c.span.start);
        }
        let mut indirect = self.indirect_candidates(&direct, &used_cue, &fragments);
        // a bare mixed quotation ('explique que l'employée "était …. …"') and the reporting
        // clause read over its first sentence are one statement: the quotation's span, the
        // clause's cue and speaker
        indirect.retain(|i| {
            let Some(d) = direct.iter_mut().find(|d| {
                d.kind == QuoteKind::Mixed && d.cue.is_none() && d.content.start == i.content.start
            }) else {
                return true;
            };
            d.cue = i.cue;
            d.lemma.clone_from(&i.lemma);
            d.spk = i.spk.clone();
            d.bare = false;
            d.span = d.content.cover(i.cue.unwrap_or(d.content));
            false
        });
        // direct quotes swallowed by a mixed indirect clause, or taken whole by a source
        // marker ('Selon lui, "…"'), are dropped
        let mut cands: Vec<Cand> = direct
            .into_iter()
            .filter(|d| {
                !indirect.iter().any(|i| {
                    (i.kind == QuoteKind::Mixed && i.content.contains(d.span))
                        || (i.kind == QuoteKind::Direct && i.content == d.content)
                })
            })
            .collect();
        cands.extend(indirect);
        cands.sort_by_key(|c| (c.span.start, c.span.end));
        cands.retain_mut(|c| self.passive_to_agent(c));

        let mut state = State::default();
        let mut quotes = Vec::with_capacity(cands.len());
        let mut acronyms = Vec::new();
        // statements whose pronoun opens the article with no antecedent (OrangeSum articles
        // lose their lede: "Dans le même temps, il a affirmé …"), waiting for the speaker the
        // next statements designate ("…, a affirmé le député du Gard"); with the state from
        // before them, so that their guesses do not become antecedents
        // (singular pronouns only, with no organisation named before that could be the
        // antecedent: "Le gouvernement a publié un décret. Il affirme …")
        let mut orphans: Vec<(usize, Option<bool>)> = Vec::new();
        let mut before_orphans: Option<State> = None;
        for c in cands {
            let orphan = match c.spk {
                SpkRef::Pronoun(_) => {
                    (!orphans.is_empty()
                        || (state.last.is_none()
                            && !self.person_before(c.span.start)
                            && !self.org_before(c.span.start)))
                        && !self.plural_subject(&c)
                }
                _ => false,
            };
            let explicit = matches!(
                c.spk,
                SpkRef::Name {
                    kind: SpeakerKind::Person,
                    ..
                } | SpkRef::Desc {
                    indefinite: false,
                    ..
                }
            );
            let near = orphans
                .first()
                .is_some_and(|&(o, _)| c.span.start.saturating_sub(quotes_start(&quotes, o)) < 800);
            // ("…", a répliqué Marine Le Pen: who replies is not who spoke before)
            let reply = matches!(
                c.lemma.as_deref(),
                Some("répliquer" | "rétorquer" | "répondre")
            );
            if orphan && orphans.is_empty() {
                before_orphans = Some(state.clone());
            }
            if !orphans.is_empty() && explicit && near {
                if let Some(saved) = before_orphans.take() {
                    state = saved;
                }
            }
            // ("X a commencé son discours en assurant que …": a gerund reports within the
            // narration; "…, a-t-il poursuivi" goes on with who spoke before)
            // (not "X a insisté … en soulignant": a speech verb of its own makes X speak)
            let gerund = match (&c.spk, c.cue) {
                (SpkRef::Name { e, .. }, Some(q)) => {
                    self.w.text[q.range()].ends_with("ant")
                        && self.word_at(q.start).is_some_and(|k| {
                            k > *e
                                && self.w.lw(k - 1) == "en"
                                && (*e..k - 1).all(|j| self.cue_at(j).is_none())
                        })
                }
                _ => false,
            };
            let narrated = gerund.then(|| (state.last.clone(), state.last_person.clone()));
            let speaker = self.resolve(&c, &mut state);
            if let Some((last, last_person)) = narrated {
                if last.is_some() {
                    state.last = last;
                    state.last_person = last_person;
                }
            }
            let speaker = self.expand_acronym(self.tidy_name(speaker), &mut acronyms);
            if orphan {
                let g = match c.spk {
                    SpkRef::Pronoun(g) => g,
                    _ => None,
                };
                orphans.push((quotes.len(), g));
            } else if !orphans.is_empty() {
                let fem = state
                    .last
                    .as_ref()
                    .filter(|(sp, _)| sp.name == speaker.name)
                    .and_then(|(_, f)| *f);
                if explicit
                    && near
                    && !reply
                    && matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Anonymous)
                {
                    for &(o, g) in &orphans {
                        if compatible(g, fem) {
                            let q: &mut Quote = &mut quotes[o];
                            q.speaker = speaker.clone();
                        }
                    }
                }
                orphans.clear();
                before_orphans = None;
            }
            quotes.push(Quote {
                kind: c.kind,
                span: c.span,
                content: c.content,
                cue: c.cue,
                cue_lemma: c.lemma,
                speaker,
                unclosed: c.unclosed,
            });
        }
        let quotes = split_joined_pieces(quotes, self.w.text);
        let sourcing = summarize(&quotes, self.w.text);
        Output { quotes, sourcing }
    }

    fn resolve(&self, c: &Cand, st: &mut State) -> Speaker {
        // a person's name starts with a capital: a lowercase phrase taken for one (a glued
        // headline before the subject) says nothing, the current speaker goes on
        if let SpkRef::Name {
            s,
            kind: SpeakerKind::Person,
            ..
        } = &c.spk
        {
            if !self.w.tx(*s).starts_with(|ch: char| ch.is_uppercase()) {
                let current = Cand {
                    spk: SpkRef::Current,
                    ..c.clone()
                };
                return self.resolve(&current, st);
            }
        }
        let pos = c.span.start;
        let unknown = |name: &str| Speaker {
            name: name.to_string(),
            kind: SpeakerKind::Unknown,
            span: None,
            entity: None,
        };
        let sp = match &c.spk {
            SpkRef::Name { s, e, kind, entity } => {
                // a name inside an outlet's name ("Bleu Isère" of "France Bleu Isère") is the
                // outlet
                // (the outlets are looked for only near a word that may start one)
                let near =
                    (s.saturating_sub(2)..*e).any(|j| crate::media::may_start_outlet(self.w.lw(j)));
                let outlets = if near { self.outlets() } else { &[] };
                let outlet = outlets
                    .get(outlets.partition_point(|&(_, oe)| oe <= *s))
                    .filter(|&&(os, oe)| os <= *s && oe >= *e)
                    .and_then(|&(os, oe)| self.outlet_speaker(os, oe));
                if let Some(sp) = outlet {
                    st.set(sp.clone(), None);
                    return self.finish(c, st, sp);
                }
                let span = self.w.span(*s, *e);
                let text = &self.w.text[span.range()];
                // "selon Le Figaro": an outlet, whatever the NER layer tagged
                let kind = if crate::media::names_outlet(text) {
                    &SpeakerKind::Organisation
                } else {
                    kind
                };
                if *kind == SpeakerKind::Person {
                    let last = self.w.lw(*e - 1);
                    let p = self
                        .persons
                        .iter()
                        .find(|p| p.name == text || p.surname == last);
                    let (name, entity, fem) = match p {
                        Some(p) => (p.name.clone(), p.entity.or(*entity), p.fem),
                        None => (text.to_string(), *entity, first_name_gender(self.w.lw(*s))),
                    };
                    let sp = Speaker {
                        name,
                        kind: SpeakerKind::Person,
                        span: Some(span),
                        entity,
                    };
                    st.set(sp.clone(), fem);
                    sp
                } else {
                    let sp = Speaker {
                        name: text.to_string(),
                        kind: *kind,
                        span: Some(span),
                        entity: *entity,
                    };
                    st.set(sp.clone(), None);
                    sp
                }
            }
            SpkRef::Pronoun(g) => {
                // antecedents up to the cue: a mixed statement may start before the name
                // ("Pour Agnès Le Brun, …, souligne-t-elle")
                let pos = if c.kind == QuoteKind::Mixed {
                    c.cue.map_or(pos, |q| q.start.max(pos))
                } else {
                    pos
                };
                // a person named in the narrative since the last speaker was designated (names
                // inside reported contents are not antecedents)
                let newer = self.newer_person(pos, *g, st);
                let last = match (&st.last, &st.last_person) {
                    (Some((sp, _)), Some(lp))
                        if st.last_media
                            && sp.kind != SpeakerKind::Person
                            && compatible(*g, lp.1) =>
                    {
                        Some(lp.clone())
                    }
                    (Some((sp, _)), None) if st.last_media && sp.kind != SpeakerKind::Person => {
                        // after "selon le journal X": the person the narrative is about
                        match self.nearest_person(pos, *g) {
                            Some(p) => {
                                let pp = &self.persons[p];
                                Some((
                                    Speaker {
                                        name: pp.name.clone(),
                                        kind: SpeakerKind::Person,
                                        span: Some(pp.span),
                                        entity: pp.entity,
                                    },
                                    pp.fem,
                                ))
                            }
                            None => st.last.clone(),
                        }
                    }
                    (l, _) => l.clone(),
                };
                match (&last, newer) {
                    (_, Some(p)) => self.person_speaker(p, st),
                    (Some((sp, fem)), None) if compatible(*g, *fem) => {
                        st.set(sp.clone(), *fem);
                        sp.clone()
                    }
                    _ => match self
                        .nearest_person(pos, *g)
                        .or_else(|| self.next_person(pos, *g))
                    {
                        Some(p) => self.person_speaker(p, st),
                        // "Le premier ministre a pris la parole. … », a-t-il déclaré"
                        None => match self.title_subject_before(pos, *g) {
                            Some(sp) => {
                                st.set(sp.clone(), *g);
                                sp
                            }
                            None => unknown("?"),
                        },
                    },
                }
            }
            SpkRef::Latest(g) => {
                let latest = self
                    .persons
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| compatible(p.fem, *g))
                    .filter_map(|(i, p)| p.at.iter().filter(|&&a| a < pos).max().map(|&a| (i, a)))
                    .max_by_key(|&(_, a)| a);
                match latest {
                    Some((p, _)) => self.person_speaker(p, st),
                    None => unknown("?"),
                }
            }
            SpkRef::Current if c.bare && self.newer_person(pos, None, st).is_some() => {
                // a bare quotation after a sentence about a person not yet quoted: "Philippe
                // Martinez était l'invité de RTL. (…) « Notre système est bon … »"
                let p = self.newer_person(pos, None, st).unwrap_or_default();
                self.person_speaker(p, st)
            }
            SpkRef::Current => {
                let recent = st.last_pos.is_some_and(|p| pos.saturating_sub(p) < 1500);
                match &st.last {
                    Some((sp, _)) if recent || !c.bare => sp.clone(),
                    _ => match c.next_subject {
                        Some(p) => self.person_speaker(p, st),
                        None => unknown(""),
                    },
                }
            }
            SpkRef::Desc {
                s,
                e,
                head,
                indefinite,
                fem,
            } => {
                let span = self.w.span(*s, *e);
                let text = self.w.text[span.range()].to_string();
                let h = head.as_str();
                let key = self.title_key(*s, *e, *indefinite, h);
                let remembered = key
                    .as_ref()
                    .and_then(|k| st.titles.iter().rev().find(|(t, _, _)| t == k))
                    .map(|(_, sp, f)| (sp.clone(), *f));
                if let Some((sp, f)) = remembered {
                    st.set(sp.clone(), f);
                    return self.finish(c, st, sp);
                }
                // "a poursuivi cette source", "selon la même source": the anonymous source
                // designated last, whatever its head ("un responsable de l'université")
                if matches!(h, "source" | "interlocuteur" | "interlocutrice")
                    && (matches!(self.w.lw(*s), "cette" | "cet" | "ce")
                        || self.w.lw(*s + 1) == "même")
                {
                    // (with no anonymous source yet, the source speaking last: "selon la
                    // même source" after a named official)
                    let same = st
                        .last_anon
                        .clone()
                        .or_else(|| st.last.as_ref().map(|(sp, _)| sp.clone()));
                    if let Some(sp) = same {
                        st.set(sp.clone(), *fem);
                        return self.finish(c, st, sp);
                    }
                }
                // "selon les estimations du quotidien" after "révèle Le Monde": a definite
                // media noun is an anaphor of the medium named before
                // (not "le site du ministère", "la télévision publique russe": a noun phrase
                // of its own, at most one adjective after the head)
                let own_phrase = (*s + 1..*e).any(|j| {
                    matches!(self.w.lw(j), "de" | "d'" | "du" | "des") || self.w.is_cap(j)
                }) || e.saturating_sub(*s) > 3;
                if !*indefinite
                    && !own_phrase
                    && is_in(MEDIA_HEADS, h)
                    && matches!(
                        self.w.lw(*s),
                        "le" | "la" | "l'" | "du" | "au" | "ce" | "cet" | "cette"
                    )
                {
                    // (the outlet named last: "une enquête de Franceinfo. Le média …"; one
                    // of the right kind: "selon la radio locale" is not "Le Parisien")
                    let fits = |x: &Speaker| crate::media::fits(h, &x.name);
                    let named = self.outlet_before(span.start, &fits);
                    let medium = st.medium.clone().filter(|m| fits(m));
                    let start =
                        |x: &Option<Speaker>| x.as_ref().and_then(|x| x.span).map(|x| x.start);
                    let latest = if start(&named) > start(&medium) {
                        named
                    } else {
                        medium
                    };
                    // ("dénonce le journal satirique. (…) note encore le Canard enchaîné": an
                    // outlet named just after)
                    let latest = latest.or_else(|| self.outlet_after(span.end, &fits));
                    if let Some(sp) = latest {
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                }
                // "l'élu", "le médecin": a definite role of a person named in the article
                let role_of_named = !*indefinite
                    && !h.ends_with('s')
                    && is_in(ANON_HEADS, h)
                    && !matches!(
                        h,
                        "source"
                            | "témoin"
                            | "habitant"
                            | "habitante"
                            | "proche"
                            | "interlocuteur"
                            | "interlocutrice"
                            | "résident"
                            | "official"
                            | "witness"
                            | "resident"
                    )
                    && matches!(self.w.lw(*s), "le" | "la" | "l'");
                let named = if role_of_named {
                    self.role_match(&text, h, pos, span.end, *fem, st)
                } else {
                    None
                };
                if let Some(p) = named {
                    self.person_speaker(p, st)
                } else if is_in(ANON_HEADS, h)
                    && (*indefinite || st.last_anon.is_none() || h.ends_with('s'))
                {
                    let sp = Speaker {
                        name: text,
                        kind: SpeakerKind::Anonymous,
                        span: Some(span),
                        entity: None,
                    };
                    st.last_anon = Some(sp.clone());
                    st.anons.push((h.to_string(), sp.clone()));
                    st.set(sp.clone(), *fem);
                    sp
                } else if let Some(sp) = (!*indefinite)
                    .then(|| {
                        st.anons
                            .iter()
                            .rev()
                            .find(|(x, _)| x == h)
                            .map(|(_, sp)| sp.clone())
                    })
                    .flatten()
                {
                    // "le porte-parole d'AREA" after "un porte-parole d'AREA"; but "son
                    // avocat" named since ("son avocat, Stuart Goldfarb, …"): that person
                    let after = sp.span.map_or(0, |x| x.end);
                    let apposed = |a: u32| {
                        self.word_at(a).is_some_and(|i| {
                            let j = if i > 0 && self.w.is_punct(i - 1, ',') {
                                i - 1
                            } else {
                                i
                            };
                            j > 0 && self.w.lw(j - 1) == h
                        })
                    };
                    let holder = self.persons.iter().position(|p| {
                        compatible(p.fem, *fem)
                            && p.at.iter().any(|&a| a > after && a < pos && apposed(a))
                    });
                    match holder {
                        Some(p) => self.person_speaker(p, st),
                        None => {
                            st.set(sp.clone(), *fem);
                            sp
                        }
                    }
                } else if is_in(ANON_HEADS, h)
                    && matches!(
                        h,
                        "source"
                            | "sources"
                            | "interlocuteur"
                            | "interlocutrice"
                            | "témoin"
                            | "habitant"
                            | "habitante"
                    )
                {
                    // "la source", "l'interlocuteur de Sputnik": the anonymous source already met
                    let sp = st.last_anon.clone().unwrap_or(Speaker {
                        name: text,
                        kind: SpeakerKind::Anonymous,
                        span: Some(span),
                        entity: None,
                    });
                    st.set(sp.clone(), *fem);
                    sp
                } else if is_in(DOC_HEADS, h) {
                    // "précise le communiqué de la préfecture": the issuer in the complement,
                    // or the organisation named before with that head ("La préfecture de
                    // l'Aude")
                    if let Some(sp) = self.issuer_in_complement(*s, *e) {
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                    // "ajoute le texte", "dans un communiqué, qui appelle …": a document
                    // speaks for its issuer, named with it or the organisation that spoke last
                    if let Some(name) = self.doc_issuer(h, span.end) {
                        let sp = Speaker {
                            name,
                            kind: SpeakerKind::Organisation,
                            span: Some(span),
                            entity: None,
                        };
                        st.set(sp.clone(), None);
                        return self.finish(c, st, sp);
                    }
                    match &st.last {
                        Some((sp, _)) if sp.kind == SpeakerKind::Organisation => sp.clone(),
                        _ => {
                            let sp = Speaker {
                                name: text,
                                kind: SpeakerKind::Organisation,
                                span: Some(span),
                                entity: None,
                            };
                            st.set(sp.clone(), None);
                            sp
                        }
                    }
                } else if let Some(sp) = matches!(h, "municipalité" | "mairie")
                    .then(|| *e == *s + 2 && !*indefinite)
                    .filter(|&bare| bare)
                    .and_then(|_| self.town_hall())
                {
                    // "a annoncé la municipalité": the town named as such in the article
                    st.set(sp.clone(), None);
                    sp
                } else if is_in(ORG_HEADS, h) {
                    // "le tribunal" after "Le tribunal administratif de Montreuil": the
                    // organisation named before with the same head
                    // "a ajouté l'entreprise", "selon la société": a generic company noun
                    // designates the organisation named last
                    let generic = !*indefinite
                        && matches!(
                            h,
                            "société"
                                | "entreprise"
                                | "compagnie"
                                | "firme"
                                | "groupe"
                                | "constructeur"
                                | "enseigne"
                                | "marque"
                                | "opérateur"
                                | "association"
                                | "fédération"
                                | "organisation"
                                | "ong"
                                | "agence"
                                | "institut"
                                | "organisme"
                                | "autorité"
                                | "instance"
                                | "régulateur"
                                | "collectif"
                                | "syndicat"
                                | "ligue"
                                | "comité"
                                | "plateforme"
                                | "application"
                                | "start-up"
                                | "laboratoire"
                        );
                    // (for a generic noun the organisation speaking just before comes first)
                    let current_org = st
                        .last
                        .as_ref()
                        .filter(|(sp, _)| generic && sp.kind == SpeakerKind::Organisation)
                        .map(|(sp, _)| sp.clone());
                    let named = self
                        .trailing_name(*s, *e)
                        .or_else(|| self.org_mention_before(span.start, Some(h)))
                        .or_else(|| self.named_after_head(h, *s))
                        .or_else(|| {
                            if !generic {
                                return None;
                            }
                            current_org
                                .or_else(|| self.org_mention_before(span.start, None))
                                .or_else(|| self.org_like_mention_before(span.start, None, true))
                                .or_else(|| self.untagged_name_before(span.start))
                        });
                    let sp = match named {
                        Some(named) => named,
                        None => Speaker {
                            // "selon la décision du tribunal": "tribunal", not "du tribunal"
                            name: self.doc_issuer(h, span.end).unwrap_or_else(|| {
                                let t = text.strip_prefix("du ").or(text.strip_prefix("des "));
                                t.map_or(text.clone(), str::to_string)
                            }),
                            kind: SpeakerKind::Organisation,
                            span: Some(span),
                            entity: None,
                        },
                    };
                    st.set(sp.clone(), *fem);
                    sp
                } else if *indefinite {
                    let sp = Speaker {
                        name: text,
                        kind: SpeakerKind::Anonymous,
                        span: Some(span),
                        entity: None,
                    };
                    st.anons.push((h.to_string(), sp.clone()));
                    st.last_anon = Some(sp.clone());
                    st.set(sp.clone(), *fem);
                    sp
                } else if let Some((sp, f)) = (!*indefinite && !plural_det(self.w.lw(*s)))
                    .then(|| self.unnamed_title(h, *fem, st))
                    .flatten()
                {
                    // "Le député, proche de Marine Le Pen, se dit …" after "a affirmé le député
                    // du Gard", never named: the same unnamed person
                    st.set(sp.clone(), f);
                    sp
                } else if let Some(p) =
                    self.role_match(&text, h, pos, span.end, *fem, st)
                        .filter(|&p| {
                            // (a plural, "les signataires, dont … Guillaume Musso", is no single
                            // person, only a pair named together)
                            !plural_det(self.w.lw(*s)) || self.persons[p].name.contains(" et ")
                        })
                {
                    self.person_speaker(p, st)
                } else if is_in(ANON_HEADS, h) {
                    let sp = st.last_anon.clone().unwrap_or(Speaker {
                        name: text,
                        kind: SpeakerKind::Anonymous,
                        span: Some(span),
                        entity: None,
                    });
                    st.set(sp.clone(), *fem);
                    sp
                } else {
                    // an unresolved title is a person; any other description, or a plural
                    // ("les signataires"), an unnamed one
                    let plural = plural_det(self.w.lw(*s));
                    let sp = Speaker {
                        name: text,
                        kind: if !is_in(UNNAMED, h) && !is_in(KIN, h) && !plural {
                            SpeakerKind::Person
                        } else {
                            SpeakerKind::Anonymous
                        },
                        span: Some(span),
                        entity: None,
                    };
                    if sp.kind == SpeakerKind::Person && is_in(TITLES, h) {
                        st.unnamed_titles.push((h.to_string(), sp.clone(), *fem));
                    }
                    st.set(sp.clone(), *fem);
                    sp
                }
            }
            SpkRef::None => unknown(""),
        };
        if let SpkRef::Desc {
            s,
            e,
            head,
            indefinite,
            ..
        } = &c.spk
        {
            if sp.kind == SpeakerKind::Person && sp.span.is_some_and(|x| x != self.w.span(*s, *e)) {
                if let Some(k) = self.title_key(*s, *e, *indefinite, head) {
                    let fem = st.last.as_ref().and_then(|(_, f)| *f);
                    st.titles.push((k, sp.clone(), fem));
                }
            }
        }
        self.finish(c, st, sp)
    }

    /// The unnamed person designated earlier by a title with head `head`, when no person
    /// named in the article holds a role with that head.
    fn unnamed_title(
        &self,
        head: &str,
        fem: Option<bool>,
        st: &State,
    ) -> Option<(Speaker, Option<bool>)> {
        let (_, sp, f) = st
            .unnamed_titles
            .iter()
            .rev()
            .find(|(h, _, f)| h == head && compatible(*f, fem))?;
        let held = self.persons.iter().any(|p| {
            p.roles
                .iter()
                .any(|r| r.split_whitespace().any(|w| w == head))
        });
        (!held).then(|| (sp.clone(), *f))
    }

    /// The normalised text of a definite title description ("président de la république"),
    /// the key under which its resolution is remembered; None for anything else.
    fn title_key(&self, s: usize, e: usize, indefinite: bool, head: &str) -> Option<String> {
        if indefinite
            || !matches!(self.w.lw(s), "le" | "la" | "l'")
            || !is_in(TITLES, head)
            || head.ends_with('s')
        {
            return None;
        }
        Some(self.norm_words(s + 1, e))
    }

    /// The person a sentence-initial title takes over from: "…, se félicite Augustin de
    /// Romanet. Le PDG d'ADP souligne …" makes Augustin de Romanet the PDG, also for a "le
    /// PDG" used before he is named. Only when every such pair names the same person.
    fn title_successor(&self, head: &str, fem: Option<bool>) -> Option<usize> {
        let mut found = None;
        // bounded like `title_cosubject`
        for si in 1..self.w.sents.len().min(2_000) {
            let (a, b) = self.w.sents[si];
            let mut h = a + 1;
            while h + 1 < b && is_in(PRE_ADJ, self.w.lw(h)) {
                h += 1;
            }
            if !matches!(self.w.lw(a), "le" | "la" | "l'") || self.w.lw(h) != head {
                continue;
            }
            let (pa, pb) = self.w.sents[si - 1];
            if pa >= pb || pb > self.w.len() {
                continue;
            }
            let (sa, sb) = (self.w.w[pa].s, self.w.w[pb - 1].e);
            let named = self.persons_at(sa, sb, fem, |x| self.salient_at(x));
            found = unanimous(found, &named)?;
        }
        found
    }

    /// The persons compatible with `fem` that have a mention at a byte offset in [lo, hi)
    /// accepted by `keep`.
    fn persons_at(
        &self,
        lo: u32,
        hi: u32,
        fem: Option<bool>,
        keep: impl Fn(u32) -> bool,
    ) -> Vec<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, fem))
            .filter(|(_, p)| p.at.iter().any(|&x| x >= lo && x < hi && keep(x)))
            .map(|(i, _)| i)
            .collect()
    }

    /// A person named as the subject of a sentence that also contains the title `norm`
    /// (normalised, without its article) somewhere in the article.
    fn title_cosubject(&self, norm: &str, head: &str, fem: Option<bool>) -> Option<usize> {
        let n = norm.split([' ', '\'']).filter(|x| !x.is_empty()).count();
        let mut found = None;
        // bounded: a news article is far shorter; a huge input keeps the pass linear
        for k in 0..self.w.len().min(20_000) {
            if self.w.lw(k) != head {
                continue;
            }
            let Some(end) = (k + 1..(k + 2 * n + 2).min(self.w.len() + 1))
                .find(|&e| self.norm_words(k, e) == norm)
            else {
                continue;
            };
            let si = *self.w.sent_of.get(k)? as usize;
            let (a, b) = *self.w.sents.get(si)?;
            let (sa, sb) = (self.w.w[a].s, self.w.w[b.min(self.w.len()) - 1].e);
            let (ts, te) = (self.w.w[k].s, self.w.w[end - 1].e);
            let subj = self.persons_at(sa, sb, fem, |x| {
                !(ts..te).contains(&x) && self.subject_at(x)
            });
            found = unanimous(found, &subj)?;
        }
        found
    }

    /// Bookkeeping after a statement's speaker is known.
    fn finish(&self, c: &Cand, st: &mut State, sp: Speaker) -> Speaker {
        // a named organisation reporting as a medium ("révèle Le Monde"), or one named like a
        // title ("selon Le Figaro et Franceinfo", "Le Parisien … explique que"): the first
        // conjunct of a coordination, since "le quotidien" designates one medium
        // a capitalized article inside a sentence marks a title: "selon Le Figaro",
        // "rapporte La Dépêche" (at a sentence start it says nothing: "La SNCF a indiqué")
        let titled = sp.span.is_some_and(|x| {
            const ARTICLES: [&str; 5] = ["Le ", "La ", "L'", "L’", "Les "];
            let before = self.w.text.get(..x.start as usize).unwrap_or("");
            let text = self.w.text.get(x.range()).unwrap_or("");
            let rest = if ARTICLES.iter().any(|a| text.starts_with(a)) {
                before
            } else if let Some(a) = ARTICLES.iter().find(|a| before.ends_with(*a)) {
                &before[..before.len() - a.len()]
            } else {
                return false;
            };
            let prev = rest.trim_end();
            !prev.is_empty() && !prev.ends_with(['.', '!', '?', '"', '»', '\n'])
        });
        if sp.kind == SpeakerKind::Organisation
            && matches!(c.spk, SpkRef::Name { .. })
            && (titled
                || crate::media::names_outlet(&sp.name)
                || matches!(
                    c.lemma.as_deref(),
                    Some("révéler" | "rapporter" | "relater" | "écrire" | "publier" | "préciser")
                ))
        {
            let mut medium = sp.clone();
            if let Some(i) = medium.name.find(" et ") {
                self.cut_name(&mut medium, i);
            }
            st.medium = Some(medium);
        }
        // (an outlet as speaker is a medium whatever its verb: "Le quotidien local a
        // souligné …" then "« … », a-t-elle promis" is about the person, not the paper)
        st.last_media = (matches!(
            c.lemma.as_deref(),
            Some("rapporter" | "relater" | "selon" | "écrire" | "révéler" | "indiquer")
        ) || crate::media::names_outlet(&sp.name))
            && matches!(sp.kind, SpeakerKind::Organisation);
        st.last_pos = Some(c.span.end);
        // what a "selon X" statement reports is narrated: its names stay antecedents
        if !matches!(c.lemma.as_deref(), Some("selon" | "pour")) {
            st.contents.push(c.content);
        }
        st.last_ref = Some(match &c.spk {
            SpkRef::Name { s, .. } | SpkRef::Desc { s, .. } => self.w.w[*s].s,
            _ => c.cue.map_or(c.span.start, |q| q.start),
        });
        sp
    }

    /// A person named in the narrative since the last speaker was designated (names inside
    /// reported contents and complements are not antecedents), compatible with gender `g`.
    fn newer_person(&self, pos: u32, g: Option<bool>, st: &State) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                // the current speaker counts when named again as a subject ("Vincent Peillon
                // en a profité pour écorcher … Manuel Valls. « … », a-t-il lancé")
                let current = st.last.as_ref().is_some_and(|(sp, _)| sp.name == p.name);
                // (only the mentions between the last speaker reference and `pos`, and the
                // recent contents: bounded work per pronoun)
                let from =
                    p.at.partition_point(|&a| st.last_ref.is_some_and(|lp| a <= lp));
                let to = p.at.partition_point(|&a| a < pos).max(from);
                p.at[from.max(to.saturating_sub(50))..to]
                    .iter()
                    .filter(|&&a| {
                        (!current || self.subject_at(a))
                            // (not a complement in the sentence that designated the current
                            // speaker: "a poursuivi le candidat, qui est le 1er adjoint du
                            // maire de Strasbourg Roland Ries")
                            && (self.announced_at(a)
                                || !st
                                    .last
                                    .as_ref()
                                    .is_some_and(|(sp, _)| sp.kind == SpeakerKind::Person)
                                || st.last_ref.is_none_or(|lr| !self.same_sentence(a, lr)))
                            && !st
                                .contents
                                .iter()
                                .rev()
                                .take(20)
                                .any(|c| c.start <= a && a < c.end)
                            && self.salient_at(a)
                    })
                    .max_by_key(|&&a| (self.subject_at(a), a))
                    .map(|&a| (i, a))
            })
            // the subject of a clause before a later complement ("Laurent Wauquiez a été élu
            // … loin devant Maël de Calan. « … », a-t-il affirmé"): a subject pronoun
            // continues the preceding subject (centering: subject > object)
            .max_by_key(|&(_, a)| (self.subject_at(a), a))
            .map(|(i, _)| i)
    }

    /// The last sentence-initial definite title before `pos` ("Le premier ministre a pris la
    /// parole"), as an unnamed person speaker.
    fn title_subject_before(&self, pos: u32, g: Option<bool>) -> Option<Speaker> {
        let k = self.w.w.partition_point(|w| w.s < pos);
        let cur = *self.w.sent_of.get(k.min(self.w.len().saturating_sub(1)))? as usize;
        for si in (cur.saturating_sub(3)..=cur).rev() {
            let (a, b) = *self.w.sents.get(si)?;
            if !matches!(self.w.lw(a), "le" | "la" | "l'") || self.w.w[a].s >= pos {
                continue;
            }
            let mut h = a + 1;
            while h + 1 < b && is_in(PRE_ADJ, self.w.lw(h)) {
                h += 1;
            }
            // (or an unnamed person: "Le mari était devant son ordinateur. « … », raconte-t-il")
            let l = self.w.lw(h);
            let title = is_in(TITLES, l);
            let unnamed =
                !l.ends_with('s') && (is_in(KIN, l) || is_in(UNNAMED, l) || is_in(ANON_HEADS, l));
            if !(title || unnamed) || !compatible(desc_gender(self.w.lw(a), l), g) {
                continue;
            }
            let e = self.np_end(a, b);
            let span = self.w.span(a, e);
            return Some(Speaker {
                name: self.w.text[span.range()].to_string(),
                kind: if title {
                    SpeakerKind::Person
                } else {
                    SpeakerKind::Anonymous
                },
                span: Some(span),
                entity: None,
            });
        }
        None
    }

    fn person_speaker(&self, p: usize, st: &mut State) -> Speaker {
        let person = &self.persons[p];
        let sp = Speaker {
            name: person.name.clone(),
            kind: SpeakerKind::Person,
            span: Some(person.span),
            entity: person.entity,
        };
        st.set(sp.clone(), person.fem);
        sp
    }

    /// The person mentioned last before `pos` (and where).
    fn nearest_person_at(&self, pos: u32, g: Option<bool>) -> Option<(usize, u32)> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                // (the last 50 mentions before `pos`: bounded work per call)
                let end = p.at.partition_point(|&a| a < pos);
                p.at[end.saturating_sub(50)..end]
                    .iter()
                    .max_by_key(|&&a| (self.salient_at(a), a))
                    .map(|&a| (i, a))
            })
            // subjects before complements ("Audrey Pulvar à Paris avec Anne Hidalgo")
            .max_by_key(|&(_, a)| (self.salient_at(a), a))
    }

    /// The person whose last mention as a subject (not of a "que" clause) is the latest one
    /// within `window` bytes before `pos`.
    fn last_subject_person(&self, pos: u32, g: Option<bool>, window: u32) -> Option<usize> {
        self.latest_person_where(pos, g, |a| {
            a + window >= pos && self.subject_at(a) && !self.after_que(a)
        })
    }

    /// The person compatible with `g` whose latest mention before `pos` accepted by `keep` is
    /// the latest of all (the last 50 mentions of each: bounded work per call).
    fn latest_person_where(
        &self,
        pos: u32,
        g: Option<bool>,
        keep: impl Fn(u32) -> bool,
    ) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                let end = p.at.partition_point(|&a| a < pos);
                p.at[end.saturating_sub(50)..end]
                    .iter()
                    .rev()
                    .find(|&&a| keep(a))
                    .map(|&a| (i, a))
            })
            .max_by_key(|&(_, a)| a)
            .map(|(i, _)| i)
    }

    /// A name the NER layer did not read as a person but that starts with a known first name
    /// and stands alone in the clause ("la figure historique du concours, Geneviève de
    /// Fontenay s'est insurgée"); not "le lycée Jean Jaurès", "à Sainte-Marie".
    fn first_name_led(&self, s: usize, e: usize) -> bool {
        e >= s + 2
            && first_name_gender(self.w.lw(s)).is_some()
            && self.w.is_cap(e - 1)
            && (s == 0
                || self.w.is_punct(s - 1, ',')
                || self.w.is_punct(s - 1, '.')
                || self.sentence_start(s) == s)
    }

    /// The person a description ending at `after` announces: in apposition ("l'auteur
    /// principal de l'étude, le chercheur Aymeric Silvin"), named right after ("a lâché le
    /// candidat. Joe Biden …"), or, when nobody is named before it (the article opens with
    /// "cet ancien professeur … a annoncé": a demonstrative points to someone the lede
    /// named), the first person named as a subject.
    fn role_cataphora(
        &self,
        head: &str,
        pos: u32,
        after: u32,
        fem: Option<bool>,
        demonstrative: bool,
    ) -> Option<usize> {
        if let Some(k) = self.word_at(after).filter(|&k| self.w.is_punct(k, ',')) {
            let mut j = k + 1;
            while j < k + 8 && self.w.is_word(j) && !self.w.is_cap(j) {
                j += 1;
            }
            if self.w.is_cap(j) {
                let b = self.w.w[j].s;
                let p = self.person_at(b);
                if p.is_some_and(|p| compatible(self.persons[p].fem, fem)) {
                    return p;
                }
            }
        }
        // (a title in the article's first sentences, before anyone is named: OrangeSum drops
        // the lede that named the person, who is named as a speaker further on)
        let opening = pos < OPENING && is_in(TITLES, head) && !head.ends_with('s');
        if (demonstrative || opening) && !self.person_before(pos) {
            return self.next_person_within(after, fem, 1500);
        }
        self.next_person_within(after, fem, 400)
    }

    /// The organisation in the complement of a document noun over words [s, e): "le
    /// communiqué de la préfecture" → the organisation named before as "La préfecture de
    /// l'Aude", else "la préfecture".
    fn issuer_in_complement(&self, s: usize, e: usize) -> Option<Speaker> {
        let d = (s + 1..e).find(|&k| matches!(self.w.lw(k), "de" | "du" | "des" | "d'"))?;
        let mut h = d + 1;
        if matches!(self.w.lw(h), "la" | "l'" | "le" | "les") {
            h += 1;
        }
        if h >= e || !is_in(ORG_HEADS, self.w.lw(h)) || is_in(MEDIA_HEADS, self.w.lw(h)) {
            return None;
        }
        let at = self.w.w[s].s;
        if let Some(named) = self.org_mention_before(at, Some(self.w.lw(h))) {
            return Some(named);
        }
        let article = match self.w.lw(d) {
            "du" => "le ",
            "des" => "les ",
            _ => "",
        };
        let from = if article.is_empty() { d + 1 } else { h };
        let mut sp = self.org_speaker(from, e, None)?;
        sp.name.insert_str(0, article);
        Some(sp)
    }

    /// "l'homme d'affaires", "la femme politique", "l'homme fort du régime" over words [s, e):
    /// a person's trade, which designates someone named.
    fn profession(&self, s: usize, e: usize) -> bool {
        (s..e.min(s + 3)).any(|k| {
            matches!(self.w.lw(k), "homme" | "femme")
                && matches!(
                    self.w.lw(k + 1),
                    "d'affaires" | "politique" | "fort" | "forte" | "d'état" | "d'etat"
                )
                || matches!(self.w.lw(k), "homme" | "femme")
                    && self.w.lw(k + 1) == "d'"
                    && matches!(self.w.lw(k + 2), "affaires" | "état" | "etat")
        })
    }

    /// The name given earlier right after the same head noun: "la compagnie" → "Qatar
    /// Airways" of "la compagnie aérienne Qatar Airways", "le constructeur" → "Ford" of "le
    /// constructeur américain Ford" (whatever the NER layer made of the name).
    fn named_after_head(&self, head: &str, before: usize) -> Option<Speaker> {
        let from = before.saturating_sub(3_000);
        (from..before).rev().find_map(|k| {
            if self.w.lw(k) != head || self.inside_quote(k) {
                return None;
            }
            // (at most two adjectives between: "aérienne", "américain")
            let mut j = k + 1;
            while j < k + 3
                && self.w.is_word(j)
                && !self.w.is_cap(j)
                && !is_det(self.w.lw(j))
                && !is_in(PREPS, self.w.lw(j))
            {
                j += 1;
            }
            if !self.w.is_cap(j) || self.inside_quote(j) {
                return None;
            }
            let (s, e) = self.name_run(j, (j + 6).min(self.w.len()))?;
            if s != j || self.person_at(self.w.w[s].s).is_some() {
                return None;
            }
            self.org_speaker(s, e, None)
        })
    }

    /// The name closing an organisation description, apposed to its head ("la plateforme de
    /// prise de rendez-vous médicaux Doctolib"), not a complement ("le site du Monde").
    fn trailing_name(&self, s: usize, e: usize) -> Option<Speaker> {
        let mut j = e;
        while j > s + 1 && self.w.is_cap(j - 1) {
            j -= 1;
        }
        let before = self.w.lw(j - 1);
        if j == e || !self.w.is_word(j - 1) || is_in(PREPS, before) || is_det(before) {
            return None;
        }
        if self.person_at(self.w.w[j].s).is_some() {
            return None;
        }
        self.org_speaker(j, e, None)
    }

    /// Are the words at bytes `a` and `b` in one sentence?
    fn same_sentence(&self, a: u32, b: u32) -> bool {
        match (self.word_at(a), self.word_at(b)) {
            (Some(i), Some(j)) => self.w.sent_of.get(i) == self.w.sent_of.get(j),
            _ => false,
        }
    }

    /// Is an organisation named before `pos`, outside quotations?
    fn org_before(&self, pos: u32) -> bool {
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..end].iter().any(|m| {
            m.label == EntityType::ORG
                && !self
                    .word_at(m.span.start)
                    .is_some_and(|k| self.inside_quote(k))
        })
    }

    /// Is the statement's subject a plural pronoun ("ils ont dénoncé", "ont-elles ajouté")?
    fn plural_subject(&self, c: &Cand) -> bool {
        let Some(i) = c.cue.and_then(|q| self.word_at(q.start)) else {
            return false;
        };
        let mut k = i.checked_sub(1);
        // (past clitics: "ils l'ont dit", "elles n'ont pas")
        while let Some(p) = k {
            if matches!(
                self.w.lw(p),
                "l'" | "le" | "la" | "les" | "n'" | "ne" | "y" | "en" | "se" | "s'"
            ) && p > 0
            {
                k = Some(p - 1);
            } else {
                break;
            }
        }
        k.is_some_and(|p| matches!(self.w.lw(p), "ils" | "elles"))
            || (i..(i + 3).min(self.w.len()))
                .any(|j| self.w.lw(j).ends_with("-ils") || self.w.lw(j).ends_with("-elles"))
    }

    /// The person with a mention starting at byte `b`.
    fn person_at(&self, b: u32) -> Option<usize> {
        self.persons.iter().position(|p| p.at.contains(&b))
    }

    /// Is a person named before `pos`?
    fn person_before(&self, pos: u32) -> bool {
        self.persons
            .iter()
            .any(|p| p.at.first().is_some_and(|&a| a < pos))
    }

    fn nearest_person(&self, pos: u32, g: Option<bool>) -> Option<usize> {
        self.nearest_person_at(pos, g).map(|(i, _)| i)
    }

    /// The first person mentioned shortly after `pos` (cataphora: "a lâché le candidat. Joe Biden …").
    fn next_person(&self, pos: u32, g: Option<bool>) -> Option<usize> {
        self.next_person_within(pos, g, 1500)
    }

    /// The first person announced as a subject within `limit` bytes after `pos`.
    fn next_person_within(&self, pos: u32, g: Option<bool>, limit: u32) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| compatible(p.fem, g))
            .filter_map(|(i, p)| {
                // only a subject is the one a pronoun announces, not "les propos tenus par
                // Donald Trump" or "celle du nazi Klaus Barbie"
                p.at.iter()
                    .filter(|&&a| {
                        a > pos
                            && a < pos.saturating_add(limit)
                            && self.announced_at(a)
                            && !self.after_que(a)
                    })
                    .min()
                    .map(|&a| (i, a))
            })
            // full names first ("Joe Biden" rather than "Jill")
            .min_by_key(|&(i, a)| (!self.persons[i].name.contains(' '), a))
            .map(|(i, _)| i)
    }

    /// Who issued the document designated by `head` ("le rapport" → the organisation named in
    /// "un rapport du Centre d'analyse du terrorisme"; "l'étude" → "Ifop" of "un sondage Ifop").
    fn doc_issuer(&self, head: &str, pos: u32) -> Option<String> {
        let mut best: Option<(u32, String, bool)> = None;
        let doc = is_in(DOC_HEADS, head);
        for (at, l, name) in &self.docs {
            if *at >= pos {
                break;
            }
            let same = l == head;
            if !(same || doc && is_in(DOC_HEADS, l)) {
                continue;
            }
            if best.as_ref().is_none_or(|(_, _, bs)| same || !bs) {
                best = Some((*at, name.clone(), same));
            }
        }
        best.map(|(_, n, _)| n)
    }

    /// The news outlets named in the text (word ranges, in order).
    fn outlets(&self) -> &[(usize, usize)] {
        self.outlets
            .get_or_init(|| crate::media::outlet_mentions(&self.w))
    }

    /// The first news outlet named outside quotations within 300 bytes after `pos`.
    fn outlet_after(&self, pos: u32, fits: &dyn Fn(&Speaker) -> bool) -> Option<Speaker> {
        let outlets = self.outlets();
        let from = outlets.partition_point(|&(s, _)| self.w.w[s].s < pos);
        outlets[from..]
            .iter()
            .take_while(|&&(s, _)| self.w.w[s].s < pos + 300)
            .filter(|&&(s, _)| !self.inside_quote(s))
            .filter_map(|&(s, e)| self.outlet_speaker(s, e))
            .find(|sp| fits(sp))
    }

    /// The outlet over words [s, e) as a speaker, without a lower-case article ("cité par le
    /// JDD": "JDD", expanded later).
    fn outlet_speaker(&self, mut s: usize, e: usize) -> Option<Speaker> {
        if e > s + 1 && !self.w.is_cap(s) && is_det(self.w.lw(s)) {
            s += 1;
        }
        self.org_speaker(s, e, self.mention_entity(s, e))
    }

    /// An organisation speaker named by words [s, e).
    fn org_speaker(&self, s: usize, e: usize, entity: Option<u32>) -> Option<Speaker> {
        let span = self.w.span(s, e);
        Some(Speaker {
            name: self.w.text.get(span.range())?.to_string(),
            kind: SpeakerKind::Organisation,
            span: Some(span),
            entity,
        })
    }

    /// The town as an organisation, named in the article outside quotations: "la Ville de
    /// Paris" first, else "la ville de Forbach", "la mairie de Paris".
    fn town_hall(&self) -> Option<Speaker> {
        self.town.get_or_init(|| self.find_town_hall()).clone()
    }

    fn find_town_hall(&self) -> Option<Speaker> {
        let mut best: Option<(u8, usize)> = None;
        for i in 0..self.w.len().saturating_sub(3) {
            let rank = match self.w.tx(i) {
                "Ville" => 0,
                "ville" => 1,
                "Mairie" | "mairie" | "commune" => 2,
                _ => continue,
            };
            if !matches!(self.w.lw(i + 1), "de" | "d'")
                || !self.w.is_cap(i + 2)
                || self.inside_quote(i)
                || best.is_some_and(|(r, _)| r <= rank)
            {
                continue;
            }
            best = Some((rank, i));
        }
        let (_, i) = best?;
        let s = if i > 0 && matches!(self.w.lw(i - 1), "la" | "l'") {
            i - 1
        } else {
            i
        };
        let mut e = i + 3;
        while e < self.w.len() && (self.w.is_cap(e) || self.w.is_punct(e, '-')) && e < i + 6 {
            e += 1;
        }
        self.org_speaker(s, e, None)
    }

    /// The last news outlet named outside quotations before `pos` ("une enquête de
    /// Franceinfo. Le média l'avait mise en cause"): what a media noun designates when no
    /// outlet has spoken yet.
    fn outlet_before(&self, pos: u32, fits: &dyn Fn(&Speaker) -> bool) -> Option<Speaker> {
        // (the 50 outlets before `pos` at most: bounded work on pathological input)
        let outlets = self.outlets();
        let end = outlets.partition_point(|&(_, e)| self.w.w[e - 1].e <= pos);
        (end.saturating_sub(50)..end).rev().find_map(|k| {
            if self.inside_quote(outlets[k].0) {
                return None;
            }
            // "selon Le Figaro et Franceinfo": the first conjunct, as for a medium that spoke
            let k = match k.checked_sub(1).map(|j| outlets[j]) {
                Some((_, pe)) if pe + 1 == outlets[k].0 && matches!(self.w.lw(pe), "et" | ",") => {
                    k - 1
                }
                _ => k,
            };
            let (s, e) = outlets[k];
            self.outlet_speaker(s, e).filter(|sp| fits(sp))
        })
    }

    /// A name before `pos` that the NER layer left untagged and that is nobody ("Un avion de
    /// Qatar Airways", "une usine Ford"): what a generic company noun ("la compagnie", "le
    /// constructeur automobile") designates when no organisation is tagged. Within the 200
    /// words before `pos`.
    fn untagged_name_before(&self, pos: u32) -> Option<Speaker> {
        let end = self.w.w.partition_point(|w| w.s < pos);
        let lo = end.saturating_sub(200);
        let tagged = |k: usize| {
            let at = self.w.w[k].s;
            let i = self.mentions.partition_point(|m| m.span.end <= at);
            self.mentions.get(i).is_some_and(|m| m.span.start <= at)
        };
        let mut names: Vec<Span> = Vec::new();
        for k in lo.max(1)..end {
            let name = self.w.is_cap(k)
                && self.w.is_word(k - 1)
                && !self.w.is_cap(k - 1)
                && !self.inside_quote(k)
                // (a place may start the name: "Qatar Airways")
                && (!tagged(k) || (self.w.is_cap(k + 1) && !tagged(k + 1)))
                && !is_in(TITLES, self.w.lw(k))
                && !is_in(CAP_STOP, self.w.lw(k))
                && self.person_at(self.w.w[k].s).is_none();
            if !name {
                continue;
            }
            let mut e = k + 1;
            while e < end && self.w.is_cap(e) && !tagged(e) {
                e += 1;
            }
            let text = &self.w.text[self.w.span(k, e).range()];
            if (tagged(k) && e == k + 1)
                || crate::media::names_outlet(text)
                || names_no_company(text)
            {
                continue;
            }
            names.push(self.w.span(k, e));
        }
        // the name repeated most in that stretch, then the earliest ("Un avion de Qatar
        // Airways" rather than "l'aéroport Ataturk" named since); bounded work: the window
        let text = |x: &Span| &self.w.text[x.range()];
        let count = |x: &Span| names.iter().filter(|y| text(y) == text(x)).count();
        let best = names
            .iter()
            .enumerate()
            .max_by_key(|&(i, x)| (count(x), std::cmp::Reverse(i)))?
            .1;
        Some(Speaker {
            name: text(best).to_string(),
            kind: SpeakerKind::Organisation,
            span: Some(*best),
            entity: None,
        })
    }

    /// The last organisation mention that ends before `pos`, within the 40 mentions before
    /// it, outside quotations, and whose name contains the word `head` when one is given
    /// ("Le tribunal administratif de Montreuil" for "le tribunal").
    fn org_mention_before(&self, pos: u32, head: Option<&str>) -> Option<Speaker> {
        self.org_like_mention_before(pos, head, false)
    }

    /// Like `org_mention_before`, also taking names the NER layer tagged MISC: what a generic
    /// company noun designates ("Un avion de Qatar Airways" … "selon la compagnie").
    fn org_like_mention_before(
        &self,
        pos: u32,
        head: Option<&str>,
        with_misc: bool,
    ) -> Option<Speaker> {
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        let has_head = |t: &str, h: &str| {
            t.split([' ', '\'', '’'])
                .any(|w| w.chars().flat_map(char::to_lowercase).eq(h.chars()))
        };
        let m = self.mentions[..end]
            .iter()
            .rev()
            .take(40)
            .filter(|m| {
                (m.label == EntityType::ORG || with_misc && m.label == EntityType::MISC)
                    && m.span.end <= pos
            })
            // names inside quotations are what was said, not who is speaking
            .filter(|m| {
                !self
                    .word_at(m.span.start)
                    .is_some_and(|k| self.inside_quote(k))
            })
            .find(|m| {
                let t = self.w.text.get(m.span.range()).unwrap_or("");
                match head {
                    Some(h) => has_head(t, h),
                    // "a indiqué l'instance" after "consultée par l'AFP": not the agency
                    None => !crate::media::names_outlet(t),
                }
            })?;
        Some(Speaker {
            name: self.w.text.get(m.span.range())?.to_string(),
            kind: SpeakerKind::Organisation,
            span: Some(m.span),
            entity: Some(m.entity),
        })
    }

    /// End of an organisation name starting with an organisation word: "Centre d'analyse du
    /// terrorisme", "Institut des études stratégiques de Damas".
    fn org_name_end(&self, j: usize, limit: usize) -> usize {
        let mut e = j + 1;
        let mut last_good = e;
        while e < limit && self.w.is_word(e) {
            let l = self.w.lw(e);
            if is_in(AUX, l)
                || is_in(NP_STOP, l)
                || self.lex.lookup(l).is_some()
                || l.ends_with("ant")
            {
                break;
            }
            if is_det(l)
                && !matches!(self.w.lw(e - 1), "de" | "d'" | "du" | "des" | "et")
                && !matches!(l, "du" | "des")
            {
                break;
            }
            e += 1;
            if !matches!(
                l,
                "de" | "d'" | "du" | "des" | "la" | "l'" | "le" | "les" | "et"
            ) {
                last_good = e;
            }
        }
        last_good
    }

    /// Documents named with their issuer: (position, head, issuer).
    fn collect_docs(&self) -> Vec<(u32, String, String)> {
        let mut out = Vec::new();
        for i in 0..self.w.len() {
            let l = self.w.lw(i);
            let org = is_in(ORG_HEADS, l);
            if !is_in(DOC_HEADS, l) && !org {
                continue;
            }
            if org && !self.w.is_cap(i + 1) {
                continue;
            }
            let mut j = i + 1;
            while j < i + 4 && matches!(self.w.lw(j), "du" | "de" | "d'" | "la" | "l'" | "des") {
                j += 1;
            }
            if !self.w.is_cap(j) {
                continue;
            }
            let mut e = j + 1;
            if is_in(ORG_WORDS, self.w.lw(j)) {
                e = self.org_name_end(j, (j + 9).min(self.w.len()));
            }
            while e < self.w.len()
                && e < j + 8
                && (self.w.is_cap(e)
                    || (matches!(self.w.lw(e), "de" | "d'" | "du" | "des" | "la" | "l'")
                        && self.w.is_cap(e + 1))
                    || (matches!(self.w.lw(e), "de" | "d'" | "du")
                        && self.w.is_word(e + 1)
                        && e + 2 < self.w.len()
                        && self.w.is_cap(e + 2)))
            {
                e += 1;
            }
            let name = self.w.text[self.w.span(j, e).range()].to_string();
            out.push((self.w.w[i].s, l.to_string(), name));
        }
        out
    }

    /// A definite role ("la présidente", "le directeur adjoint de l'Institut …") → person.
    fn role_match(
        &self,
        text: &str,
        head: &str,
        pos: u32,
        after: u32,
        fem: Option<bool>,
        st: &State,
    ) -> Option<usize> {
        let norm: String = {
            let l = text.to_lowercase().replace('’', "'");
            let l = l
                .strip_prefix("le ")
                .or_else(|| l.strip_prefix("la "))
                .or_else(|| l.strip_prefix("l'"))
                .unwrap_or(&l)
                .to_string();
            l
        };
        let demonstrative = ["ce ", "cet ", "cette "]
            .iter()
            .any(|d| text.to_lowercase().starts_with(d));
        let mut best: Option<(usize, u8)> = None;
        for (i, p) in self.persons.iter().enumerate() {
            if !compatible(p.fem, fem) {
                continue;
            }
            // the same head with a different complement is another function ("le président
            // de la région" is not "président du groupe LR"); a shared complement word is a
            // clue ("des Alpes-Maritimes")
            // (ordinals count: "la maire du 7e arrondissement" is not the one of the 9e)
            let words = |t: &str| -> Vec<String> {
                t.split([' ', '\''])
                    .skip(1)
                    .filter(|w| w.chars().count() >= 5 || w.chars().any(|c| c.is_ascii_digit()))
                    .map(str::to_string)
                    .collect()
            };
            let mine = words(&norm);
            let clash = |r: &str| {
                let theirs = words(r);
                !mine.is_empty() && !theirs.is_empty() && !theirs.iter().any(|w| mine.contains(w))
            };
            let score = if p.roles.contains(&norm) {
                3
            } else if p
                .roles
                .iter()
                .any(|r| r.split(' ').next() == Some(head) && !clash(r))
            {
                2
            } else if is_in(TITLES, head)
                && p.roles
                    .iter()
                    .any(|r| words(r).iter().any(|w| mine.contains(w)))
            {
                1
            } else {
                0
            };
            if score > 0
                && best.is_none_or(|(_, s)| score > s || (score == s && p.span.start < pos))
            {
                best = Some((i, score));
            }
        }
        if let Some((i, _)) = best {
            return Some(i);
        }
        if is_in(TITLES, head) {
            if let Some(i) = self.title_successor(head, fem) {
                return Some(i);
            }
        }
        // ("l'homme d'affaires", "la femme politique", "l'homme fort du régime": a profession)
        let profession = matches!(head, "homme" | "femme") && {
            let words: Vec<&str> = norm.split(' ').collect();
            let k = words.iter().position(|w| *w == head).unwrap_or(0);
            matches!(
                (words.get(k + 1).copied(), words.get(k + 2).copied()),
                (
                    Some("d'affaires" | "politique" | "fort" | "forte" | "d'état" | "d'etat"),
                    _
                ) | (Some("de"), Some("loi"))
            )
        };
        // (a trade names the person the narrative is about: the last subject or the current
        // speaker, not whoever was named nearest)
        if profession {
            let current = self.current_person(st, fem, false);
            return self.last_subject_person(pos, fem, 1000).or(current);
        }
        // "a ajouté l'octogénaire": a person described by age goes on with the named person
        // speaking
        // ("l'homme" may be the unnamed suspect the prosecutor speaks of: ages only)
        let plain = head.ends_with("génaire") || head.ends_with("trentenaire");
        if plain && !text.contains(" de") {
            if let Some(p) = self.current_person(st, fem, true) {
                return Some(p);
            }
        }
        // a description that is no title ("le suspect", "le coupable", "la sœur de la victime")
        // designates nobody named nearby
        if (is_in(UNNAMED, head) && !profession)
            || (is_in(KIN, head)
                && [" de ", " du ", " des ", " d'"]
                    .iter()
                    .any(|p| text.contains(p)))
            || !self.source_head(head)
            || (is_in(ORG_HEADS, head) && !is_in(TITLES, head))
        {
            return None;
        }
        // "la présidente du tribunal correctionnel": a title with its own complement names a
        // function; without a person recorded in that role it stays a description
        let after_head = norm.split_once(head).map_or("", |(_, r)| r);
        // ("le député du Gard": a complement of one short word is one too)
        let complemented = [" de ", " du ", " des ", " d'"].iter().any(|p| {
            after_head.strip_prefix(p).is_some_and(|rest| {
                let rest = ["la ", "l'", "les "]
                    .iter()
                    .find_map(|a| rest.strip_prefix(a))
                    .unwrap_or(rest);
                rest.chars().take_while(|c| c.is_alphabetic()).count() >= 3
            })
        });
        // "le président de l'Assemblée nationale estime …" before "Richard Ferrand estime
        // que …, détaille le président de l'Assemblée nationale": the same function title in a
        // reporting sentence whose subject is a named person designates that person
        if complemented {
            if let Some(i) = self.title_cosubject(&norm, head, fem) {
                return Some(i);
            }
        }
        // "le ministre de la Santé", "l'homme d'affaires": the person named as a subject since
        // the current speaker was designated comes before the current speaker
        {
            if let Some((i, a)) = self.nearest_person_at(pos, fem) {
                // (a subject, not "avec … sa tante Marine Le Pen")
                if self.subject_at(a) && st.last_ref.is_none_or(|lr| a > lr) {
                    return Some(i);
                }
            }
        }
        let former = text.contains("ancien") || text.contains("ex-");
        // the current speaker if a compatible person (not one holding another title: "le
        // Premier ministre" after "le président Emmanuel Macron")
        if let Some((sp, f)) = &st.last {
            if sp.kind == SpeakerKind::Person && compatible(*f, fem) {
                if let Some(i) = self.persons.iter().position(|p| p.name == sp.name) {
                    if former || !self.role_conflict(i, head) {
                        return Some(i);
                    }
                }
            }
        }
        if complemented {
            // only a person named as a subject, not "secouru par Mamoudou Gassama"
            return self
                .nearest_person_at(pos, fem)
                .filter(|&(_, a)| self.salient_at(a))
                .map(|(i, _)| i)
                .or_else(|| {
                    let i = self.role_cataphora(head, pos, after, fem, demonstrative)?;
                    let first = self.persons[i]
                        .at
                        .iter()
                        .copied()
                        .filter(|&a| a > after)
                        .min()?;
                    self.salient_at(first).then_some(i)
                });
        }
        // (the person named last, not as the subject of a "que" clause: "Emmanuel Macron a
        // estimé … que Christophe Dettinger … « … », a dit le président")
        let nearest = self
            .latest_person_where(pos, fem, |a| !self.after_que(a) && self.salient_at(a))
            .or_else(|| self.nearest_person(pos, fem));
        match nearest {
            Some(i) if !former && self.role_conflict(i, head) => self
                .persons
                .iter()
                .enumerate()
                .filter(|&(j, p)| compatible(p.fem, fem) && !self.role_conflict(j, head))
                .filter_map(|(j, p)| {
                    // (`at` is in text order: the last subject mention before `pos`)
                    let end = p.at.partition_point(|&a| a < pos);
                    p.at[end.saturating_sub(50)..end]
                        .iter()
                        .rev()
                        .find(|&&a| self.subject_at(a))
                        .map(|&a| (j, a))
                })
                .max_by_key(|&(_, a)| a)
                .map(|(j, _)| j),
            Some(i) => Some(i),
            None => self.role_cataphora(head, pos, after, fem, demonstrative),
        }
    }

    /// The person speaking last, when compatible with `fem` (and tagged by the NER layer when
    /// `tagged`).
    fn current_person(&self, st: &State, fem: Option<bool>, tagged: bool) -> Option<usize> {
        let (sp, f) = st.last.as_ref()?;
        (sp.kind == SpeakerKind::Person && compatible(*f, fem) && (!tagged || sp.entity.is_some()))
            .then(|| self.persons.iter().position(|p| p.name == sp.name))
            .flatten()
    }

    /// Does person `i` hold only titles other than `head` ("président" for "le Premier
    /// ministre")? Then a description with that head designates someone else.
    fn role_conflict(&self, i: usize, head: &str) -> bool {
        // offices one person rarely holds at once; former ones ("l'ancien ministre") and
        // generic heads ("le patron", "le numéro un") never conflict
        const OFFICES: &[&str] = &[
            "président",
            "présidente",
            "ministre",
            "maire",
            "député",
            "députée",
            "sénateur",
            "sénatrice",
            "préfet",
            "préfète",
            "procureur",
            "procureure",
        ];
        let roles = &self.persons[i].roles;
        is_in(OFFICES, head)
            && !roles.is_empty()
            && roles.iter().all(|r| {
                let h = r.split(' ').find(|w| !is_in(PRE_ADJ, w)).unwrap_or("");
                h != head && is_in(OFFICES, h) && !r.starts_with("ancien") && !r.starts_with("ex-")
            })
    }
}

#[derive(Default, Clone)]
struct State {
    last: Option<(Speaker, Option<bool>)>,
    last_anon: Option<Speaker>,
    last_pos: Option<u32>,
    /// Where the last statement's speaker was designated.
    last_ref: Option<u32>,
    /// Contents of the statements so far.
    contents: Vec<Span>,
    /// Anonymous sources met so far, by head noun ("porte-parole", "source").
    anons: Vec<(String, Speaker)>,
    /// The last person speaker, and whether the last statement was a media attribution
    /// ("rapporte l'hebdomadaire"): a pronoun after it goes back to the person.
    last_person: Option<(Speaker, Option<bool>)>,
    last_media: bool,
    /// Titles never resolved to a named person ("le député du Gard"), by head: what a later
    /// bare title with the same head designates when nobody holds that role.
    unnamed_titles: Vec<(String, Speaker, Option<bool>)>,
    /// Definite titles already resolved to a named person ("le président de la République" →
    /// Emmanuel Macron): a repeated definite title keeps its referent within an article.
    titles: Vec<(String, Speaker, Option<bool>)>,
    /// The last named organisation reporting as a medium ("révèle Le Monde"): what "le
    /// quotidien", "le journal" designate afterwards.
    medium: Option<Speaker>,
}

impl State {
    fn set(&mut self, sp: Speaker, fem: Option<bool>) {
        if sp.kind == SpeakerKind::Person {
            self.last_person = Some((sp.clone(), fem));
        }
        self.last = Some((sp, fem));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

fn family(c: char) -> u8 {
    match c {
        '«' | '»' => 0,
        '“' | '”' | '„' => 1,
        '‹' | '›' => 2,
        _ => 3,
    }
}

/// The likely infinitive of a verb form missing from the lexicon, for display: "argumenté" →
/// "argumenter", "tente" → "tenter", "réagi" → "réagir"; other forms stay as they are.
fn guess_infinitive(form: &str) -> String {
    let form = form.trim_start_matches("s'");
    for (end, inf) in [("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er")] {
        if let Some(stem) = form.strip_suffix(end) {
            return format!("{stem}{inf}");
        }
    }
    if let Some(stem) = form.strip_suffix('i') {
        return format!("{stem}ir");
    }
    if form.ends_with('e') {
        return format!("{form}r");
    }
    form.to_string()
}

/// A plural determiner opening a description ("les signataires").
fn plural_det(w: &str) -> bool {
    matches!(w, "les" | "ces" | "des")
}

/// "a-t-il" → ("a", "il"), "conclut-elle" → ("conclut", "elle").
fn split_inverted(w: &str) -> Option<(&str, &str)> {
    for suf in [
        "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles", "-on",
    ] {
        if let Some(v) = w.strip_suffix(suf) {
            if !v.is_empty() {
                return Some((v, suf.rsplit('-').next().unwrap_or("")));
            }
        }
    }
    None
}

/// Capitalized words that name no company: months, "État", "France", "Covid".
fn names_no_company(text: &str) -> bool {
    let l = text.to_lowercase();
    is_month(&l)
        || matches!(
            l.as_str(),
            "état" | "etat" | "france" | "europe" | "internet" | "covid-19" | "covid"
        )
}

fn is_month(w: &str) -> bool {
    matches!(
        w,
        "janvier"
            | "février"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
    )
}

fn looks_participle(w: &str) -> bool {
    w.ends_with('é')
        || w.ends_with("ée")
        || w.ends_with("és")
        || w.ends_with("ées")
        || w.ends_with('i')
        || w.ends_with('u')
        || w.ends_with("is")
        || w.ends_with("it")
        || w.ends_with("ed")
        || matches!(
            w,
            "dit"
                | "écrit"
                | "admis"
                | "appris"
                | "said"
                | "told"
                | "wrote"
                | "conclu"
                | "reconnu"
                | "soutenu"
                | "prévenu"
                | "répondu"
        )
}

/// A past-participle form of a speech verb ("confirmée", "démenti", "dit", "promises").
fn is_participle(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
        "ites",
    ];
    w.chars().count() > 2 && ENDINGS.iter().any(|e| w.ends_with(e))
}

fn is_infinitive(w: &str) -> bool {
    !w.contains('-')
        && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re") || w.ends_with("oir"))
        && w.chars().count() > 3
        && !matches!(
            w,
            "hier"
                | "premier"
                | "dernier"
                | "autre"
                | "entre"
                | "contre"
                | "notre"
                | "votre"
                | "leur"
                | "pour"
                | "sur"
                | "encore"
                | "chaque"
                | "quatre"
                | "ministre"
                | "centre"
                | "guerre"
                | "nombre"
        )
}

/// Rough gender from a first name (true = feminine).
/// Frequent first names of French news whose ending says nothing of gender (written for this
/// crate: French and international public figures' first names, not a census list).
const MASC_FIRST: &[&str] = &[
    "adrien",
    "ahmed",
    "alain",
    "albert",
    "alexandre",
    "alexis",
    "alfred",
    "ali",
    "andré",
    "anthony",
    "antoine",
    "arnaud",
    "arthur",
    "aurélien",
    "baptiste",
    "bastien",
    "benjamin",
    "benoit",
    "benoît",
    "bernard",
    "bertrand",
    "boris",
    "bruno",
    "charles",
    "christian",
    "christophe",
    "clément",
    "cyril",
    "cédric",
    "damien",
    "daniel",
    "david",
    "denis",
    "didier",
    "donald",
    "dylan",
    "edouard",
    "emile",
    "emmanuel",
    "eric",
    "fabien",
    "fabrice",
    "florian",
    "franck",
    "françois",
    "frédéric",
    "gabriel",
    "gaël",
    "gaëtan",
    "georges",
    "gilles",
    "grégory",
    "guillaume",
    "guy",
    "gérald",
    "gérard",
    "henri",
    "hervé",
    "hugo",
    "jacky",
    "jacques",
    "jean",
    "jean-baptiste",
    "jean-claude",
    "jean-françois",
    "jean-jacques",
    "jean-louis",
    "jean-luc",
    "jean-marc",
    "jean-marie",
    "jean-michel",
    "jean-paul",
    "jean-pierre",
    "jean-yves",
    "joe",
    "jordan",
    "joseph",
    "josé",
    "joël",
    "jules",
    "julien",
    "jérémy",
    "jérôme",
    "karim",
    "kevin",
    "kévin",
    "laurent",
    "lionel",
    "louis",
    "loïc",
    "luc",
    "lucas",
    "ludovic",
    "léo",
    "léon",
    "manuel",
    "marc",
    "marcel",
    "martin",
    "mathieu",
    "matthieu",
    "maurice",
    "maxime",
    "mehdi",
    "michel",
    "mickaël",
    "mohamed",
    "nathan",
    "nicolas",
    "noël",
    "olivier",
    "pascal",
    "patrice",
    "patrick",
    "paul",
    "philippe",
    "pierre",
    "quentin",
    "rachid",
    "raphaël",
    "raymond",
    "renaud",
    "rené",
    "richard",
    "robert",
    "roger",
    "roland",
    "romain",
    "régis",
    "rémi",
    "rémy",
    "samuel",
    "serge",
    "simon",
    "sofiane",
    "stéphane",
    "sylvain",
    "sébastien",
    "thierry",
    "thomas",
    "théo",
    "tristan",
    "victor",
    "vincent",
    "vladimir",
    "william",
    "xavier",
    "yann",
    "yannick",
    "yves",
    "édouard",
    "émile",
    "éric",
    "étienne",
];

const FEM_FIRST: &[&str] = &[
    "adèle",
    "agnès",
    "alexandra",
    "alice",
    "aline",
    "amandine",
    "amélie",
    "andrée",
    "angélique",
    "anne",
    "anne-marie",
    "annie",
    "arlette",
    "audrey",
    "aurore",
    "aurélie",
    "bernadette",
    "brigitte",
    "béatrice",
    "carole",
    "caroline",
    "catherine",
    "chantal",
    "charlotte",
    "chloé",
    "christiane",
    "christine",
    "claire",
    "clara",
    "claudine",
    "clémentine",
    "colette",
    "corinne",
    "cécile",
    "danielle",
    "delphine",
    "denise",
    "elisabeth",
    "emma",
    "emmanuelle",
    "estelle",
    "eva",
    "fabienne",
    "fanny",
    "florence",
    "françoise",
    "gabrielle",
    "geneviève",
    "ghislaine",
    "gisèle",
    "hélène",
    "inès",
    "irène",
    "isabelle",
    "jacqueline",
    "jeanne",
    "jeannine",
    "josiane",
    "julie",
    "juliette",
    "justine",
    "karine",
    "laetitia",
    "laurence",
    "lucie",
    "lydie",
    "léa",
    "madeleine",
    "manon",
    "margaux",
    "marguerite",
    "marianne",
    "marie",
    "marie-christine",
    "marie-claire",
    "marie-france",
    "marina",
    "marine",
    "marion",
    "marlène",
    "marthe",
    "martine",
    "mathilde",
    "michèle",
    "monique",
    "muriel",
    "myriam",
    "mélanie",
    "nadia",
    "nadine",
    "najat",
    "nathalie",
    "nicole",
    "odile",
    "pascale",
    "pauline",
    "pénélope",
    "rachel",
    "rachida",
    "renée",
    "rose",
    "régine",
    "sabine",
    "sandrine",
    "sarah",
    "simone",
    "solène",
    "sophie",
    "stéphanie",
    "suzanne",
    "sylviane",
    "sylvie",
    "ségolène",
    "séverine",
    "thérèse",
    "valérie",
    "virginie",
    "véronique",
    "yvette",
    "yvonne",
    "zoé",
    "édith",
    "élisabeth",
    "élise",
    "élodie",
    "émilie",
    "évelyne",
];

fn first_name_gender(first: &str) -> Option<bool> {
    if is_in(MASC_FIRST, first) {
        return Some(false);
    }
    if is_in(FEM_FIRST, first) {
        return Some(true);
    }
    if first.chars().count() > 3
        && first.ends_with('a')
        && !matches!(
            first,
            "nikita"
                | "luca"
                | "joshua"
                | "moustafa"
                | "mustafa"
                | "hamza"
                | "oussama"
                | "osama"
                | "attia"
                | "kaboura"
        )
    {
        Some(true)
    } else {
        None
    }
}

fn quotes_start(quotes: &[Quote], i: usize) -> u32 {
    quotes.get(i).map_or(0, |q| q.span.start)
}

/// '"A" et de "B", a-t-il déclaré': two quoted pieces joined by a conjunction under one cue
/// after them are two direct statements (guidelines, clarifications 6 and 14), not one mixed statement. A
/// statement with the same content as one of the pieces is dropped.
fn split_joined_pieces(quotes: Vec<Quote>, text: &str) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(quotes.len());
    // where each content stands in `out` (one statement per content, the pieces first)
    let mut at: HashMap<(u32, u32), usize> = HashMap::new();
    for q in quotes {
        // (with the cue after them; before them, 'affirmant que "A" et "B"', they are the
        // objects of one reported clause)
        let cue_after = q.cue.is_some_and(|c| c.start >= q.content.end);
        let pieces = (q.kind == QuoteKind::Mixed && cue_after)
            .then(|| joined_pieces(text, q.content))
            .flatten();
        match pieces {
            Some(pieces) => {
                for content in pieces {
                    let piece = Quote {
                        kind: QuoteKind::Direct,
                        content,
                        ..q.clone()
                    };
                    match at.get(&(content.start, content.end)) {
                        Some(&i) => out[i] = piece,
                        None => {
                            at.insert((content.start, content.end), out.len());
                            out.push(piece);
                        }
                    }
                }
            }
            None => {
                if let Entry::Vacant(v) = at.entry((q.content.start, q.content.end)) {
                    v.insert(out.len());
                    out.push(q);
                }
            }
        }
    }
    out
}

/// The inner spans of two quoted pieces making the whole of `content`, joined only by "et",
/// "et de", "car", "mais" or "ou".
fn joined_pieces(text: &str, content: Span) -> Option<[Span; 2]> {
    const OPEN: [char; 3] = ['"', '«', '“'];
    const CLOSE: [char; 3] = ['"', '»', '”'];
    let t = text.get(content.range())?;
    let t = t.trim_end_matches(['.', ' ']);
    let mut marks = t
        .char_indices()
        .filter(|(_, c)| OPEN.contains(c) || CLOSE.contains(c));
    let (o1, c) = marks.next()?;
    if o1 != 0 || !OPEN.contains(&c) {
        return None;
    }
    let (c1, _) = marks.next()?;
    let (o2, _) = marks.next()?;
    let (c2, _) = marks.next()?;
    if marks.next().is_some() || c2 + 1 != t.len() {
        return None;
    }
    let between = t[c1 + 1..o2].trim().to_lowercase();
    if !matches!(
        between.as_str(),
        "et" | "et de" | "et d'" | "et que" | "et qu'" | "car" | "mais" | "ou" | "et à"
    ) {
        return None;
    }
    let inner = |a: usize, b: usize| {
        let piece = &t[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        let start = content.start + (a + lead) as u32;
        Span::new(start, content.start + (b - trail) as u32)
    };
    let one = inner(o1 + c.len_utf8(), c1);
    let two_open = t[o2..].chars().next()?.len_utf8();
    let two = inner(o2 + two_open, c2);
    // (short quoted objects, 'dénonce "la fraude" et "le mensonge"', stay one mixed statement)
    let words = |x: Span| text[x.range()].split_whitespace().count();
    (words(one) >= 4 && words(two) >= 4).then_some([one, two])
}

fn summarize(quotes: &[Quote], text: &str) -> SourcingSummary {
    let mut s = SourcingSummary::default();
    for q in quotes {
        match q.kind {
            QuoteKind::Direct => s.direct += 1,
            QuoteKind::Indirect => s.indirect += 1,
            QuoteKind::Mixed => s.mixed += 1,
        }
        match q.speaker.kind {
            SpeakerKind::Person | SpeakerKind::Organisation => s.named += 1,
            SpeakerKind::Anonymous => s.anonymous += 1,
            SpeakerKind::Unknown => s.unattributed += 1,
        }
    }
    // share of characters inside direct or mixed quotations (union of spans)
    let mut spans: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    spans.sort();
    let mut covered = 0usize;
    let mut cur: Option<Span> = None;
    for sp in spans {
        match cur {
            Some(c) if sp.start <= c.end => cur = Some(c.cover(sp)),
            Some(c) => {
                covered += text.get(c.range()).map_or(0, |t| t.chars().count());
                cur = Some(sp);
            }
            None => cur = Some(sp),
        }
    }
    if let Some(c) = cur {
        covered += text.get(c.range()).map_or(0, |t| t.chars().count());
    }
    let total = text.chars().count();
    s.quoted_share = if total == 0 {
        0.0
    } else {
        covered as f32 / total as f32
    };
    s
}
