//! The speech-verb lexicon: inflected form → lemma, French and English.
//!
//! The committed tables (`data/speech_verbs_{fr,en}.tsv`) are derived from the GenderGapTracker
//! reporting-verb lists (MIT) by [`build_french`] / [`build_english`] plus a short supplement
//! of our own; `cargo run -p veille-quotes --example build_lexicon -- ../shared` rebuilds them
//! (see `data/CARD.md`). Format: a header line
//! `#veille-speech-verbs/1 lang=<xx> lemmas=<n> forms=<n> fnv=<hex>` (FNV-1a 64 over every
//! following byte), then one line per lemma: `lemma<TAB>class<TAB>form form form…`, where
//! class `S` marks a verb strong enough to introduce an indirect quote ("X a déclaré que") and
//! `W` one only trusted next to a quotation mark or in an inverted incise (", poursuit-il").

use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// Magic string and format version of the table files.
pub const MAGIC: &str = "#veille-speech-verbs/1";

/// Errors from reading a lexicon table.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum LexiconError {
    #[error("speech-verb table: missing or wrong header (expected {expected:?}, found {found:?}); rebuild with `cargo run -p veille-quotes --example build_lexicon -- ../shared`")]
    Header {
        expected: &'static str,
        found: String,
    },
    #[error("speech-verb table: checksum mismatch (header {header:016x}, content {content:016x}); rebuild with `cargo run -p veille-quotes --example build_lexicon -- ../shared`")]
    Checksum { header: u64, content: u64 },
    #[error("speech-verb table: bad line {line}: {text:?}")]
    Line { line: usize, text: String },
}

/// Strength of a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// Introduces reported speech on its own ("déclarer", "affirmer", "say").
    Strong,
    /// Only next to a quotation or in an incise ("poursuivre", "sourire", "trouver").
    Weak,
}

/// A loaded lexicon: inflected lowercase form → (lemma, class).
#[derive(Debug, Default)]
pub struct Lexicon {
    forms: HashMap<String, (u32, VerbClass)>,
    lemmas: Vec<String>,
}

impl Lexicon {
    /// Parses a table file.
    ///
    /// # Errors
    /// A missing header, a checksum mismatch or a malformed line.
    pub fn parse(table: &str) -> Result<Lexicon, LexiconError> {
        let body = checked_body(table, MAGIC).map_err(|e| match e {
            TableCheck::Header { found } => LexiconError::Header {
                expected: MAGIC,
                found,
            },
            TableCheck::Checksum { header, content } => LexiconError::Checksum { header, content },
        })?;
        let mut lex = Lexicon::default();
        for (i, line) in body.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split('\t');
            let (Some(lemma), Some(class), Some(forms)) =
                (parts.next(), parts.next(), parts.next())
            else {
                return Err(LexiconError::Line {
                    line: i + 2,
                    text: line.into(),
                });
            };
            let class = match class {
                "S" => VerbClass::Strong,
                "W" => VerbClass::Weak,
                _ => {
                    return Err(LexiconError::Line {
                        line: i + 2,
                        text: line.into(),
                    })
                }
            };
            let id = lex.lemmas.len() as u32;
            lex.lemmas.push(lemma.to_string());
            for f in forms.split(' ').filter(|f| !f.is_empty()) {
                lex.forms.entry(f.to_string()).or_insert((id, class));
                // the 1990 spelling drops the circumflex of "î" ("reconnait", "paraitre")
                if f.contains('î') {
                    lex.forms.entry(f.replace('î', "i")).or_insert((id, class));
                }
            }
        }
        Ok(lex)
    }

    /// The lemma and class of a lowercase inflected form.
    pub fn lookup(&self, lower: &str) -> Option<(&str, VerbClass)> {
        self.forms
            .get(lower)
            .map(|&(id, c)| (self.lemmas[id as usize].as_str(), c))
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    pub fn lemma_count(&self) -> usize {
        self.lemmas.len()
    }
}

/// The embedded French table.
pub const FR_TABLE: &str = include_str!("../data/speech_verbs_fr.tsv");
/// The embedded English table.
pub const EN_TABLE: &str = include_str!("../data/speech_verbs_en.tsv");

