//! Numeric expressions: values, ranges, qualifiers, units, counted nouns and categories.

use crate::lex::{Kind, Lexed};
use crate::words::{ordinal, parse_words, parse_words_opt, scale};
use veille_core::layers::NumberExpr;
use veille_core::Span;

/// A single quantity read at some position.
#[derive(Clone, Debug)]
pub(crate) struct Quant {
    pub a: usize,
    pub b: usize,
    pub value: Option<f64>,
    pub raw: Option<String>,
    pub ordinal: bool,
    /// Multiplier written after the mantissa (`5 000` → 1000, `3 millions` → 1e6), used to
    /// expand elided ranges (`entre 4 et 5 000`).
    pub scale: f64,
    /// Read from words only, a bare `un`/`une`.
    pub bare_article: bool,
}

fn is_sign(lx: &Lexed, i: usize) -> Option<f64> {
    match lx.n(i) {
        "-" => Some(-1.0),
        "+" => Some(1.0),
        _ => None,
    }
}

/// Reads one quantity at `i`: digits (grouped, decimal, with scale words and suffixes) or
/// number words, optionally signed.
pub(crate) fn quant(lx: &Lexed, i: usize, english: bool) -> Option<Quant> {
    let n = lx.len();
    if i >= n {
        return None;
    }
    // sign: "-5", "+20 %"; "négatif un"
    if let Some(s) = is_sign(lx, i) {
        if lx.kind(i + 1) == Some(Kind::Num)
            && !lx.gap(i + 1)
            && (i == 0 || lx.gap(i) || lx.kind(i - 1) == Some(Kind::Punct))
        {
            let mut q = quant(lx, i + 1, english)?;
            q.a = i;
            q.value = q.value.map(|v| v * s);
            if let Some(r) = q.raw.as_mut() {
                if s < 0.0 {
                    r.insert(0, '-');
                }
            }
            return Some(q);
        }
        return None;
    }
    if lx.is_any(i, &["negatif", "negative", "moins", "minus"])
        && lx.kind(i + 1) != Some(Kind::Punct)
    {
        if lx.is(i, "moins") {
            // "moins de 5" is a qualifier, "moins 5" a sign
            if lx.kind(i + 1) != Some(Kind::Num) {
                return None;
            }
        }
        let mut q = quant(lx, i + 1, english)?;
        q.a = i;
        q.value = q.value.map(|v| -v);
        return Some(q);
    }
    match lx.kind(i)? {
        Kind::Num => {
            let t = lx.toks[i];
            let digits = lx.n(i);
            let int_len = digits.find('.').unwrap_or(digits.len());
            let mut raw = None;
            let mut value: Option<f64> = digits.parse::<f64>().ok().filter(|v| v.is_finite());
            if int_len > 15 {
                raw = Some(digits.to_string());
                if int_len > 300 {
                    value = None;
                }
            }
            let mut q = Quant {
                a: i,
                b: i + 1,
                value,
                raw,
                ordinal: false,
                scale: 1.0,
                bare_article: false,
            };
            if t.grouped {
                let trailing_zero_groups = digits
                    .split('.')
                    .next()
                    .unwrap_or("")
                    .len()
                    .saturating_sub(1)
                    / 3;
                let zeros = digits
                    .split('.')
                    .next()
                    .unwrap_or("")
                    .bytes()
                    .rev()
                    .take_while(|b| *b == b'0')
                    .count();
                let groups = trailing_zero_groups.min(zeros / 3);
                q.scale = 10f64.powi(3 * groups as i32);
            }
            // ordinal suffix: 1er, 35e, 2ème, 3rd
            if !lx.gap(i + 1)
                && lx.is_any(
                    i + 1,
                    &[
                        "er", "re", "ere", "e", "eme", "emes", "es", "nd", "nde", "st", "rd", "th",
                        "ers", "res",
                    ],
                )
            {
                q.ordinal = true;
                q.b = i + 2;
                return Some(q);
            }
            // k / M / G / b suffixes: 10k, 10M, 2,33k
            if !lx.gap(i + 1) && lx.kind(i + 1) == Some(Kind::Word) {
                let o = lx.orig(i + 1);
                let mult = match o {
                    "k" | "K" => Some(1e3),
                    "M" => Some(1e6),
                    "G" | "b" | "B" => Some(1e9),
                    _ => None,
                };
                if let Some(m) = mult {
                    q.value = q.value.map(|v| v * m);
                    q.b = i + 2;
                    q.scale = m;
                    return Some(q);
                }
            }
            // "322 cent", "10 mille", "1,15 million", "3 douzaines", "2millions"
            let mut j = q.b;
            loop {
                let w = lx.n(j);
                if let Some(s) = scale(w, english) {
                    if w == "mil" {
                        break;
                    }
                    q.value = q.value.map(|v| tidy(v * s));
                    q.scale = s;
                    j += 1;
                    q.b = j;
                } else if matches!(w, "douzaine" | "douzaines") {
                    q.value = q.value.map(|v| v * 12.0);
                    j += 1;
                    q.b = j;
                    break;
                } else if matches!(w, "cent" | "cents")
                    && !t.decimal
                    && lx.n(j + 1) != "de"
                    && q.value.is_some_and(|v| v < 1000.0)
                {
                    // "322 cent" (but "50 cents" of a dollar is money: checked by the caller)
                    break;
                } else {
                    break;
                }
            }
            // "et demi" after a scale: "3 millions et demi"
            if q.scale > 1.0 && lx.is(q.b, "et") && lx.is(q.b + 1, "demi") {
                q.value = q.value.map(|v| v + q.scale / 2.0);
                q.b += 2;
            }
            Some(q)
        }
        Kind::Word => {
            // vague/approximate nouns are handled by the caller
            let w = parse_words(lx, i, english)?;
            let first = lx.n(i);
            let bare_article = w.words == 1 && matches!(first, "un" | "une" | "one");
            if ordinal(first).is_some()
                && w.words == 1
                && matches!(first, "second" | "seconde" | "secondes" | "seconds")
            {
                return None;
            }
            let mut q = Quant {
                a: i,
                b: w.end,
                value: Some(w.value),
                raw: None,
                ordinal: w.ordinal,
                scale: w.scale,
                bare_article,
            };
            // fractions: "un demi", "trois quarts", "deux tiers", "un million et demi"
            if !q.ordinal {
                let mut j = q.b;
                if lx.is(j, "et") && lx.is(j + 1, "demi") {
                    let add = if q.scale >= 1000.0 {
                        q.scale / 2.0
                    } else {
                        0.5
                    };
                    q.value = q.value.map(|v| v + add);
                    j += 2;
                    q.b = j;
                    q.bare_article = false;
                }
            }
            Some(q)
        }
        Kind::Punct => None,
    }
}

/// Removes binary noise from a scaled decimal: 16.4 × 10^6 = 16400000, not 16399999.999999998.
fn tidy(v: f64) -> f64 {
    let r = v.round();
    if (v - r).abs() <= 1e-6 * v.abs().max(1.0) {
        r
    } else {
        v
    }
}

