//! The alias table (`data/aliases.tsv`, written by hand): frequent organisations, groups and
//! places under their variant names, each with a cross-document key.

use crate::features::normalize;
use std::collections::HashMap;
use veille_core::layers::EntityType;

/// One canonical entity of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasEntry {
    pub key: String,
    pub label: EntityType,
    pub canonical: String,
    pub aliases: Vec<String>,
}

/// Lookup by folded name (case, accents, hyphens and a leading article ignored).
#[derive(Debug, Clone, Default)]
pub struct AliasTable {
    entries: Vec<AliasEntry>,
    index: HashMap<String, usize>,
}

/// Folds a name for matching: lowercase, common Latin accents removed, typographic apostrophes
/// and hyphens unified, a leading article dropped, whitespace collapsed.
pub fn fold(name: &str) -> String {
    let n = normalize(name);
    let mut s = String::with_capacity(n.len());
    for c in n.chars() {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'œ' => {
                s.push('o');
                'e'
            }
            '-' | '_' => ' ',
            c => c,
        };
        s.push(c);
    }
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if let Some(first) = words.first().copied() {
        if matches!(first, "le" | "la" | "les") && words.len() > 1 {
            words.remove(0);
        } else if let Some(rest) = first.strip_prefix("l'") {
            if !rest.is_empty() {
                words[0] = rest;
            } else if words.len() > 1 {
                words.remove(0);
            }
        }
    }
    words.join(" ")
}

impl AliasTable {
    /// The table committed with this crate.
    pub fn embedded() -> AliasTable {
        AliasTable::parse(include_str!("../data/aliases.tsv"))
    }

    /// Parses `key<TAB>label<TAB>canonical<TAB>alias|alias...` lines (`#` comments); lines
    /// that do not have four columns or a known label are skipped.
    pub fn parse(text: &str) -> AliasTable {
        let mut t = AliasTable::default();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 4 {
                continue;
            }
            let Some(label) = EntityType::parse(cols[1]) else {
                continue;
            };
            let mut aliases: Vec<String> = cols[3]
                .split('|')
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect();
            if !aliases.iter().any(|a| a == cols[2]) {
                aliases.push(cols[2].to_string());
            }
            let idx = t.entries.len();
            for a in &aliases {
                t.index.entry(fold(a)).or_insert(idx);
            }
            t.entries.push(AliasEntry {
                key: cols[0].to_string(),
                label,
                canonical: cols[2].to_string(),
                aliases,
            });
        }
        t
    }

    pub fn entries(&self) -> &[AliasEntry] {
        &self.entries
    }

    /// The entry a mention's text designates, if any.
    pub fn lookup(&self, name: &str) -> Option<&AliasEntry> {
        let f = fold(name);
        let mut key = f.as_str();
        // "l'organisation État islamique", "le groupe EI"
        for p in ["organisation ", "groupe ", "agence "] {
            if let Some(r) = key.strip_prefix(p) {
                if let Some(&i) = self.index.get(r) {
                    return self.entries.get(i);
                }
            }
        }
        if let Some(&i) = self.index.get(key) {
            return self.entries.get(i);
        }
        key = key.trim_end_matches(['.', ',']);
        self.index.get(key).and_then(|&i| self.entries.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn daech_variants_share_a_key() {
        let t = AliasTable::embedded();
        for n in [
            "Daech",
            "État islamique",
            "l'organisation État islamique",
            "EI",
            "ISIS",
            "Daesh",
            "l'Etat islamique",
        ] {
            assert_eq!(
                t.lookup(n).map(|e| e.key.as_str()),
                Some("org:etat-islamique"),
                "{n}"
            );
        }
        assert_eq!(
            t.lookup("Nations unies").map(|e| e.key.as_str()),
            Some("org:onu")
        );
        assert_eq!(
            t.lookup("FDS").map(|e| e.canonical.as_str()),
            Some("Forces démocratiques syriennes")
        );
        assert_eq!(t.lookup("Paris"), None);
    }
}