/// The embedded French lexicon (parsed once). Empty if the table is corrupt (a test checks it
/// is not).
pub fn french() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::parse(FR_TABLE).unwrap_or_default())
}

/// The embedded English lexicon (parsed once).
pub fn english() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::parse(EN_TABLE).unwrap_or_default())
}

/// Why a versioned table file (`MAGIC … fnv=<hex>` header, then its body) was refused.
pub(crate) enum TableCheck {
    /// The first line does not start with the expected magic (its first 40 characters).
    Header { found: String },
    /// The body's FNV-1a 64 is not the one the header declares.
    Checksum { header: u64, content: u64 },
}

/// The body of a table whose header starts with `magic` and declares the body's checksum.
pub(crate) fn checked_body<'t>(table: &'t str, magic: &str) -> Result<&'t str, TableCheck> {
    let (header, body) = table.split_once('\n').unwrap_or((table, ""));
    if !header.starts_with(magic) {
        return Err(TableCheck::Header {
            found: header.chars().take(40).collect(),
        });
    }
    let declared = header
        .split_whitespace()
        .find_map(|f| f.strip_prefix("fnv="))
        .and_then(|h| u64::from_str_radix(h, 16).ok())
        .unwrap_or(0);
    let content = fnv1a(body.as_bytes());
    if declared != content {
        return Err(TableCheck::Checksum {
            header: declared,
            content,
        });
    }
    Ok(body)
}

/// FNV-1a 64-bit.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Lemmas only trusted next to a quotation mark (not for "X <verb> que …").
const FR_WEAK: &[&str] = &[
    "appeler",
    "avancer",
    "croire",
    "dancer",
    "demander",
    "demeurer",
    "défendre",
    "désoler",
    "enchaîner",
    "entendre",
    "espérer",
    "exiger",
    "extasier",
    "gazouiller",
    "inquiéter",
    "lancer",
    "lire",
    "louanger",
    "plaindre",
    "poursuivre",
    "proposer",
    "prévoir",
    "redouter",
    "remémorer",
    "réjouir",
    "savoir",
    "souhaiter",
    "soupirer",
    "sourire",
    "tonner",
    "trouver",
    "valoir",
    "vouloir",
    "craindre",
    "réagir",
    "soulever",
    "trancher",
    "citer",
    "adresser",
    "exprimer",
    "réclamer",
    "recommander",
];

