//! The tantivy side: full text (French and English analysers) and facets. Derived from SQLite;
//! each commit records the last SQLite batch it holds as its payload.

use crate::{Error, Result, SearchQuery};
use std::ops::Bound;
use std::path::Path;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing,
    TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError, Term,
};

pub const FR: &str = "veille_fr";
pub const EN: &str = "veille_en";
pub const FACETS: [&str; 6] = ["entity", "place", "speaker", "source", "lang", "date"];

/// The analysis chain of one language: SimpleTokenizer → RemoveLong → LowerCaser →
/// StopWordFilter → AsciiFolding → Stemmer.
pub fn analyzer(lang: Language) -> TextAnalyzer {
    let b = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match StopWordFilter::new(lang) {
        Some(stop) => b
            .filter(stop)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(lang))
            .build(),
        None => b
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(lang))
            .build(),
    }
}

#[derive(Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub title_fr: Field,
    pub body_fr: Field,
    pub title_en: Field,
    pub body_en: Field,
    pub facets: [Field; 6],
    pub day: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tok: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tok)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let id = b.add_text_field("id", STRING | STORED);
    let title_fr = b.add_text_field("title_fr", text(FR));
    let body_fr = b.add_text_field("body_fr", text(FR));
    let title_en = b.add_text_field("title_en", text(EN));
    let body_en = b.add_text_field("body_en", text(EN));
    let facets = FACETS.map(|name| b.add_facet_field(name, FacetOptions::default()));
    let day = b.add_i64_field("day", NumericOptions::default().set_indexed().set_fast());
    (
        b.build(),
        Fields {
            id,
            title_fr,
            body_fr,
            title_en,
            body_en,
            facets,
            day,
        },
    )
}

/// What the index needs of a document.
pub struct IndexDoc<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    pub lang: &'a str,
    pub day: Option<i64>,
    /// One list per entry of [`FACETS`].
    pub facets: [Vec<String>; 6],
}

pub struct TextIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub f: Fields,
}

fn map_lock(dir: &Path) -> impl Fn(TantivyError) -> Error + '_ {
    move |e| match e {
        TantivyError::LockFailure(..) => Error::Locked(dir.display().to_string()),
        e => Error::Index(e),
    }
}

impl TextIndex {
    pub fn open(dir: &Path, create: bool) -> Result<TextIndex> {
        let (schema, f) = schema();
        let has_meta = dir.join("meta.json").exists();
        let index = if has_meta {
            Index::open_in_dir(dir)?
        } else if create {
            std::fs::create_dir_all(dir).map_err(|e| Error::Io {
                path: dir.display().to_string(),
                source: e,
            })?;
            Index::create_in_dir(dir, schema)?
        } else {
            return Err(Error::Missing(dir.display().to_string()));
        };
        index.tokenizers().register(FR, analyzer(Language::French));
        index.tokenizers().register(EN, analyzer(Language::English));
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(TextIndex { index, reader, f })
    }

    pub fn writer(&self, dir: &Path) -> Result<IndexWriter> {
        self.index
            .writer_with_num_threads(1, 64_000_000)
            .map_err(map_lock(dir))
    }

    /// The last SQLite batch contained in the committed index.
    pub fn committed_batch(&self) -> Result<i64> {
        Ok(self
            .index
            .load_metas()?
            .payload
            .and_then(|p| p.parse().ok())
            .unwrap_or(0))
    }