/// Qualifiers written before a quantity (folded words) and their name.
const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["pas", "moins", "de"], "at_least"),
    (&["pas", "moins", "d'"], "at_least"),
    (&["pas", "plus", "de"], "at_most"),
    (&["au", "moins", "de"], "at_least"),
    (&["au", "moins"], "at_least"),
    (&["au", "minimum"], "at_least"),
    (&["au", "plus"], "at_most"),
    (&["au", "maximum"], "at_most"),
    (&["plus", "de"], "more_than"),
    (&["plus", "d'"], "more_than"),
    (&["au-dela", "de"], "more_than"),
    (&["au", "-", "dela", "de"], "more_than"),
    (&["superieur", "a"], "more_than"),
    (&["moins", "de"], "less_than"),
    (&["moins", "d'"], "less_than"),
    (&["inferieur", "a"], "less_than"),
    (&["pres", "de"], "approximately"),
    (&["pres", "d'"], "approximately"),
    (&["environ"], "approximately"),
    (&["quelque"], "approximately"),
    (&["quelques"], "approximately"),
    (&["autour", "de"], "approximately"),
    (&["autour", "d'"], "approximately"),
    (&["approximativement"], "approximately"),
    (&["presque"], "approximately"),
    (&["quasiment"], "approximately"),
    (&["a", "peu", "pres"], "approximately"),
    (&["en", "dessous", "de"], "less_than"),
    (&["en", "-", "dessous", "de"], "less_than"),
    (&["au", "-", "dessous", "de"], "less_than"),
    (&["au", "dessous", "de"], "less_than"),
    (&["au", "-", "dessus", "de"], "more_than"),
    (&["au", "dessus", "de"], "more_than"),
    (&["plus", "haut", "que"], "more_than"),
    (&["plus", "bas", "que"], "less_than"),
    (&["plus", "age", "que"], "more_than"),
    (&["plus", "agee", "que"], "more_than"),
    (&["plus", "que"], "more_than"),
    (&["moins", "que"], "less_than"),
    (&["au", "nombre", "de"], "equal"),
    (&["grosso", "modo"], "approximately"),
    (&["jusqu'", "a"], "up_to"),
    (&["jusqu'"], "up_to"),
    (&["plus", "than"], "more_than"),
    (&["more", "than"], "more_than"),
    (&["over"], "more_than"),
    (&["at", "least"], "at_least"),
    (&["less", "than"], "less_than"),
    (&["fewer", "than"], "less_than"),
    (&["nearly"], "approximately"),
    (&["almost"], "approximately"),
    (&["about"], "approximately"),
    (&["around"], "approximately"),
    (&["approximately"], "approximately"),
    (&["some"], "approximately"),
    (&["up", "to"], "up_to"),
];

fn is_cmp_adj(w: &str, stem: &str) -> bool {
    w.strip_prefix(stem)
        .is_some_and(|r| matches!(r, "" | "e" | "s" | "es"))
}

fn is_egal(w: &str) -> bool {
    matches!(w, "egal" | "egale" | "egaux" | "egales")
}

/// Comparison phrases: "supérieur ou égal à", "inférieures à", "égal ou supérieur à",
/// "plus petits ou égaux à", "égal à".
fn comparison_at(lx: &Lexed, i: usize) -> Option<(usize, &'static str)> {
    let w = lx.n(i);
    let up = is_cmp_adj(w, "superieur")
        || lx.seq(i, &["plus", "grand"]).is_some()
        || lx.seq(i, &["plus", "grands"]).is_some();
    let down = is_cmp_adj(w, "inferieur")
        || lx.seq(i, &["plus", "petit"]).is_some()
        || lx.seq(i, &["plus", "petits"]).is_some();
    if up || down {
        let mut k = if is_cmp_adj(w, "superieur") || is_cmp_adj(w, "inferieur") {
            i + 1
        } else {
            i + 2
        };
        let mut eq = false;
        if lx.is(k, "ou") && is_egal(lx.n(k + 1)) {
            eq = true;
            k += 2;
        }
        if lx.is_any(k, &["a", "que", "au", "aux"]) {
            let k = if lx.is_any(k, &["au", "aux"]) {
                k
            } else {
                k + 1
            };
            return Some((
                k,
                match (up, eq) {
                    (true, true) => "at_least",
                    (true, false) => "more_than",
                    (false, true) => "at_most",
                    (false, false) => "less_than",
                },
            ));
        }
        return None;
    }
    if is_egal(w) {
        if lx.is(i + 1, "ou") {
            let a = lx.n(i + 2);
            let q = if is_cmp_adj(a, "superieur") {
                "at_least"
            } else if is_cmp_adj(a, "inferieur") {
                "at_most"
            } else {
                return None;
            };
            if lx.is(i + 3, "a") {
                return Some((i + 4, q));
            }
            return None;
        }
        if lx.is(i + 1, "a") {
            return Some((i + 2, "equal"));
        }
    }
    if let Some(e) = lx
        .seq(i, &["plus", "de", "ou"])
        .or_else(|| lx.seq(i, &["au", "moins", "ou"]))
    {
        if is_egal(lx.n(e)) && lx.is(e + 1, "a") {
            return Some((e + 2, "at_least"));
        }
    }
    None
}

fn qualifier_at(lx: &Lexed, i: usize) -> Option<(usize, &'static str)> {
    if let Some(r) = comparison_at(lx, i) {
        return Some(r);
    }
    // "< = 100", ">= 5", "≤ 3"
    match lx.n(i) {
        "<" | ">" => {
            let eq = lx.is(i + 1, "=");
            let q = match (lx.is(i, "<"), eq) {
                (true, true) => "at_most",
                (true, false) => "less_than",
                (false, true) => "at_least",
                (false, false) => "more_than",
            };
            return Some((i + 1 + usize::from(eq), q));
        }
        "≤" => return Some((i + 1, "at_most")),
        "≥" => return Some((i + 1, "at_least")),
        _ => {}
    }
    let w = lx.n(i);
    for (ws, q) in QUALIFIERS {
        if ws[0] != w {
            continue;
        }
        if let Some(e) = lx.seq(i, ws) {
            return Some((e, q));
        }
    }
    None
}

/// Vague amount nouns: base value of `dizaine`, `centaines`, `milliers`...
fn vague_noun(w: &str) -> Option<(f64, bool)> {
    // (base, plural)
    Some(match w {
        "dizaine" => (10.0, false),
        "dizaines" => (10.0, true),
        "douzaine" => (12.0, false),
        "douzaines" => (12.0, true),
        "quinzaine" => (15.0, false),
        "vingtaine" => (20.0, false),
        "vingtaines" => (20.0, true),
        "trentaine" => (30.0, false),
        "quarantaine" => (40.0, false),
        "cinquantaine" => (50.0, false),
        "soixantaine" => (60.0, false),
        "centaine" => (100.0, false),
        "centaines" => (100.0, true),
        "millier" => (1000.0, false),
        "milliers" => (1000.0, true),
        "million" => (1e6, false),
        "millions" => (1e6, true),
        "milliard" => (1e9, false),
        "milliards" => (1e9, true),
        "dozens" => (12.0, true),
        "hundreds" => (100.0, true),
        "thousands" => (1000.0, true),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Unit {
    None,
    Percent,
    Money(&'static str),
    Time(&'static str),
    Measure(&'static str),
    Ordinal,
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "€" | "euro" | "euros" | "eur" => "EUR",
        "$" | "dollar" | "dollars" | "usd" => "USD",
        "£" | "livre" | "livres" | "gbp" | "pound" | "pounds" => "GBP",
        "rouble" | "roubles" | "rub" => "RUB",
        "franc" | "francs" | "chf" => "CHF",
        "yen" | "yens" | "jpy" => "JPY",
        "yuan" | "yuans" | "cny" => "CNY",
        "livres-sterling" => "GBP",
        "dinar" | "dinars" => "DINAR",
        "shekel" | "shekels" => "ILS",
        "roupie" | "roupies" => "INR",
        "centime" | "centimes" | "cent" | "cents" => "CENT",
        "pence" => "GBX",
        "mark" | "marks" => "DEM",
        "livre_turque" => "TRY",
        _ => return None,
    })
}

pub(crate) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "an" | "ans" | "annee" | "annees" | "year" | "years" => "year",
        "mois" | "month" | "months" => "month",
        "semaine" | "semaines" | "week" | "weeks" => "week",
        "jour" | "jours" | "journee" | "journees" | "day" | "days" => "day",
        "heure" | "heures" | "hour" | "hours" => "hour",
        "minute" | "minutes" | "min" => "minute",
        "seconde" | "secondes" | "second" | "seconds" | "sec" => "second",
        "siecle" | "siecles" | "century" | "centuries" => "century",
        "decennie" | "decennies" | "decade" | "decades" => "decade",
        "trimestre" | "trimestres" | "quarter" => "quarter",
        "week-end" | "week-ends" | "weekend" | "weekends" => "weekend",
        _ => return None,
    })
}

fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "ml" | "millilitre" | "millilitres" => "ml",
        "cl" | "centilitre" | "centilitres" => "cl",
        "mm" | "millimetre" | "millimetres" => "mm",
        "g" | "gramme" | "grammes" => "g",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" => "cm",
        "kg" | "kilo" | "kilos" | "kilogramme" | "kilogrammes" => "kg",
        "tonne" | "tonnes" | "t" => "t",
        "litre" | "litres" | "l" => "l",
        "hectare" | "hectares" | "ha" => "ha",
        "km2" => "km2",
        "mw" | "megawatts" => "MW",
        "degre" | "degres" | "°" => "degree",
        _ => return None,
    })
}