/// Our own supplement: verbs of reporting missing from the GGT list, with the forms news text
/// uses (3rd person, participles). (lemma, class, forms)
const FR_SUPPLEMENT: &[(&str, &str, &str)] = &[
    ("enjoindre", "S", "enjoint enjoignent enjoignait enjoignaient enjoignit enjoignant enjoindre"),
    ("vanter", "W", "vante vantent vanté vantait vantaient vanta vantant vanter"),
    ("invoquer", "W", "invoque invoquent invoqué invoquait invoquaient invoqua invoquant invoquer"),
    ("démentir", "S", "dément démentent démenti démentie démentis démenties démentait démentaient démentit démentirent démentira démentiront démentirait démentiraient démentant démentir démens"),
    ("nier", "S", "nie nient nié niée niés niées niait niaient nia nièrent niera nieront nierait nieraient niant nier"),
    ("apprendre", "W", "apprend apprennent appris apprenait apprenaient apprit apprirent apprendra apprendrait apprenant apprendre"),
    ("dévoiler", "W", "dévoile dévoilent dévoilé dévoilée dévoilait dévoilaient dévoila dévoilera dévoilerait dévoilant dévoiler"),
    ("assurer", "S", "assure assurent assuré assurait assuraient assura assurera assurerait assurant"),
    ("prévenir", "S", "prévient préviennent prévenu prévenait prévenaient prévint prévenant"),
    ("marteler", "S", "martèle martèlent martelé martelait martela marteler"),
    ("insister", "W", "insiste insistent insisté insistait insista"),
    ("rapporter", "S", "rapporte rapportent rapporté rapportait rapporta"),
    ("ajouter", "S", "ajoute ajoutent ajouté ajoutait ajoutaient ajouta ajoutant"),
    ("assurer", "S", "assuré"),
    ("signaler", "S", "signale signalent signalé signalait signalaient signala signalant signaler"),
    ("expliquer", "S", "explique expliquent expliqué expliquait expliqua"),
    ("reconnaître", "S", "reconnaissant"),
    ("dire", "S", "disant"),
    ("écrire", "S", "écrivant"),
    ("admettre", "S", "admettant"),
    ("promettre", "S", "promettant"),
    ("soutenir", "S", "soutenant"),
    ("répondre", "S", "répondant"),
    ("réagir", "W", "réagissant"),
    ("interroger", "W", "interrogé interrogée interrogés interrogées interroge interrogent interrogeait interrogea"),
    ("emporter", "W", "emporte emportait emporta emporté emportée"),
    ("souvenir", "W", "souvient souviennent souvenu souvenue souvenait souvenaient souvint souvenant"),
    ("lamenter", "W", "lamente lamentent lamenté lamentée lamentait lamentaient lamenta lamentant"),
    ("plaisanter", "W", "plaisante plaisanté plaisantait plaisanta plaisantant"),
    ("railler", "W", "raille raillent raillé raillait railla raillant"),
    ("persister", "W", "persiste persistent persisté persistait persista"),
    ("cingler", "W", "cingle cinglé cinglait cingla"),
    ("renchérir", "S", "renchérit renchérissent renchéri renchérissait renchérissant"),
    ("nuancer", "W", "nuance nuancé nuançait nuança nuançant"),
    ("trancher", "W", "tranche tranché tranchait trancha"),
    ("recadrer", "W", "recadre recadré recadrait recadra"),
    ("lâcher", "W", "lâche lâché lâchait lâcha"),
    ("menacer", "W", "menace menacé menaçait menaça menaçant"),
    ("prévenir", "S", "prévenu"),
    ("jurer", "S", "jure jurent juré jurait jura"),
    ("réitérer", "S", "réitère réitéré réitérait"),
    ("certifier", "S", "certifie certifié"),
    ("admettre", "S", "admet admettent admis admettait"),
    ("écrire", "S", "écrit écrivent écrivait écrivaient"),
    ("tweeter", "W", "tweeté"),
    ("promettre", "S", "promis promise promises"),
    ("relever", "S", "relève relèvent relevé relevait relevaient releva relevant"),
    ("appeler", "W", "appelé appelée appelés appelait appelaient appela appelant appellent"),
    ("demander", "W", "demandé demandée demandait demandaient demanda demandant"),
    ("exhorter", "W", "exhorte exhortent exhorté exhortait exhorta exhortant exhorter"),
    ("répéter", "S", "répète répètent répété répétait répéta répétant"),
    ("clamer", "S", "clame clament clamé clamait clamaient clama clamant clamer"),
    ("entendre", "W", "entendu"),
    ("défendre", "W", "défendu"),
    ("revendiquer", "W", "revendique revendiquent revendiqué revendiquait revendiqua revendiquant revendiquer"),
    ("fustiger", "S", "fustige fustigent fustigé fustigeait fustigea fustigeant fustiger"),
    ("regretter", "W", "regrette regrettent regretté regrettait regretta regrettant"),
    ("tacler", "W", "tacle taclent taclé taclait tacla taclant"),
    ("souffler", "W", "souffle soufflé soufflait souffla"),
    ("glisser", "W", "glisse glissé glissait glissa"),
    ("alerter", "S", "alerte alertent alerté alertait alerta alertant"),
    ("détailler", "S", "détaille détaillent détaillé détaillait détailla détaillant"),
    // incises of explanation: '"…", récapitule ce haut fonctionnaire', "décrypte un expert"
    ("récapituler", "S", "récapitule récapitulent récapitulé récapitulait récapitula"),
    ("décrypter", "W", "décrypte décryptent décrypté décryptait décrypta"),
    // manners of saying after a quotation: '"C'est tout?", rit Emel Parlar Dal'
    ("rire", "W", "rit rient riait riaient ri"),
    // orders and warnings with "de" + infinitive: "a intimé aux gilets jaunes de changer …"
    ("intimer", "W", "intime intiment intimé intimait intima intimant"),
    ("sommer", "W", "somme somment sommé sommait somma sommant"),
    ("déconseiller", "W", "déconseille déconseillent déconseillé déconseillait déconseilla"),
    ("rigoler", "W", "rigole rigolent rigolé rigolait rigola"),
    ("tempérer", "W", "tempère tempéré tempérait tempéra"),
    ("objecter", "S", "objecte objecté objectait objecta"),
    ("asséner", "W", "assène assènent asséné assénait asséna assènait assené assenait assena"),
    ("abonder", "W", "abonde abondé abondait abonda"),
    ("féliciter", "W", "félicite félicitent félicité félicitait félicita"),
    ("indigner", "W", "indigne indignent indigné indignait indigna"),
    ("agacer", "W", "agace agacé agaçait agaça"),
    ("rassurer", "W", "rassure rassurent rassuré rassurait rassura rassurant"),
    ("prôner", "S", "prône prônent prôné prônait prôna prônant prôner"),
    // refusals: "a rejeté ces accusations", "conteste toute faute", "contestent que …"
    ("rejeter", "S", "rejette rejettent rejeté rejetait rejeta rejetant rejeter"),
    ("contester", "S", "conteste contestent contesté contestait contesta contestant contester"),
    // demands (their que-clause or "de" + infinitive is the message)
    ("préconiser", "W", "préconise préconisent préconisé préconisée préconisait préconisa préconisant préconiser"),
    ("requérir", "W", "requiert requièrent requis requise requérait requit requérant requérir"),
    ("conseiller", "W", "conseille conseillent conseillé conseillée conseillait conseilla conseillant"),
    ("encourager", "W", "encourage encouragent encouragé encourageait encouragea encourageant"),
    ("pointer", "W", "pointe pointent pointé pointait pointa"),
    ("tancer", "W", "tance tancé tançait tança"),
    // next to a quotation only: "« … », a développé la SNCF auprès du Parisien"
    ("développer", "W", "développe développé développait développa"),
    ("réaffirmer", "S", "réaffirme réaffirment réaffirmé réaffirmait réaffirma réaffirmant réaffirmer"),
    // reflexive and expressive verbs of incises (", s'insurge le délégué", ", peste-t-il")
    ("insurger", "W", "insurge insurgent insurgé insurgée insurgeait insurgea"),
    ("exclamer", "W", "exclame exclament exclamé exclamée exclamait exclama"),
    ("enthousiasmer", "W", "enthousiasme enthousiasment enthousiasmé enthousiasmée enthousiasmait enthousiasma"),
    ("amuser", "W", "amuse amusent amusé amusée amusait amusa"),
    ("alarmer", "W", "alarme alarment alarmé alarmée alarmait alarma"),
    ("offusquer", "W", "offusque offusquent offusqué offusquée offusquait offusqua"),
    ("pester", "W", "peste pestent pesté pestait pesta"),
    ("argumenter", "W", "argumente argumentent argumenté argumentait argumenta"),
    ("énumérer", "W", "énumère énumèrent énuméré énumérait énuméra"),
    ("hurler", "W", "hurle hurlent hurlé hurlait hurla"),
    // more verbs of incises: "« … », complète Me Laffont", ", reprend-il", ", s'écrie-t-elle"
    ("compléter", "W", "complète complètent complété complétait complétaient compléta"),
    ("reprendre", "W", "reprend reprennent repris reprenait reprenaient reprit"),
    ("continuer", "W", "continue continuent continué continuait continuaient continua"),
    ("enchérir", "W", "enchérit enchérissent enchéri enchérissait enchérissaient"),
    ("relativiser", "W", "relativise relativisent relativisé relativisait relativisa"),
    ("corriger", "W", "corrige corrigent corrigé corrigeait corrigea"),
    ("riposter", "W", "riposte ripostent riposté ripostait riposta"),
    ("tempêter", "W", "tempête tempêtent tempêté tempêtait tempêta"),
    ("fulminer", "W", "fulmine fulminent fulminé fulminait fulmina"),
    ("grincer", "W", "grince grincent grincé grinçait grinça"),
    ("jubiler", "W", "jubile jubilent jubilé jubilait jubila"),
    ("rigoler", "W", "rigole rigolent rigolé rigolait rigola"),
    ("esclaffer", "W", "esclaffe esclaffent esclaffé esclaffée esclaffait esclaffa"),
    ("écrier", "W", "écrie écrient écrié écriée écriait écria"),
    ("crier", "W", "crie crient crié criait criaient cria"),
    ("scander", "W", "scande scandent scandé scandait scandaient scanda"),
    ("murmurer", "W", "murmure murmurent murmuré murmurait murmura"),
    ("chuchoter", "W", "chuchote chuchotent chuchoté chuchotait chuchota"),
    ("bredouiller", "W", "bredouille bredouillent bredouillé bredouillait bredouilla"),
    ("implorer", "W", "implore implorent imploré implorait implora"),
    ("supplier", "W", "supplie supplient supplié suppliait supplia"),
    ("confesser", "W", "confesse confessent confessé confessait confessa"),
    ("interpeller", "W", "interpelle interpellent interpellé interpellait interpella"),
];

