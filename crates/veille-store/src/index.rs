//! The tantivy side: full text (French and English analysers) and facets. Derived from SQLite;
//! each commit records the last SQLite batch it holds as its payload.

use crate::{Error, FacetValue, Result, SearchQuery};
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::path::Path;
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::fastfield::FacetReader;
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
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal,
    SegmentReader, TantivyDocument, TantivyError, Term,
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

    /// Runs a query in one pass over the matching documents: total count, the hits
    /// `offset..offset+limit` (score, id), and, when `facets > 0`, the `facets` most frequent
    /// values of every facet field counted exactly over ALL the matching documents (empty map
    /// otherwise).
    #[allow(clippy::type_complexity)]
    pub fn search(
        &self,
        query: &dyn Query,
        limit: usize,
        offset: usize,
        facets: usize,
    ) -> Result<(usize, Vec<(f32, String)>, Facets)> {
        let searcher = self.reader.searcher();
        let top = TopDocs::with_limit((offset + limit).max(1)).order_by_score();
        let counter = (facets > 0).then_some(FacetCounter { top: facets });
        let (total, top, counts) = searcher.search(query, &(Count, top, counter))?;
        let mut hits = Vec::with_capacity(limit);
        for (score, addr) in top.into_iter().skip(offset) {
            hits.push((score, self.id_of(&searcher, addr)?));
        }
        Ok((total, hits, counts.unwrap_or_default()))
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

/// Facet name ([`FACETS`]) → its most frequent values, by count then value.
pub type Facets = BTreeMap<String, Vec<FacetValue>>;

/// Counts the values of every facet field ([`FACETS`]) over all the documents a query
/// matches, from the facet columns (no stored document is read), and keeps the `top` most
/// frequent of each (count descending, then value ascending). Exact.
///
/// Per segment: one counter per term ordinal, incremented for each value of each matching
/// document. Ordinals are in value order, so with a single segment (the usual case after a
/// checkpoint) only the `top` winners are turned into strings; with several segments every
/// counted value is resolved (one sorted pass over each dictionary) and summed by value.
pub struct FacetCounter {
    pub top: usize,
}

pub struct SegmentFacetCounter {
    /// One per facet field; `None` when the segment holds no value of that field.
    fields: Vec<Option<(FacetReader, Vec<u32>)>>,
}

/// One facet field of one segment: its reader and the (ordinal, count) pairs of the values
/// seen, by ordinal.
type Seen = (FacetReader, Vec<(u64, u32)>);

/// Per facet field, what one segment saw (`None`: the segment holds no value of the field).
pub struct SegmentFacets(Vec<Option<Seen>>);

impl Collector for FacetCounter {
    type Fruit = Facets;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let mut fields = Vec::with_capacity(FACETS.len());
        for name in FACETS {
            let column = reader.fast_fields().str(name)?;
            fields.push(column.map(|c| {
                let n = c.num_terms();
                (FacetReader::new(c), vec![0u32; n])
            }));
        }
        Ok(SegmentFacetCounter { fields })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SegmentFacets>) -> tantivy::Result<Facets> {
        let mut out = Facets::new();
        for (i, name) in FACETS.iter().enumerate() {
            let per_segment: Vec<&Seen> = segments
                .iter()
                .filter_map(|s| s.0.get(i)?.as_ref())
                .collect();
            let values = match per_segment.as_slice() {
                [] => Vec::new(),
                [(reader, counts)] => top_of_segment(reader, counts, self.top)?,
                several => {
                    let mut sum: HashMap<String, u64> = HashMap::new();
                    for (reader, counts) in several {
                        resolve(reader, counts, |value, n| {
                            *sum.entry(value.to_string()).or_default() += u64::from(n);
                        })?;
                    }
                    let mut all: Vec<FacetValue> = sum
                        .into_iter()
                        .map(|(value, count)| FacetValue { value, count })
                        .collect();
                    rank(&mut all, self.top);
                    all
                }
            };
            out.insert(name.to_string(), values);
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = SegmentFacets;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (reader, counts) in self.fields.iter_mut().flatten() {
            for ord in reader.facet_ords(doc) {
                if let Some(n) = counts.get_mut(ord as usize) {
                    *n += 1;
                }
            }
        }
    }

    fn harvest(self) -> SegmentFacets {
        SegmentFacets(
            self.fields
                .into_iter()
                .map(|f| {
                    f.map(|(reader, counts)| {
                        let seen = counts
                            .iter()
                            .enumerate()
                            .filter(|(_, n)| **n > 0)
                            .map(|(ord, n)| (ord as u64, *n))
                            .collect();
                        (reader, seen)
                    })
                })
                .collect(),
        )
    }
}

/// Calls `f(value, count)` for each counted ordinal, in ordinal order (one pass over the
/// dictionary). A facet value is one path step: its encoded form is the value itself.
fn resolve(
    reader: &FacetReader,
    counts: &[(u64, u32)],
    mut f: impl FnMut(&str, u32),
) -> tantivy::Result<()> {
    let ords: Vec<u64> = counts.iter().map(|(o, _)| *o).collect();
    let mut n = counts.iter().map(|(_, n)| *n);
    reader.facet_dict().sorted_ords_to_term_cb(&ords, |bytes| {
        let count = n.next().unwrap_or(0);
        f(&String::from_utf8_lossy(bytes), count);
    })?;
    Ok(())
}

/// The `top` values of a single segment: ranked on ordinals (value order), then resolved.
fn top_of_segment(
    reader: &FacetReader,
    counts: &[(u64, u32)],
    top: usize,
) -> tantivy::Result<Vec<FacetValue>> {
    let mut best = counts.to_vec();
    let by_rank = |a: &(u64, u32), b: &(u64, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
    if best.len() > top {
        best.select_nth_unstable_by(top, by_rank);
        best.truncate(top);
    }
    best.sort_unstable_by_key(|(ord, _)| *ord);
    let mut out = Vec::with_capacity(best.len());
    resolve(reader, &best, |value, count| {
        out.push(FacetValue {
            value: value.to_string(),
            count: u64::from(count),
        })
    })?;
    rank(&mut out, top);
    Ok(out)
}

/// Count descending, then value ascending (bytewise, as SQLite's `ORDER BY 2 DESC, 1`).
fn rank(values: &mut Vec<FacetValue>, top: usize) {
    values.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values.truncate(top);
}