/// Words never taken as the counted noun.
fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'"
            | "du"
            | "des"
            | "le"
            | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "et"
            | "ou"
            | "en"
            | "a"
            | "au"
            | "aux"
            | "dans"
            | "par"
            | "pour"
            | "sur"
            | "sous"
            | "avec"
            | "sans"
            | "selon"
            | "qui"
            | "que"
            | "qu'"
            | "dont"
            | "ne"
            | "n'"
            | "se"
            | "s'"
            | "est"
            | "sont"
            | "ont"
            | "etait"
            | "etaient"
            | "sera"
            | "seront"
            | "avait"
            | "avaient"
            | "ete"
            | "y"
            | "il"
            | "ils"
            | "elle"
            | "elles"
            | "on"
            | "ce"
            | "c'"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "pres"
            | "contre"
            | "entre"
            | "vers"
            | "depuis"
            | "avant"
            | "apres"
            | "pendant"
            | "fois"
            | "plus"
            | "moins"
            | "environ"
            | "chacun"
            | "chacune"
            | "autres"
            | "of"
            | "the"
            | "and"
            | "or"
            | "in"
            | "on_"
            | "to"
            | "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "for"
            | "at"
            | "by"
            | "with"
            | "from"
            | "pas"
            | "aussi"
            | "tout"
            | "tous"
            | "toutes"
            | "deja"
            | "encore"
            | "seulement"
            | "meme"
            | "ainsi"
            | "alors"
            | "sept"
            | "mais"
            | "si"
            | "donc"
            | "car"
            | "puis"
            | "ici"
            | "la-bas"
            | "nous"
            | "vous"
            | "je"
            | "j'"
            | "m'"
            | "t'"
            | "me"
            | "te"
            | "lui"
            | "eux"
            | "dit"
            | "selon_"
    )
}

fn is_adjective(w: &str) -> bool {
    matches!(
        w,
        "grand"
            | "grande"
            | "grands"
            | "grandes"
            | "petit"
            | "petite"
            | "petits"
            | "petites"
            | "nouveau"
            | "nouvelle"
            | "nouveaux"
            | "nouvelles"
            | "jeune"
            | "jeunes"
            | "vieux"
            | "vieille"
            | "vieilles"
            | "autres"
            | "derniers"
            | "dernieres"
            | "premiers"
            | "premieres"
            | "prochains"
            | "prochaines"
            | "principaux"
            | "principales"
            | "gros"
            | "grosse"
            | "grosses"
            | "bons"
            | "bonnes"
            | "mauvais"
            | "anciens"
            | "anciennes"
            | "ancien"
            | "hauts"
            | "hautes"
            | "seuls"
            | "seules"
            | "vrais"
            | "faux"
            | "simples"
            | "pauvres"
            | "certains"
            | "certaines"
    )
}

/// Category of a counted noun.
fn noun_category(w: &str) -> Option<&'static str> {
    let w = w.trim_end_matches('s');
    Some(match w {
        "mort" | "tue" | "tuee" | "victime" | "blesse" | "blessee" | "disparu" | "disparue"
        | "otage" | "deces" | "decede" | "cadavre" | "corp" | "dead" | "killed" | "casualtie"
        | "wounded" | "injured" | "hostage" | "kidnappe" | "enleve" | "martyr" | "noye"
        | "noyee" => "casualties",
        "refugie" | "refugiee" | "deplace" | "deplacee" | "evacue" | "evacuee" | "sans-abri"
        | "exile" | "sinistre" | "refugee" | "evacuee_" | "displaced" => "displaced",
        "arrestation" | "interpellation" | "detenu" | "detenue" | "prisonnier" | "prisonniere"
        | "interpelle" | "arrete" | "garde a vue" | "suspect" | "prisoner" | "arrest"
        | "detainee" => "arrested",
        "soldat"
        | "militaire"
        | "combattant"
        | "djihadiste"
        | "jihadiste"
        | "rebelle"
        | "insurge"
        | "terroriste"
        | "troupe"
        | "policier"
        | "gendarme"
        | "milicien"
        | "islamiste"
        | "kamikaze"
        | "parachutiste"
        | "marine"
        | "fantassin"
        | "mercenaire"
        | "conseiller militaire"
        | "assaillant"
        | "soldier"
        | "troop"
        | "fighter"
        | "militant"
        | "rebel"
        | "policemen"
        | "policeman"
        | "officier"
        | "reserviste"
        | "agent"
        | "char"
        | "blinde"
        | "avion"
        | "chasseur"
        | "bombardier"
        | "helicoptere"
        | "drone"
        | "missile"
        | "tank" => "troops",
        "personne" | "habitant" | "civil" | "gen" | "enfant" | "femme" | "homme"
        | "manifestant" | "individu" | "citoyen" | "resident" | "electeur" | "travailleur"
        | "employe" | "salarie" | "eleve" | "etudiant" | "famille" | "touriste" | "fidele"
        | "spectateur" | "participant" | "membre" | "adulte" | "mineur" | "patient"
        | "passager" | "voyageur" | "migrant" | "people" | "person" | "resident_" | "children"
        | "women" | "men" | "civilian" | "protester" | "demandeur" | "chomeur" | "ouvrier"
        | "agriculteur" | "medecin" | "journaliste" | "depute" | "senateur" | "supporteur"
        | "supporter" | "visiteur" | "habitante" | "fille" | "garcon" | "bebe"
        | "ressortissant" => "people",
        _ => return None,
    })
}

/// Category suggested by a participle or noun near the counted noun ("ont été évacuées").
fn context_category(w: &str) -> Option<&'static str> {
    let w = w.trim_end_matches('s').trim_end_matches('e');
    Some(match w {
        "tu" | "mort" | "bless" | "dispar" | "decede" | "enlev" | "kidnapp" | "assassin"
        | "abattu" | "massacr" | "pri en otag" | "noy" | "periss" | "peri" | "fauch" | "killed"
        | "wounded" | "injured" | "died" | "tue" | "blesse" | "disparu" | "enleve" | "kidnappe"
        | "massacre" | "assassine" | "decedes" | "noye" => "casualties",
        "evacu" | "evacue" | "deplac" | "deplace" | "refugi" | "refugie" | "chass" | "chasse"
        | "expuls" | "expulse" | "evacuated" | "displaced" | "fui" | "fuir" | "relog"
        | "reloge" => "displaced",
        "arret" | "arrete" | "interpell" | "interpelle" | "detenu" | "incarcer" | "incarcere"
        | "emprisonn" | "emprisonne" | "arrested" | "detained" | "plac en gard a vu" => "arrested",
        _ => return None,
    })
}

/// Finds the numeric expressions of a lexed text. `exclude` holds spans (dates, times)
/// whose numbers are not figures.
pub(crate) fn find(lx: &Lexed, english: bool, exclude: &[Span]) -> Vec<NumberExpr> {
    let mut out: Vec<NumberExpr> = Vec::new();
    let n = lx.len();
    let mut i = 0usize;
    let excluded = |a: usize, b: usize| -> bool {
        let s = Span::new(lx.toks[a].start, lx.toks[b - 1].end);
        exclude.iter().any(|e| e.overlaps(s))
    };
    while i < n {
        match read_expr(lx, i, english) {
            Some((expr, next)) => {
                if next > i && !excluded(expr.first_tok, expr.last_tok) {
                    out.push(expr.expr);
                    i = next;
                } else {
                    i = next.max(i + 1);
                }
            }
            None => i += 1,
        }
    }
    out
}