/// Derives the French lemma table from the GGT inflected list. Every form goes to the
/// infinitive of the list whose stem (infinitive minus -er/-ir/-re/-oir) is its longest
/// prefix, else to the infinitive sharing its longest common prefix (irregular stems:
/// admis → admettre, soutint → soutenir). Returns the table text (header included).
pub fn build_french(ggt_list: &str) -> String {
    let forms: BTreeSet<String> = ggt_list
        .lines()
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let infinitives: Vec<&String> = forms
        .iter()
        .filter(|f| {
            let ending = ["er", "ir", "oir", "re"].iter().any(|e| f.ends_with(e));
            // "déclare" is the present of "déclarer", "considère" of "considérer".
            let present = f.ends_with('e')
                && (forms.contains(&format!("{f}r"))
                    || forms.contains(&format!("{}r", f.replace('è', "é"))));
            ending && !present && !f.contains('-')
        })
        .collect();
    let stem = |inf: &str| -> String {
        for e in ["oir", "er", "ir", "re"] {
            if let Some(s) = inf.strip_suffix(e) {
                return s.to_string();
            }
        }
        inf.to_string()
    };
    let stems: Vec<(String, &String)> = infinitives.iter().map(|i| (stem(i), *i)).collect();
    let mut by_lemma: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut orphans: BTreeSet<String> = BTreeSet::new();
    for f in &forms {
        let best = stems
            .iter()
            .filter(|(s, _)| f.starts_with(s.as_str()))
            .max_by_key(|(s, _)| s.chars().count())
            .map(|(_, i)| (*i).clone())
            .or_else(|| {
                stems
                    .iter()
                    .map(|(_, i)| (lcp(f, i), *i))
                    .filter(|(n, _)| *n >= 3)
                    .max_by_key(|(n, _)| *n)
                    .map(|(_, i)| i.clone())
            });
        let lemma = match best {
            Some(l) => l,
            None => match orphan_lemma(f) {
                Some(l) => {
                    if !infinitives.iter().any(|i| **i == l) {
                        orphans.insert(l.clone());
                    }
                    l
                }
                None => continue, // forms of être/avoir in the source list: not speech verbs
            },
        };
        // Normalise the GGT spelling variants.
        let lemma = match lemma.as_str() {
            "preciser" => "préciser".to_string(),
            "re-connaître" | "reconnaitre" => "reconnaître".to_string(),
            _ => lemma,
        };
        by_lemma.entry(lemma).or_default().insert(f.clone());
    }
    let mut classes: BTreeMap<String, &str> = BTreeMap::new();
    for (lemma, class, extra) in FR_SUPPLEMENT {
        // (a form the supplement gives its lemma leaves the one the source list's prefix
        // guess gave it: "insurgé" is not "insister")
        for (other, set) in by_lemma.iter_mut() {
            if other != lemma {
                for f in extra.split(' ') {
                    set.remove(f);
                }
            }
        }
        let set = by_lemma.entry((*lemma).to_string()).or_default();
        set.extend(extra.split(' ').map(str::to_string));
        classes.insert((*lemma).to_string(), class);
    }
    // The source list misses forms with a stem change ("s'inquiète", "rejette") and the
    // agreed participles of pronominal incises ("s'est félicitée", "se sont indignés"): every
    // -er lemma, ours included, gets its regular third-person forms and participles.
    for (lemma, set) in by_lemma.iter_mut() {
        set.extend(regular_er_forms(lemma));
    }
    render("fr", &by_lemma, |l| {
        if FR_WEAK.contains(&l) || (orphans.contains(l) && !classes.contains_key(l)) {
            "W"
        } else {
            classes.get(l).copied().unwrap_or("S")
        }
    })
}