    pub fn add(&self, w: &IndexWriter, d: &IndexDoc) -> Result<()> {
        let f = &self.f;
        w.delete_term(Term::from_field_text(f.id, d.id));
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, d.id);
        let (title, body) = if d.lang == "en" {
            (f.title_en, f.body_en)
        } else {
            (f.title_fr, f.body_fr)
        };
        doc.add_text(title, d.title);
        doc.add_text(body, d.text);
        for (field, values) in f.facets.iter().zip(d.facets.iter()) {
            for v in values {
                if !v.is_empty() {
                    doc.add_facet(*field, Facet::from_path([v.as_str()]));
                }
            }
        }
        if let Some(day) = d.day {
            doc.add_i64(f.day, day);
        }
        w.add_document(doc)?;
        Ok(())
    }

    pub fn commit(&self, w: &mut IndexWriter, batch: i64) -> Result<()> {
        let mut prepared = w.prepare_commit()?;
        prepared.set_payload(&batch.to_string());
        prepared.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Document frequency of an analysed term in the French/English bodies.
    pub fn doc_freq(&self, searcher: &tantivy::Searcher, term: &str, en: bool) -> u64 {
        let field = if en { self.f.body_en } else { self.f.body_fr };
        searcher
            .doc_freq(&Term::from_field_text(field, term))
            .unwrap_or(0)
    }

    #[allow(clippy::type_complexity)]
    pub fn build_query(&self, q: &SearchQuery) -> Result<(Box<dyn Query>, Option<Box<dyn Query>>)> {
        let f = &self.f;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text_query = if q.text.trim().is_empty() {
            None
        } else {
            // One parser per language, ORed: a French stop word ("des") must not become a
            // required English term.
            let parse = |title: Field, body: Field| {
                let mut parser = QueryParser::for_index(&self.index, vec![title, body]);
                parser.set_conjunction_by_default();
                parser.set_field_boost(title, 2.0);
                parser.parse_query_lenient(&q.text).0
            };
            let query: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
                (Occur::Should, parse(f.title_fr, f.body_fr)),
                (Occur::Should, parse(f.title_en, f.body_en)),
            ]));
            Some(query)
        };
        if let Some(tq) = &text_query {
            clauses.push((Occur::Must, tq.box_clone()));
        }
        let filters: [(usize, &[String]); 4] = [
            (0, &q.entity),
            (1, &q.place),
            (2, &q.speaker),
            (3, &q.source),
        ];
        for (i, values) in filters {
            for v in values {
                let term = Term::from_facet(f.facets[i], &Facet::from_path([v.as_str()]));
                clauses.push((
                    Occur::Must,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                ));
            }
        }
        if let Some(lang) = &q.lang {
            let term = Term::from_facet(f.facets[4], &Facet::from_path([lang.as_str()]));
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ));
        }
        let bound = |s: &Option<String>, what: &str| -> Result<Bound<Term>> {
            match s {
                None => Ok(Bound::Unbounded),
                Some(s) => crate::local::parse_day(s)
                    .map(|d| Bound::Included(Term::from_field_i64(f.day, d)))
                    .ok_or_else(|| {
                        Error::Query(format!("--{what} {s:?} is not a YYYY-MM-DD date"))
                    }),
            }
        };
        let (lo, hi) = (bound(&q.from, "from")?, bound(&q.to, "to")?);
        if !matches!((&lo, &hi), (Bound::Unbounded, Bound::Unbounded)) {
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else if clauses.len() == 1 && text_query.is_some() {
            clauses
                .pop()
                .map(|(_, q)| q)
                .unwrap_or_else(|| Box::new(AllQuery))
        } else {
            if text_query.is_none() {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            Box::new(BooleanQuery::new(clauses))
        };
        Ok((query, text_query))
    }

    /// Runs a query: total count, the hits `offset..offset+limit` (score, id), and the ids of
    /// the `sample` best hits (for facet counts).
    #[allow(clippy::type_complexity)]
    pub fn search(
        &self,
        query: &dyn Query,
        limit: usize,
        offset: usize,
        sample: usize,
    ) -> Result<(usize, Vec<(f32, String)>, Vec<String>)> {
        let searcher = self.reader.searcher();
        let want = (offset + limit).max(sample).max(1);
        let top = TopDocs::with_limit(want).order_by_score();
        let (total, top) = searcher.search(query, &(Count, top))?;
        let mut hits = Vec::with_capacity(limit);
        let mut ids = Vec::with_capacity(top.len());
        for (i, (score, addr)) in top.into_iter().enumerate() {
            let id = self.id_of(&searcher, addr)?;
            if i >= offset && i < offset + limit {
                hits.push((score, id.clone()));
            }
            if i < sample {
                ids.push(id);
            }
        }
        Ok((total, hits, ids))
    }

    fn id_of(&self, searcher: &tantivy::Searcher, addr: DocAddress) -> Result<String> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        Ok(doc
            .get_first(self.f.id)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string())
    }

    pub fn snippet_generators(
        &self,
        query: &dyn Query,
    ) -> Result<(SnippetGenerator, SnippetGenerator)> {
        let searcher = self.reader.searcher();
        let mut fr = SnippetGenerator::create(&searcher, query, self.f.body_fr)?;
        let mut en = SnippetGenerator::create(&searcher, query, self.f.body_en)?;
        fr.set_max_num_chars(220);
        en.set_max_num_chars(220);
        Ok((fr, en))
    }
}