struct Found {
    expr: NumberExpr,
    first_tok: usize,
    last_tok: usize,
}

/// Tries to read a numeric expression starting exactly at `i`.
/// A unit that can continue a numeric expression started by a function word.
fn number_follow(lx: &Lexed, k: usize) -> bool {
    match lx.kind(k) {
        Some(Kind::Num) => true,
        Some(Kind::Punct) => matches!(lx.n(k), "€" | "$" | "£" | "-" | "+"),
        Some(Kind::Word) => {
            let w = lx.n(k);
            crate::words::small(w).is_some()
                || crate::words::ordinal(w).is_some()
                || scale(w, false).is_some()
                || vague_noun(w).is_some()
                || matches!(
                    w,
                    "cent" | "cents" | "moitie" | "quart" | "tiers" | "demi" | "hundred"
                )
        }
        None => false,
    }
}

/// Whether a unit can start a numeric expression: a cheap filter run on every unit.
fn number_trigger(lx: &Lexed, i: usize) -> bool {
    let w = lx.n(i);
    match lx.kind(i) {
        Some(Kind::Num) => true,
        Some(Kind::Punct) => matches!(w, "-" | "+" | "€" | "$" | "£" | "," | "<" | ">" | "≤" | "≥"),
        Some(Kind::Word) => {
            matches!(
                w,
                "pas"
                    | "au"
                    | "plus"
                    | "moins"
                    | "pres"
                    | "environ"
                    | "quelque"
                    | "quelques"
                    | "autour"
                    | "approximativement"
                    | "presque"
                    | "quasiment"
                    | "a"
                    | "en"
                    | "grosso"
                    | "jusqu'"
                    | "more"
                    | "over"
                    | "at"
                    | "less"
                    | "fewer"
                    | "nearly"
                    | "almost"
                    | "around"
                    | "approximately"
                    | "some"
                    | "up"
                    | "entre"
                    | "between"
                    | "de"
                    | "du"
                    | "from"
                    | "d'"
                    | "des"
                    | "les"
                    | "plusieurs"
                    | "several"
                    | "pourcentage"
                    | "pourcent"
                    | "negatif"
                    | "negative"
                    | "minus"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "eur"
                    | "usd"
                    | "gbp"
                    | "chf"
                    | "inferieur"
                    | "inferieure"
                    | "inferieurs"
                    | "inferieures"
                    | "superieur"
                    | "superieure"
                    | "superieurs"
                    | "superieures"
                    | "egal"
                    | "egale"
                    | "egaux"
                    | "egales"
                    | "about"
                    | "cent"
                    | "cents"
                    | "hundred"
                    | "demi"
                    | "moitie"
                    | "tiers"
                    | "quart"
                    | "quarts"
            ) || crate::words::small(w).is_some()
                || crate::words::ordinal(w).is_some()
                || scale(w, false).is_some()
        }
        None => false,
    }
}