/// Forms of a regular -er verb that the source list misses: past participles ("avoué") and
/// present forms with an opened stem vowel ("inquiéter" → "inquiète", "jeter" → "jette",
/// "appeler" → "appelle"). Other forms are left to the list.
fn regular_er_forms(lemma: &str) -> Vec<String> {
    let Some(stem) = lemma.strip_suffix("er") else {
        return Vec::new();
    };
    if stem.chars().count() < 2 || lemma.contains(' ') {
        return Vec::new();
    }
    // past participles the list lacks ("avoué"), except those mostly used as nouns
    const NOUNS: &[&str] = &[
        "donnée",
        "données",
        "avancée",
        "avancées",
        "invité",
        "invités",
        "invitée",
        "invitées",
        "tranchée",
        "tranchées",
        "lancée",
        "lancées",
        "allégué",
        "désolé",
        "jurés",
        "jurées",
    ];
    let mut forms: Vec<String> = ["é", "ée", "és", "ées"]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .filter(|f| !NOUNS.contains(&f.as_str()))
        .collect();
    // the present participle (", confirmant que …"; "c" → "ç", "g" → "ge" before "a"), except
    // those mostly used as nouns or adjectives
    const ADJECTIVES: &[&str] = &[
        "manifestant",
        "militant",
        "protestant",
        "représentant",
        "participant",
        "confiant",
        "étonnant",
        "inquiétant",
        "rassurant",
        "alarmant",
        "insistant",
        "menaçant",
        "tranchant",
        "cinglant",
        "méprisant",
        "encourageant",
        "intéressant",
        "accablant",
        "touchant",
        "plaisant",
        "méfiant",
        "charmant",
        "pressant",
        "troublant",
        "marquant",
        "dérangeant",
        "navrant",
        "consternant",
        "choquant",
        "révoltant",
        "montant",
        "restant",
        "désolant",
        "excitant",
        "exigeant",
        "tonnant",
        "soupirant",
        "laissant",
        "donnant",
        "dançant",
        "divulgeant",
        "agaçant",
        "amusant",
        "glissant",
        "hurlant",
        "enthousiasmant",
        "soufflant",
    ];
    // (the stem before an "a": "c" → "ç", "g" → "ge": "menaçant", "fustigea")
    let before_a = if let Some(h) = stem.strip_suffix('c') {
        format!("{h}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    let participle = format!("{before_a}ant");
    if !ADJECTIVES.contains(&participle.as_str()) {
        forms.push(participle);
    }
    // the third-person present the source list often lacks (", s'insurge le délégué", ",
    // argumente-t-il"); a noun of the same spelling ("l'annonce") has a determiner before it
    // and no subject, so it makes no statement
    forms.extend(["e", "ent"].iter().map(|e| format!("{stem}{e}")));
    // and the other third-person tenses of narration ("réaffirmaient", "signalèrent",
    // "précisera", "assureraient") and the infinitive ("pour rappeler que")
    forms.extend(
        ["ait", "aient", "a"]
            .iter()
            .map(|e| format!("{before_a}{e}")),
    );
    forms.push(format!("{stem}èrent"));
    forms.push(lemma.to_string());
    let opened_future = stem.ends_with("el") || stem.ends_with("et") || stem.contains('é');
    if !opened_future {
        forms.extend(
            ["era", "eront", "erait", "eraient"]
                .iter()
                .map(|e| format!("{stem}{e}")),
        );
    }
    // the stem vowel before the last consonants opens in "-e", "-es", "-ent"
    let cut = stem.trim_end_matches(|c: char| !"aeiouyéèêâîôû".contains(c));
    let tail = &stem[cut.len()..];
    if (1..=2).contains(&tail.len()) {
        let open = if let Some(head) = cut.strip_suffix('é') {
            vec![format!("{head}è{tail}")]
        } else if let Some(head) = cut.strip_suffix('e') {
            // "appeler" → "appelle", "jeter" → "jette"; "lever" → "lève"
            if tail == "l" || tail == "t" {
                vec![format!("{cut}{tail}{tail}")]
            } else if tail.len() > 1 {
                Vec::new() // "protester", "penser": no stem change
            } else {
                vec![format!("{head}è{tail}")]
            }
        } else {
            Vec::new()
        };
        for o in open {
            forms.extend(["e", "es", "ent"].iter().map(|e| format!("{o}{e}")));
        }
    }
    forms
}

/// Lemma of a form whose infinitive is not in the list (irregular stems, present forms of
/// -er verbs), or `None` for the auxiliaries être/avoir that the source list includes.
fn orphan_lemma(f: &str) -> Option<String> {
    const IRREGULAR: &[(&[&str], &str)] = &[
        (&["re-conn"], "reconnaître"),
        (
            &[
                "su", "sus", "sut", "surent", "sais", "sait", "sach", "saur", "sûmes", "sût",
                "sûtes", "susse", "suss",
            ],
            "savoir",
        ),
        (&["veu", "voul", "voudr"], "vouloir"),
        (
            &[
                "lu", "lue", "lues", "lus", "lurent", "lût", "lûmes", "lûtes", "lusse", "luss",
            ],
            "lire",
        ),
        (&["vau", "vaill", "valu"], "valoir"),
        (&["crut", "crurent", "crû"], "croire"),
        (&["dît", "dîmes", "dîtes"], "dire"),
    ];
    for (prefixes, lemma) in IRREGULAR {
        if prefixes
            .iter()
            .any(|p| f == *p || (p.chars().count() >= 3 && f.starts_with(p)))
        {
            return Some((*lemma).to_string());
        }
    }
    let aux = [
        "eu", "eus", "eut", "eue", "eues", "eurent", "eûmes", "eûtes", "eût", "fus", "fut",
        "furent", "fûmes", "fûtes", "fût", "es", "êtes", "étiez", "étions", "sois", "soit",
        "soient", "soyez", "soyons",
    ];
    if aux.contains(&f)
        || f.starts_with("euss")
        || f.starts_with("fuss")
        || f.starts_with("ser") && f.len() <= 9
    {
        return None;
    }
    let stem = f.strip_suffix('s').unwrap_or(f);
    if stem.ends_with('e') && stem.chars().count() >= 4 {
        return Some(format!("{stem}r"));
    }
    Some(f.to_string())
}

const EN_IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("retold", "retell"),
    ("wrote", "write"),
    ("thought", "think"),
    ("finding", "find"),
    ("finds", "find"),
    ("estimated", "estimate"),
    ("estimates", "estimate"),
    ("clarified", "clarify"),
    ("clarifies", "clarify"),
    ("decried", "decry"),
    ("decries", "decry"),
    ("notified", "notify"),
    ("notifies", "notify"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("testified", "testify"),
    ("testifies", "testify"),
];

const EN_WEAK: &[&str] = &[
    "accept",
    "continue",
    "convince",
    "demonstrate",
    "describe",
    "ensure",
    "find",
    "present",
    "release",
    "persist",
    "point",
    "preach",
    "rave",
    "remind",
    "think",
    "write",
    "illustrate",
    "estimate",
    "inform",
    "respond",
    "tweet",
];

/// Derives the English lemma table: a form's lemma is the base form it extends (+s, +es,
/// +ed, +d, +ing, e-dropping +ing/ed, consonant doubling), irregulars from a short list.
pub fn build_english(ggt_list: &str) -> String {
    let forms: BTreeSet<String> = ggt_list
        .lines()
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect();
    let mut by_lemma: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &forms {
        let lemma = if let Some((_, l)) = EN_IRREGULAR.iter().find(|(x, _)| x == f) {
            (*l).to_string()
        } else {
            en_base(f, &forms)
        };
        by_lemma.entry(lemma).or_default().insert(f.clone());
    }
    render("en", &by_lemma, |l| {
        if EN_WEAK.contains(&l) {
            "W"
        } else {
            "S"
        }
    })
}

fn en_base(f: &str, forms: &BTreeSet<String>) -> String {
    let has = |s: &str| forms.contains(s);
    for suf in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = f.strip_suffix(suf) {
            if has(stem) && stem.len() >= 3 {
                return stem.to_string();
            }
            let with_e = format!("{stem}e");
            if (suf == "ing" || suf == "ed") && has(&with_e) {
                return with_e;
            }
            // admitted → admit
            let b = stem.as_bytes();
            if (suf == "ing" || suf == "ed") && b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
                let single = &stem[..stem.len() - 1];
                if has(single) {
                    return single.to_string();
                }
            }
        }
    }
    f.to_string()
}