fn read_expr(lx: &Lexed, i: usize, english: bool) -> Option<(Found, usize)> {
    if !number_trigger(lx, i) {
        return None;
    }
    // frequent function words start an expression only when a figure follows closely
    if lx.kind(i) == Some(Kind::Word)
        && matches!(
            lx.n(i),
            "de" | "les"
                | "des"
                | "a"
                | "en"
                | "au"
                | "du"
                | "d'"
                | "plus"
                | "moins"
                | "pas"
                | "some"
                | "at"
                | "up"
                | "from"
        )
        && !(1..=5).any(|k| number_follow(lx, i + k))
    {
        return None;
    }
    let start = i;
    let mut j = i;
    let mut qualifier: Option<&'static str> = None;
    if let Some((e, q)) = qualifier_at(lx, j) {
        // "plus de la moitié": not handled; the qualifier must be followed by a figure
        qualifier = Some(q);
        j = e;
        if lx.is(j, "a") && q == "up_to" {
            j += 1;
        }
    }
    // a currency sign before: "$ 75 millions", "€1000", "EUR 1000"
    let mut unit = Unit::None;
    if let Some(c) = currency_word(lx.n(j)) {
        if matches!(lx.n(j), "€" | "$" | "£" | "eur" | "usd" | "gbp" | "chf")
            && (lx.kind(j + 1) == Some(Kind::Num))
        {
            unit = Unit::Money(c);
            j += 1;
        }
    }
    let mut min: Option<f64> = None;
    let mut max: Option<f64> = None;
    let mut value: Option<f64> = None;
    let mut raw: Option<String> = None;
    let mut ordinal = false;
    let mut end;
    let mut vague_plural_de = false;
    let mut had_scale;

    // vague amounts: "une dizaine", "des centaines", "plusieurs milliers", "des dizaines de milliers"
    let vague_head = if lx.is_any(
        j,
        &[
            "une",
            "un",
            "des",
            "plusieurs",
            "quelques",
            "de",
            "d'",
            "les",
        ],
    ) {
        vague_noun(lx.n(j + 1)).map(|v| (j + 1, v, lx.n(j).to_string()))
    } else if lx.is_any(j, &["dozens", "hundreds", "thousands", "millions"]) {
        vague_noun(lx.n(j)).map(|v| (j, v, String::new()))
    } else {
        None
    };
    // "plus de la moitié", "supérieur à un quart"
    if qualifier.is_some() && lx.is_any(j, &["la", "un", "une", "d'"]) {
        let f = match lx.n(j + 1) {
            "moitie" => Some(0.5),
            "quart" => Some(0.25),
            "tiers" => Some(1.0 / 3.0),
            "demi" => Some(0.5),
            _ => None,
        };
        if let Some(v) = f {
            let span = Span::new(lx.toks[start].start, lx.toks[j + 1].end);
            return Some((
                Found {
                    expr: NumberExpr {
                        span,
                        value: Some(v),
                        min: None,
                        max: None,
                        qualifier: qualifier.map(str::to_string),
                        unit: None,
                        counted: None,
                        category: "other".into(),
                        raw: None,
                    },
                    first_tok: start,
                    last_tok: j + 2,
                },
                j + 2,
            ));
        }
    }
    // "pourcentage de vingt"
    if lx.is_any(j, &["pourcentage", "pourcent"]) && lx.is_any(j + 1, &["de", "des", "d'"]) {
        if let Some(q) = quant(lx, j + 2, english).filter(|q| !q.bare_article) {
            let span = Span::new(lx.toks[start].start, lx.toks[q.b - 1].end);
            return Some((
                Found {
                    expr: NumberExpr {
                        span,
                        value: q.value,
                        min: None,
                        max: None,
                        qualifier: qualifier.map(str::to_string),
                        unit: Some("percent".into()),
                        counted: None,
                        category: "percent".into(),
                        raw: q.raw,
                    },
                    first_tok: start,
                    last_tok: q.b,
                },
                q.b,
            ));
        }
    }
    let q1 = quant(lx, j, english);
    if let (Some((k, (base, plural), det)), true) =
        (vague_head, q1.as_ref().is_none_or(|q| q.bare_article))
    {
        if matches!(det.as_str(), "de" | "d'" | "les") && !plural {
            return None;
        }
        let mut base = base;
        end = k + 1;
        // "des dizaines de milliers"
        if lx.is_any(end, &["de", "d'"]) {
            if let Some((b2, true)) = vague_noun(lx.n(end + 1)) {
                if b2 > base {
                    base *= b2;
                    end += 2;
                }
            }
        }
        if plural {
            // "des centaines": two to nine hundred and more
            min = Some(2.0 * base);
            max = Some(10.0 * base - 1.0);
            if base < 100.0 && base != 10.0 {
                max = None;
            }
            if base == 10.0 {
                max = Some(99.0);
            }
            if base >= 1e6 && !matches!(det.as_str(), "des" | "plusieurs" | "quelques" | "") {
                return None;
            }
        } else {
            value = Some(base);
        }
        if qualifier.is_none() {
            qualifier = Some(if plural { "vague" } else { "approximately" });
        }
        vague_plural_de = true;
        had_scale = true;
    } else if lx.is_any(j, &["plusieurs", "several"])
        && lx.kind(j + 1) == Some(Kind::Word)
        && !is_stop(lx.n(j + 1))
    {
        end = j + 1;
        min = Some(2.0);
        qualifier = Some("vague");
        had_scale = false;
    } else if lx.is(j, "entre")
        || lx.is(j, "between")
        || ((lx.is(j, "de") || lx.is(j, "du") || lx.is(j, "from")) && q1.is_none())
    {
        // entre X et Y, de X à Y
        let det = |k: usize| {
            if lx.is_any(k, &["le", "la", "les"]) && lx.kind(k + 1) != Some(Kind::Punct) {
                k + 1
            } else {
                k
            }
        };
        let a = quant(lx, det(j + 1), english)?;
        if a.bare_article && !lx.is_any(a.b, &["et", "a", "and", "to"]) {
            return None;
        }
        let link = if lx.is(j, "entre") {
            "et"
        } else if lx.is(j, "between") {
            "and"
        } else if lx.is(j, "from") {
            "to"
        } else {
            "a"
        };
        if !lx.is(a.b, link) {
            return None;
        }
        let b = quant(lx, det(a.b + 1), english)?;
        let (lo, hi) = elide(&a, &b);
        min = lo;
        max = hi;
        ordinal = a.ordinal && b.ordinal;
        end = b.b;
        had_scale = b.scale > 1.0;
        if raw.is_none() {
            raw = a.raw.clone().or(b.raw.clone());
        }
        if lx.is(j, "entre") || lx.is(j, "between") {
            // keep "entre" in the span
        }
    } else {
        let a = q1?;
        if a.bare_article {
            // "un"/"une" alone is an article unless a time unit, scale or currency follows
            let nx = lx.n(a.b);
            time_unit(nx)?;
        }
        if a.ordinal
            && a.b == a.a + 1
            && lx.is_any(
                a.a,
                &[
                    "premier",
                    "premiere",
                    "premiers",
                    "premieres",
                    "second",
                    "seconde",
                    "first",
                ],
            )
        {
            return None;
        }
        end = a.b;
        ordinal = a.ordinal;
        had_scale = a.scale > 1.0;
        raw = a.raw.clone();
        // ranges: X à Y, X-Y, X et Y (only after "entre", handled above)
        let link_ok = (lx.is(end, "a") || lx.is(end, "to"))
            || (lx.is(end, "-")
                && !lx.gap(end)
                && !lx.gap(end + 1)
                && lx.kind(end + 1) == Some(Kind::Num)
                && lx.kind(a.a) == Some(Kind::Num));
        let phone_like = lx.is(end, "-")
            && ((a.a > 0 && lx.is_any(a.a - 1, &["-", "+"])) || lx.is_any(end + 2, &["-", "/"]));
        let link_ok = link_ok && !phone_like;
        let b = if link_ok && !a.ordinal {
            quant(lx, end + 1, english).filter(|b| !b.bare_article && !b.ordinal)
        } else {
            None
        };
        if let Some(b) = b.filter(|b| b.value.is_some() && a.value.is_some()) {
            let (lo, hi) = elide(&a, &b);
            if lo <= hi {
                min = lo;
                max = hi;
                end = b.b;
                had_scale = b.scale > 1.0;
            } else {
                value = a.value;
            }
        } else {
            value = a.value;
        }
    }
    if value.is_none()
        && min.is_none()
        && max.is_none()
        && raw.is_none()
        && qualifier != Some("vague")
    {
        return None;
    }
    // "500 ou plus", "égal à 5000 ou moins"
    if value.is_some()
        && lx.is(end, "ou")
        && lx.is_any(end + 1, &["plus", "moins"])
        && !lx.is_any(end + 2, &["de", "d'"])
        && lx.kind(end + 2) != Some(Kind::Num)
    {
        qualifier = Some(if lx.is(end + 1, "plus") {
            "at_least"
        } else {
            "at_most"
        });
        end += 2;
        if lx.is(end, "que") && lx.kind(end + 1) != Some(Kind::Num) {
            end += 1;
        }
    }

    // unit after the quantity
    let mut k = end;
    if unit == Unit::None {
        if lx.is(k, "%")
            || lx.is_any(
                k,
                &[
                    "pourcent",
                    "pourcents",
                    "pourcentage",
                    "pourcentages",
                    "percent",
                ],
            )
        {
            unit = Unit::Percent;
            k += 1;
        } else if let Some(e) = lx
            .seq(k, &["pour", "cent"])
            .or_else(|| lx.seq(k, &["pour", "-", "cent"]))
            .or_else(|| lx.seq(k, &["per", "cent"]))
        {
            unit = Unit::Percent;
            k = e;
        } else if let Some(c) = currency_word(lx.n(k)) {
            if !(c == "CENT" && had_scale)
                && !(lx.is_any(k, &["livre", "livres"])
                    && !lx.is_any(k + 1, &["sterling", "turques", "libanaises", "egyptiennes"])
                    && !had_scale
                    && lx.kind(k + 1) == Some(Kind::Word)
                    && !lx.is_any(k + 1, &["de", "d'", "par", "en", "et"]))
            {
                unit = Unit::Money(c);
                k += 1;
            }
        } else if (had_scale || vague_plural_de) && lx.is_any(k, &["de", "d'"]) {
            if let Some(c) = currency_word(lx.n(k + 1)) {
                if c != "CENT" {
                    unit = Unit::Money(c);
                    k += 2;
                }
            }
        }
        if let Unit::Money(_) = unit {
            if lx.is_any(
                k,
                &[
                    "sterling",
                    "americains",
                    "us",
                    "canadiens",
                    "australiens",
                    "turques",
                    "libanaises",
                ],
            ) {
                if lx.is(k, "canadiens") {
                    unit = Unit::Money("CAD");
                } else if lx.is(k, "australiens") {
                    unit = Unit::Money("AUD");
                } else if lx.is(k, "turques") {
                    unit = Unit::Money("TRY");
                }
                k += 1;
            }
        }
    } else if lx.is_any(k, &["de", "d'"]) && currency_word(lx.n(k + 1)).is_some() {
        k += 2;
    }
    if unit == Unit::None {
        if let Some(t) = time_unit(lx.n(k)) {
            // "1,15 million d'années" is rare; durations are plain counts of units
            if !(t == "second" && lx.is(k, "second")) {
                unit = Unit::Time(t);
                k += 1;
            }
        } else if let Some(m) = measure_unit(lx.n(k)) {
            let short = lx.n(k).len() <= 2;
            // "5 m" only right after digits
            if !short || lx.kind(end - 1) == Some(Kind::Num) {
                unit = Unit::Measure(m);
                k += 1;
            }
        }
    }
    if unit == Unit::None && ordinal {
        unit = Unit::Ordinal;
    }

    // counted noun
    let mut counted: Option<(usize, &str)> = None;
    if matches!(unit, Unit::None | Unit::Ordinal) {
        let mut c = k;
        if (had_scale || vague_plural_de) && lx.is_any(c, &["de", "d'"]) {
            c += 1;
        }
        // "sur place", "à", ... stop; skip adjectives
        let mut tries = 0;
        while c < lx.len() && tries < 3 && lx.kind(c) == Some(Kind::Word) && is_adjective(lx.n(c)) {
            c += 1;
            tries += 1;
        }
        if c < lx.len()
            && lx.kind(c) == Some(Kind::Word)
            && !is_stop(lx.n(c))
            && lx.n(c).chars().count() >= 2
        {
            let orig = lx.orig(c);
            let capital = orig.chars().next().is_some_and(|ch| ch.is_uppercase());
            if !capital && time_unit(lx.n(c)).is_none() {
                counted = Some((c, lx.n(c)));
            }
        }
    }
    // vague "plusieurs" needs a noun
    if qualifier == Some("vague")
        && min == Some(2.0)
        && max.is_none()
        && value.is_none()
        && counted.is_none()
    {
        return None;
    }
    // "France 2", "Ligue 1": a bare number after a name is part of the name
    if qualifier.is_none()
        && unit == Unit::None
        && counted.is_none()
        && start + 1 == end
        && start > 0
        && lx.kind(start) == Some(Kind::Num)
        && lx.kind(start - 1) == Some(Kind::Word)
        && lx
            .orig(start - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    {
        return None;
    }
    let a_tok = start;
    let b_tok = k.max(end);
    let span = Span::new(lx.toks[a_tok].start, lx.toks[b_tok - 1].end);

    // category
    let mut category = match unit {
        Unit::Percent => "percent",
        Unit::Money(_) => "money",
        Unit::Time(_) => {
            if is_age(lx, a_tok, b_tok) {
                "age"
            } else {
                "duration"
            }
        }
        _ => "other",
    };
    if let Some((c, w)) = counted {
        if let Some(cat) = noun_category(w) {
            category = cat;
        }
        // context after the noun: "ont été évacuées", "tués"
        if matches!(category, "people" | "troops" | "other") {
            let mut m = c + 1;
            let lim = (c + 10).min(lx.len());
            while m < lim {
                if lx.kind(m) == Some(Kind::Punct) && lx.is_any(m, &[".", ";", "?", "!"]) {
                    break;
                }
                if let Some(cat) = context_category(lx.n(m)) {
                    category = cat;
                    break;
                }
                m += 1;
            }
        }
        if category == "other" && lx.is_any(c, &["ans"]) {
            category = "age";
        }
    }
    let unit_s = match unit {
        Unit::None => None,
        Unit::Percent => Some("percent".to_string()),
        Unit::Money(c) => Some(c.to_string()),
        Unit::Time(t) => Some(t.to_string()),
        Unit::Measure(m) => Some(m.to_string()),
        Unit::Ordinal => Some("ordinal".to_string()),
    };
    let counted_span = counted.map(|(c, _)| Span::new(lx.toks[c].start, lx.toks[c].end));
    Some((
        Found {
            expr: NumberExpr {
                span,
                value,
                min,
                max,
                qualifier: qualifier.map(str::to_string),
                unit: unit_s,
                counted: counted_span,
                category: category.to_string(),
                raw,
            },
            first_tok: a_tok,
            last_tok: b_tok,
        },
        b_tok,
    ))
}

/// Whether "N ans" at units `a..b` is an age: "âgé de 35 ans", "un chauffeur de bus de 38
/// ans", "Alain Parmentier, 53 ans,", "les 6-16 ans", "les moins de 17 ans".
pub(crate) fn is_age(lx: &Lexed, a: usize, b: usize) -> bool {
    if b == 0 || !lx.is_any(b - 1, &["ans", "an", "years", "year"]) {
        return false;
    }
    if lx.is_any(b, &["old"]) {
        return true;
    }
    if a == 0 {
        return false;
    }
    let prev = lx.n(a - 1);
    // "Alain Parmentier, 53 ans," / "(53 ans)"
    if matches!(prev, "," | "(") && (lx.is_any(b, &[",", ")", "."]) || b >= lx.len()) {
        return true;
    }
    if prev.starts_with("age") || (a >= 2 && lx.n(a - 2).starts_with("age")) {
        return true;
    }
    // "les 6-16 ans", "des 0-6 ans", "les moins de 17 ans", "les plus de 60 ans"
    if matches!(prev, "les" | "des")
        || (a >= 3
            && lx.is_any(a - 1, &["de", "d'"])
            && lx.is_any(a - 2, &["moins", "plus"])
            && lx.is_any(a - 3, &["les", "des"]))
    {
        return true;
    }
    if a >= 3
        && lx.is(a - 1, "-")
        && lx.kind(a - 2) == Some(Kind::Num)
        && lx.is_any(a - 3, &["les", "des"])
    {
        return true;
    }
    // "une fillette de 6 ans", "un chauffeur de bus de 38 ans", "une Alsacienne de 6 ans"
    if lx.is_any(a - 1, &["de", "d'"]) {
        let lo = a.saturating_sub(5);
        for k in (lo..a - 1).rev() {
            let w = lx.n(k);
            if lx.kind(k) == Some(Kind::Punct) && !lx.is(k, "-") {
                break;
            }
            if person_noun(w) {
                return true;
            }
            let o = lx.orig(k);
            if o.chars().next().is_some_and(|c| c.is_uppercase())
                && (w.ends_with("ienne")
                    || w.ends_with("ien")
                    || w.ends_with("aise")
                    || w.ends_with("ais")
                    || w.ends_with("ois")
                    || w.ends_with("oise"))
                && k + 2 == a
            {
                return true;
            }
        }
    }
    false
}

fn person_noun(w: &str) -> bool {
    matches!(noun_category(w), Some("people") | Some("casualties"))
        || matches!(
            w.trim_end_matches('s'),
            "fillette"
                | "garcon"
                | "adolescent"
                | "adolescente"
                | "jeune"
                | "chauffeur"
                | "conducteur"
                | "conductrice"
                | "automobiliste"
                | "motard"
                | "pieton"
                | "pietonne"
                | "cycliste"
                | "retraite"
                | "retraitee"
                | "pretre"
                | "lyceen"
                | "lyceenne"
                | "collegien"
                | "collegienne"
                | "mere"
                | "pere"
                | "fils"
                | "epouse"
                | "mari"
                | "veuve"
                | "veuf"
                | "suspect"
                | "detenu"
                | "prevenu"
                | "prevenue"
                | "accuse"
                | "accusee"
                | "joueur"
                | "joueuse"
                | "attaquant"
                | "milieu"
                | "defenseur"
                | "gardien"
                | "entraineur"
                | "pilote"
                | "coureur"
                | "nageur"
                | "skieur"
                | "boxeur"
                | "artiste"
                | "ecrivain"
                | "chanteur"
                | "chanteuse"
                | "acteur"
                | "actrice"
                | "ministre"
                | "president"
                | "presidente"
                | "dirigeant"
                | "patron"
                | "militant"
                | "soldat"
                | "policier"
                | "gendarme"
                | "bebe"
                | "nourrisson"
                | "quinquagenaire"
                | "sexagenaire"
                | "octogenaire"
                | "septuagenaire"
                | "quadragenaire"
                | "trentenaire"
                | "vieillard"
                | "dame"
                | "monsieur"
                | "frere"
                | "soeur"
                | "cousin"
                | "neveu"
                | "niece"
                | "fille"
                | "enfant"
                | "homme"
                | "femme"
                | "individu"
                | "agresseur"
                | "meurtrier"
                | "tireur"
                | "auteur"
                | "victime"
                | "ouvrier"
                | "salarie"
                | "employe"
                | "agriculteur"
                | "eleveur"
                | "commercant"
                | "medecin"
                | "infirmier"
                | "infirmiere"
                | "etudiant"
                | "etudiante"
                | "eleve"
                | "mineur"
                | "mineure"
                | "elu"
                | "elue"
                | "maire"
                | "candidat"
                | "candidate"
                | "senatrice"
                | "deputee"
                | "star"
                | "vedette"
                | "champion"
                | "championne"
                | "realisateur"
                | "realisatrice"
                | "comedien"
                | "comedienne"
                | "sportif"
                | "sportive"
                | "alpiniste"
                | "randonneur"
                | "passagere"
                | "policiere"
        )
}

/// Expands an elided range: "entre 4 et 5 000" → 4000–5000, "entre 2 et 3 millions".
fn elide(a: &Quant, b: &Quant) -> (Option<f64>, Option<f64>) {
    let (Some(av), Some(bv)) = (a.value, b.value) else {
        return (a.value, b.value);
    };
    if b.scale > 1.0 && a.scale <= 1.0 && av > 0.0 {
        let mant = bv / b.scale;
        if av <= mant && av * b.scale <= bv && av < 1000.0 {
            return (Some(av * b.scale), Some(bv));
        }
    }
    (Some(av), Some(bv))
}

/// Scan mode for the Recognizers-Text number spec: every numeral, including bare `un`,
/// fractions ("trois cinquièmes", "un sur trois", "2 1/4"), "virgule" decimals and powers.
pub(crate) fn scan_all(lx: &Lexed, english: bool) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lx.len() {
        match scan_term(lx, i, english) {
            Some((b, v)) if b > i => {
                out.push((i, b, v));
                i = b;
            }
            _ => i += 1,
        }
    }
    out
}

fn unicode_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "demi" | "demie" | "demis" => 2.0,
        "tiers" => 3.0,
        "quart" | "quarts" => 4.0,
        _ => return None,
    })
}

fn scan_term(lx: &Lexed, i: usize, english: bool) -> Option<(usize, f64)> {
    let mut j = i;
    let mut sign = 1.0;
    if lx.is_any(j, &["-", "+"])
        && (j == 0 || lx.gap(j) || lx.kind(j - 1) == Some(Kind::Punct))
        && lx.kind(j + 1) == Some(Kind::Num)
    {
        if lx.is(j, "-") {
            sign = -1.0;
        }
        j += 1;
    } else if lx.is_any(j, &["negatif", "negative"]) {
        sign = -1.0;
        j += 1;
    }
    let (mut b, mut v, sc) = scan_base(lx, j, english)?;
    // "trois et un cinquième", "un et demi", "cinq milliards et trois quarts",
    // "vingt et trois et trois cinquièmes", "six crore et deux cents"
    while lx.is(b, "et") {
        if lx.is(b + 1, "demi") {
            v += if sc >= 1000.0 { sc / 2.0 } else { 0.5 };
            b += 2;
            break;
        } else if let Some((b2, f, is_frac, _)) = scan_words_fraction(lx, b + 1, english) {
            if is_frac {
                v += if sc >= 1000.0 { f * sc } else { f };
                b = b2;
                break;
            } else if lx.kind(b + 1) == Some(Kind::Word) && f < v {
                v += f;
                b = b2;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // "un sur trois", "1 sur 20"
    if lx.is(b, "sur") {
        if let Some((b2, d, _)) = scan_base(lx, b + 1, english) {
            if d > v && d != 0.0 {
                v /= d;
                b = b2;
            }
        }
    }
    // "deux cent virgule cinquante deux"
    if lx.is(b, "virgule") {
        let mut digits = String::new();
        let mut k = b + 1;
        while let Some(w) = parse_words_opt(lx, k, english, false) {
            digits.push_str(&format!("{}", w.value as i64));
            k = w.end;
        }
        if !digits.is_empty() {
            if let Ok(f) = format!("0.{digits}").parse::<f64>() {
                v += f;
                b = k;
            }
        }
    }
    Some((b, sign * v))
}

/// A word number possibly followed by a fraction denominator: (end, value, was a fraction,
/// scale).
fn scan_words_fraction(lx: &Lexed, j: usize, english: bool) -> Option<(usize, f64, bool, f64)> {
    let w0 = lx.n(j);
    // "demi", "demi million", "quart de million", "moitié"
    if let Some(d) = fraction_word(w0) {
        let mut e = j + 1;
        let mut v = 1.0 / d;
        if lx.is(e, "-") && !lx.gap(e) {
            e += 1;
        }
        if lx.is_any(e, &["de", "d'"]) && scale(lx.n(e + 1), english).is_some() {
            e += 1;
        }
        if let Some(s) = scale(lx.n(e), english) {
            v *= s;
            e += 1;
        } else if lx.is_any(e, &["douzaine", "douzaines"]) {
            v *= 12.0;
            e += 1;
        } else if e > j + 1 && lx.is(j + 1, "-") {
            e = j + 1;
        }
        return Some((e, v, true, 1.0));
    }
    if w0 == "moitie" {
        return Some((j + 1, 0.5, true, 1.0));
    }
    let num = parse_words_opt(lx, j, english, false);
    let (mut ne, mut nv, nscale, nwords) = match num {
        Some(w) => (w.end, w.value, w.scale, w.words),
        None => (j, 0.0, 1.0, 0),
    };
    // fraction word after a numerator
    if nwords > 0 {
        if let Some(d) = fraction_word(lx.n(ne)) {
            let mut e = ne + 1;
            let mut v = nv / d;
            if lx.is(e, "-") && !lx.gap(e) && scale(lx.n(e + 1), english).is_some() {
                e += 1;
            }
            if lx.is(e, "-") && lx.is_any(e + 1, &["douzaine", "douzaines"]) {
                return Some((e + 2, v * 12.0, false, 1.0));
            }
            if lx.is_any(e, &["de", "d'"]) && scale(lx.n(e + 1), english).is_some() {
                e += 1;
            }
            if let Some(s) = scale(lx.n(e), english) {
                v *= s;
                e += 1;
            }
            return Some((e, v, true, 1.0));
        }
        if lx.is(ne, "-") && lx.is_any(ne + 1, &["douzaine", "douzaines"]) {
            ne += 1;
        }
        if lx.is_any(ne, &["douzaine", "douzaines"]) {
            return Some((ne + 1, nv * 12.0, false, 1.0));
        }
    }
    // ordinal denominator: "trois cinquièmes", "un vingt-cinquième", "cent trente-cinquième"
    let mut dstart = ne;
    if lx.is(dstart, "-") {
        dstart += 1;
    }
    if let Some(den) = parse_words_opt(lx, dstart, english, true).filter(|d| d.ordinal) {
        if nwords == 0 {
            return None;
        }
        let mut numer = nv;
        let mut den_v = den.value;
        // hyphen binds the last numerator word to the ordinal: "cent trente-cinquième"
        if ne > j && lx.is(ne, "-") && nwords > 1 {
            if let Some(last) = last_word_value(lx, j, ne) {
                numer -= last;
                den_v += last;
            }
        }
        // "un cent cinquième" = 1/105
        if nwords > 1 && lx.is_any(j, &["un", "une"]) && nscale < 1000.0 {
            numer = 1.0;
            den_v = den.value + if nv >= 100.0 { nv } else { (nv - 1.0).max(0.0) };
        }
        if den_v == 0.0 {
            return None;
        }
        nv = numer / den_v;
        return Some((den.end, nv, true, 1.0));
    }
    if nwords == 0 {
        return None;
    }
    Some((ne, nv, false, nscale))
}

fn last_word_value(lx: &Lexed, j: usize, ne: usize) -> Option<f64> {
    let mut k = ne;
    while k > j {
        k -= 1;
        if let Some(v) = crate::words::small(lx.n(k)) {
            return Some(v as f64);
        }
    }
    None
}

fn scan_base(lx: &Lexed, j: usize, english: bool) -> Option<(usize, f64, f64)> {
    let n = lx.len();
    if j >= n {
        return None;
    }
    // ",08"
    if lx.is(j, ",") && lx.kind(j + 1) == Some(Kind::Num) && !lx.gap(j + 1) && (j == 0 || lx.gap(j))
    {
        let s = format!("0.{}", lx.n(j + 1));
        return Some((j + 2, s.parse().ok()?, 1.0));
    }
    if let Some(f) = unicode_fraction(lx.n(j)) {
        return Some((j + 1, f, 1.0));
    }
    match lx.kind(j)? {
        Kind::Num => {
            // 180ml, 29km: a measure, not a number; "le 4 mai": a date
            if !lx.gap(j + 1)
                && lx.kind(j + 1) == Some(Kind::Word)
                && measure_unit(lx.n(j + 1)).is_some()
                && !matches!(lx.orig(j + 1), "M" | "G")
            {
                return None;
            }
            if j > 0 && lx.is(j - 1, ".") && !lx.gap(j) {
                return None;
            }
            if crate::dates::month(lx.n(j + 1), english).is_some()
                && lx.kind(j + 1) == Some(Kind::Word)
            {
                return None;
            }
            // 1e10, -12e-1, 12,32e+14 (before the ordinal suffix "e")
            if lx.is(j + 1, "e") && !lx.gap(j + 1) {
                let mut k = j + 2;
                let mut es = 1.0;
                if lx.is_any(k, &["+", "-"]) && !lx.gap(k) {
                    if lx.is(k, "-") {
                        es = -1.0;
                    }
                    k += 1;
                }
                if lx.kind(k) == Some(Kind::Num) && !lx.gap(k) {
                    let m: f64 = lx.n(j).parse().ok()?;
                    let e: f64 = lx.n(k).parse().ok()?;
                    return Some((k + 1, m * 10f64.powf(es * e), 1.0));
                }
            }
            let q = quant(lx, j, english)?;
            let mut v = q.value?;
            let mut b = q.b;
            if q.ordinal {
                return None;
            }
            // fractions 3/4, 2 1/4
            if lx.is(b, "/") && !lx.gap(b) && !lx.gap(b + 1) && lx.kind(b + 1) == Some(Kind::Num) {
                let d: f64 = lx.n(b + 1).parse().ok()?;
                if d != 0.0 {
                    return Some((b + 2, v / d, 1.0));
                }
            }
            if lx.kind(b) == Some(Kind::Num)
                && lx.is(b + 1, "/")
                && !lx.gap(b + 1)
                && lx.kind(b + 2) == Some(Kind::Num)
            {
                let nu: f64 = lx.n(b).parse().ok()?;
                let d: f64 = lx.n(b + 2).parse().ok()?;
                if d != 0.0 && nu < d {
                    return Some((b + 3, v + nu / d, 1.0));
                }
            }
            // 1e10, -12e-1, 12,32e+14
            if lx.is(b, "e") && !lx.gap(b) {
                let mut k = b + 1;
                let mut es = 1.0;
                if lx.is_any(k, &["+", "-"]) && !lx.gap(k) {
                    if lx.is(k, "-") {
                        es = -1.0;
                    }
                    k += 1;
                }
                if lx.kind(k) == Some(Kind::Num) && !lx.gap(k) {
                    let e: f64 = lx.n(k).parse().ok()?;
                    return Some((k + 1, v * 10f64.powf(es * e), 1.0));
                }
            }
            // 1,1^23, 2,5^-1, -1,1^--23
            if lx.is(b, "^") {
                let mut k = b + 1;
                let mut es = 1.0;
                while lx.is_any(k, &["+", "-"]) {
                    if lx.is(k, "-") {
                        es = -es;
                    }
                    k += 1;
                }
                if lx.kind(k) == Some(Kind::Num) {
                    let e: f64 = lx.n(k).parse().ok()?;
                    return Some((k + 1, v.powf(es * e), 1.0));
                }
            }
            // "10  k"
            if lx.orig(b) == "k" || lx.orig(b) == "K" {
                return Some((b + 1, v * 1e3, 1e3));
            }
            // "322 cent(s)"
            let mut sc = q.scale;
            if lx.is_any(b, &["cent", "cents"]) && q.scale <= 1.0 {
                v *= 100.0;
                b += 1;
                sc = 100.0;
            }
            // "4 mille 3 cents", "3 cent un"
            loop {
                if lx.kind(b) == Some(Kind::Num)
                    && lx.is_any(b + 1, &["cent", "cents"])
                    && sc > 100.0
                {
                    let x: f64 = lx.n(b).parse().ok()?;
                    v += x * 100.0;
                    b += 2;
                    sc = 100.0;
                } else if sc >= 100.0 && lx.kind(b) == Some(Kind::Word) {
                    match crate::words::parse_words_opt(lx, b, english, false) {
                        Some(w)
                            if w.value < sc
                                && w.value > 0.0
                                && w.scale <= 1.0
                                && !lx.is_any(b, &["un", "une"])
                                || matches!(lx.n(b), "un" | "une")
                                    && lx.is_any(b + 1, &["est", "."]) =>
                        {
                            v += w.value;
                            b = w.end;
                            break;
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            if sc >= 100.0
                && lx.is(b, "et")
                && lx.kind(b + 1) == Some(Kind::Num)
                && !lx.is_any(b + 2, &["cent", "cents", "mille"])
                && !lx.toks[b + 1].decimal
            {
                if let Ok(x) = lx.n(b + 1).parse::<f64>() {
                    if x > 0.0 && x < sc {
                        v += x;
                        b += 2;
                    }
                }
            }
            Some((b, v, sc))
        }
        Kind::Word => {
            if lx.is_any(j, &["un", "une"]) && (lx.is(j + 1, "/") || (j > 0 && lx.is(j - 1, "/"))) {
                return None;
            }
            let (e, v, _, sc) = scan_words_fraction(lx, j, english)?;
            Some((e, v, sc))
        }
        Kind::Punct => None,
    }
}

/// NumberRange view of the numeric expressions (for the Recognizers-Text spec):
/// `(text, "[min,max)")` with open/closed ends from the qualifier.
pub(crate) fn as_ranges(text: &str, nums: &[NumberExpr]) -> Vec<(String, String)> {
    let f = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let mut out: Vec<(String, String, Span)> = Vec::new();
    for n in nums {
        let t = text.get(n.span.range()).unwrap_or("").to_string();
        let q = n.qualifier.as_deref().unwrap_or("");
        let r = match (n.value, n.min, n.max, q) {
            (_, Some(a), Some(b), _) => format!("[{},{})", f(a), f(b)),
            (Some(v), _, _, "more_than") => format!("({},)", f(v)),
            (Some(v), _, _, "at_least") => format!("[{},)", f(v)),
            (Some(v), _, _, "at_least_") => format!("[{},)", f(v)),
            (Some(v), _, _, "less_than") => format!("(,{})", f(v)),
            (Some(v), _, _, "at_most" | "up_to") => format!("(,{}]", f(v)),
            (Some(v), _, _, "equal") => format!("[{},{}]", f(v), f(v)),
            _ => continue,
        };
        // "supérieur à 20 et inférieur à 30" → one range
        if let Some(last) = out.last_mut() {
            let between = text
                .get(last.2.end as usize..n.span.start as usize)
                .unwrap_or("")
                .trim();
            let lower_open = |x: &str| x.ends_with(",)") && !x.starts_with("(,");
            let upper_only = |x: &str| x.starts_with("(,");
            let (lo_s, hi_s) = if lower_open(&last.1) && upper_only(&r) {
                (last.1.clone(), r.clone())
            } else if upper_only(&last.1) && lower_open(&r) {
                (r.clone(), last.1.clone())
            } else {
                (String::new(), String::new())
            };
            let bound = |x: &str, lower: bool| -> Option<f64> {
                let inner = x.trim_matches(['(', ')', '[', ']']);
                let (a, b) = inner.split_once(',')?;
                (if lower { a } else { b }).parse().ok()
            };
            let valid = match (bound(&lo_s, true), bound(&hi_s, false)) {
                (Some(l), Some(h)) => l < h,
                _ => false,
            };
            if valid && !lo_s.is_empty() && matches!(between, "et" | "mais" | "," | "and") {
                let lo = &lo_s[..lo_s.len() - 2];
                let hi = &hi_s[2..];
                let merged = format!("{lo},{hi}");
                let span = last.2.cover(n.span);
                *last = (
                    text.get(span.range()).unwrap_or("").to_string(),
                    merged,
                    span,
                );
                continue;
            }
        }
        out.push((t, r, n.span));
    }
    out.into_iter().map(|(a, b, _)| (a, b)).collect()
}