fn render(
    lang: &str,
    by_lemma: &BTreeMap<String, BTreeSet<String>>,
    class: impl Fn(&str) -> &'static str,
) -> String {
    let mut body = String::new();
    let mut n_forms = 0;
    for (lemma, forms) in by_lemma {
        let mut all: BTreeSet<&str> = forms.iter().map(String::as_str).collect();
        all.insert(lemma.as_str());
        n_forms += all.len();
        body.push_str(lemma);
        body.push('\t');
        body.push_str(class(lemma));
        body.push('\t');
        body.push_str(&all.into_iter().collect::<Vec<_>>().join(" "));
        body.push('\n');
    }
    format!(
        "{MAGIC} lang={lang} lemmas={} forms={n_forms} fnv={:016x}\n{body}",
        by_lemma.len(),
        fnv1a(body.as_bytes())
    )
}

fn lcp(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load() {
        let fr = Lexicon::parse(FR_TABLE).expect("french table");
        assert!(fr.len() > 4000, "{}", fr.len());
        assert_eq!(fr.lookup("déclaré").map(|x| x.0), Some("déclarer"));
        assert_eq!(fr.lookup("conclut").map(|x| x.0), Some("conclure"));
        assert_eq!(fr.lookup("dit").map(|x| x.0), Some("dire"));
        assert_eq!(fr.lookup("dément").map(|x| x.0), Some("démentir"));
        let en = Lexicon::parse(EN_TABLE).expect("english table");
        assert_eq!(en.lookup("said").map(|x| x.0), Some("say"));
        assert_eq!(en.lookup("admitted").map(|x| x.0), Some("admit"));
    }

    #[test]
    fn corrupt_table_is_an_error() {
        let bad = FR_TABLE.replacen("déclarer", "declarer", 1);
        assert!(matches!(
            Lexicon::parse(&bad),
            Err(LexiconError::Checksum { .. })
        ));
        assert!(matches!(
            Lexicon::parse("hello\n"),
            Err(LexiconError::Header { .. })
        ));
    }

    #[test]
    fn builder_lemmatizes_by_stem() {
        let t =
            build_french("dire\ndis\ndit\ndiscuter\ndiscuta\ndéclarer\ndéclare\nadmettre\nadmis\n");
        let l = Lexicon::parse(&t).unwrap();
        assert_eq!(l.lookup("dis").map(|x| x.0), Some("dire"));
        assert_eq!(l.lookup("discuta").map(|x| x.0), Some("discuter"));
        assert_eq!(l.lookup("déclare").map(|x| x.0), Some("déclarer"));
        assert_eq!(l.lookup("admis").map(|x| x.0), Some("admettre"));
    }
}
