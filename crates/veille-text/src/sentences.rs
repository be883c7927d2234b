//! Sentence splitting over the tokens of [`crate::tokenize`].
//!
//! A sentence ends:
//! - after `.`, `!`, `?`, `…` or `...` (plus any closing quotes and brackets that follow,
//!   `« Il est là. »`) when whitespace then an uppercase letter, a digit, an opening quote,
//!   bracket or dash follows, or the text ends;
//! - at `Elise.Il` (a lowercase word, a period and a capitalised word with no space): a
//!   missing space after a period; likewise at `vaccin."Le`, after a closing mark glued to
//!   the period;
//! - at a blank line, and at a single line break unless the next line starts in lowercase
//!   (headlines without final punctuation end there);
//! - around a video caption glued between two sentences (`attendre ?par BFMTVLe ministre`:
//!   the caption `par BFMTV` is a sentence of its own; the tokenizer cuts `BFMTVLe`).
//!
//! Abbreviations and initials keep their period inside their token (`M.`, `J.-C.`, `G.`),
//! so they never end a sentence.

use crate::chars::{char_at, is_lower, is_upper};
use veille_core::layers::{Sentence, Token, TokenKind};
use veille_core::Span;

/// Groups `tokens` (as returned by [`crate::tokenize`] on `text`) into sentences.
///
/// Every token belongs to exactly one sentence; sentences are sorted and cover the tokens in
/// order.
///
/// ```
/// let text = "M. Dupont est arrivé. Il a dit « Bonjour. » Puis il est parti.";
/// let tokens = veille_text::tokenize(text);
/// let s = veille_text::split_sentences(text, &tokens);
/// let spans: Vec<&str> = s.iter().map(|s| &text[s.span.range()]).collect();
/// assert_eq!(spans, ["M. Dupont est arrivé.", "Il a dit « Bonjour. »", "Puis il est parti."]);
/// ```
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let n = tokens.len();
    let mut out = Vec::with_capacity(n / 20 + 1);
    let tok = |k: usize| -> &str { text.get(tokens[k].span.range()).unwrap_or("") };
    let mut first = 0usize;
    let mut dq_open = false;
    let mut caption_until = None;
    let mut k = 0usize;
    while k < n {
        let t = tok(k);
        if t == "\"" {
            dq_open = straight_quote_opens(text, tokens[k], dq_open);
        }
        let mut last = k; // last token of the sentence if it ends here
        let mut boundary = false;
        if tokens[k].kind == TokenKind::Punct
            && is_terminal(t)
            && !is_bracketed_ellipsis(tokens, k, &tok)
        {
            // Absorb further terminals and closing marks.
            let mut j = k + 1;
            while j < n {
                let tj = tok(j);
                let gap = gap(text, tokens, j);
                if gap.contains('\n') {
                    break;
                }
                let absorb = if tokens[j].kind != TokenKind::Punct {
                    false
                } else if is_terminal(tj) || matches!(tj, ")" | "]" | "»" | "”" | "’") {
                    true
                } else if tj == "\"" || tj == "'" {
                    // Closing if a quote is open, or if attached to the left and not to the
                    // right (`fin."Il` opens the next sentence).
                    let attached_right = char_at(text, tokens[j].span.end as usize)
                        .is_some_and(|(c, _)| c.is_alphanumeric());
                    (tj == "\"" && dq_open) || (gap.is_empty() && !attached_right)
                } else {
                    false
                };
                if !absorb {
                    break;
                }
                if tj == "\"" {
                    dq_open = straight_quote_opens(text, tokens[j], dq_open);
                }
                j += 1;
            }
            last = j - 1;
            if j == n {
                boundary = true;
            } else {
                let g = gap(text, tokens, j);
                let next = tok(j);
                let c = next.chars().next().unwrap_or(' ');
                if !g.is_empty() {
                    boundary = starts_sentence(c, next, tokens[j].kind);
                } else if last > k
                    && matches!(tok(last), "\"" | "»" | "”")
                    && gap(text, tokens, last).is_empty()
                {
                    // vaccin."Le ministre: a closing mark glued to the terminal, then a
                    // capitalised word glued to it (a lost paragraph break); not an opening
                    // mark taken for a closing one ('cf. "Quand …')
                    let mut rest = next.chars().skip(1);
                    boundary = tokens[j].kind == TokenKind::Word
                        && is_upper(c)
                        && rest
                            .next()
                            .is_some_and(|d| is_lower(d) || matches!(d, '\'' | '’'));
                } else if last == k && k > 0 {
                    // Elise.Il, Matin.L'association, ressemblante."Je: a lowercase word, a
                    // terminal, then a capitalised word or an opening quote, no spaces.
                    let prev = tok(k - 1);
                    let prev_attached = tokens[k - 1].span.end == tokens[k].span.start;
                    // ("par région ?Alors que": French spacing before "?" and "!", after a
                    // lowercase word)
                    let spaced = matches!(t, "?" | "!")
                        && gap(text, tokens, k) == " "
                        && tokens[k - 1].kind == TokenKind::Word
                        && prev.chars().next_back().is_some_and(is_lower);
                    let prev_ok = spaced
                        || prev_attached
                            && match tokens[k - 1].kind {
                                // (or an acronym: "pour intégrer DACA.- Intertitre -")
                                TokenKind::Word => {
                                    prev.chars().next_back().is_some_and(is_lower)
                                        || (prev.chars().count() >= 2 && prev.chars().all(is_upper))
                                }
                                TokenKind::Number | TokenKind::Symbol => true,
                                TokenKind::Punct => matches!(prev, "\"" | "»" | "”" | ")"),
                                _ => false,
                            };
                    let mut rest = next.chars().skip(1);
                    let next_ok = if tokens[j].kind == TokenKind::Word {
                        is_upper(c)
                            && rest
                                .next()
                                .is_some_and(|d| is_lower(d) || matches!(d, '\'' | '’' | '.'))
                    } else if matches!(next, "►" | "•" | "▶" | "■") {
                        // fin.► INTERTITRE: a bulleted heading run in
                        true
                    } else if matches!(next, "-" | "–" | "—") {
                        // fin.- Intertitre -Texte (dash-framed subheadings run in)
                        char_at(text, tokens[j].span.end as usize)
                            .is_some_and(|(d, _)| d.is_whitespace())
                    } else {
                        matches!(next, "\"" | "«" | "“")
                            && char_at(text, tokens[j].span.end as usize)
                                .is_some_and(|(d, _)| is_upper(d))
                    };
                    boundary = prev_ok && next_ok;
                }
            }
        }
        if !boundary
            && tokens[k].kind == TokenKind::Word
            && k + 1 < n
            && tokens[k + 1].kind == TokenKind::Word
            && tokens[k].span.end == tokens[k + 1].span.start
            && t.chars().next_back().is_some_and(is_lower)
            && tok(k + 1).chars().next().is_some_and(is_upper)
        {
            // "victimesL'homme": two words glued by a lost line break.
            boundary = true;
        }
        if !boundary
            && tokens[k].kind == TokenKind::Word
            && k + 1 < n
            && tokens[k].span.end == tokens[k + 1].span.start
            && t.chars().count() >= 3
            && t.chars().all(is_upper)
            && crate::tokenize::SENTENCE_OPENERS.contains(&tok(k + 1))
        {
            // "ZONES PIÉTONSLa maire": a headline in capitals glued to the next sentence (the
            // tokenizer cut the word).
            boundary = true;
        }
        if !boundary
            && matches!(t, "-" | "–" | "—")
            && k > first
            && k + 1 < n
            && matches!(tok(first), "-" | "–" | "—")
            && !gap(text, tokens, k).is_empty()
            && gap(text, tokens, k + 1).is_empty()
            && (tok(k + 1).chars().next().is_some_and(is_upper)
                || (matches!(tok(k + 1), "\"" | "«" | "“")
                    && char_at(text, tokens[k + 1].span.end as usize)
                        .is_some_and(|(d, _)| is_upper(d))))
        {
            // "- Antonio Banderas en quarantaine -L'acteur": the closing dash of a subheading.
            boundary = true;
        }
        if !boundary
            && t == "\""
            && !dq_open
            && k > 0
            && k + 1 < n
            && tokens[k - 1].span.end == tokens[k].span.start
            && tokens[k].span.end == tokens[k + 1].span.start
            && tokens[k - 1].kind == TokenKind::Word
            && tok(k - 1).chars().next_back().is_some_and(is_lower)
            && ((tokens[k + 1].kind == TokenKind::Word
                && tok(k + 1).chars().next().is_some_and(is_upper)
                && tok(k + 1).chars().nth(1).is_some_and(is_lower))
                || (matches!(tok(k + 1), "\"" | "«" | "“")
                    && char_at(text, tokens[k + 1].span.end as usize)
                        .is_some_and(|(d, _)| is_upper(d))))
        {
            // "Je ne suis pas contre refaire la tête"Tout partait: a quoted headline closed
            // and the text going on without a space.
            boundary = true;
        }
        if !boundary
            && last == k
            && k + 2 < n
            && k + 1 >= first + 4
            && !dq_open
            && matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number)
            && tokens[k + 1].kind == TokenKind::Word
            && tok(k + 1).chars().next().is_some_and(is_upper)
            && !gap(text, tokens, k + 1).is_empty()
            && !gap(text, tokens, k + 1).contains('\n')
            && HEADLINE_BREAKERS.contains(&tok(k + 1))
            && tok(k + 2).chars().next().is_some_and(is_lower)
        {
            // A headline without final punctuation run into the article: "... près de
            // Palmyre Après avoir regroupé ...".
            boundary = true;
        }
        // "… attendre ?par BFMTVLe ministre …": a video caption glued between two
        // sentences is a sentence of its own
        // (once per caption: the look-ahead below may have found it already)
        if tokens[k].kind == TokenKind::Word
            && tok(k) == "par"
            && caption_until.is_none_or(|j| j < k)
        {
            if let Some(j) = caption_end(text, tokens, k) {
                caption_until = Some(j);
            }
        }
        if !boundary && caption_until == Some(last) {
            boundary = true;
        } else if !boundary && last + 1 < n && tokens[last + 1].span.start == tokens[last].span.end
        {
            if let Some(j) = caption_end(text, tokens, last + 1) {
                caption_until = Some(j);
                boundary = true;
            }
        }
        if !boundary && last + 1 < n {
            // Line breaks.
            let g = gap(text, tokens, last + 1);
            let newlines = if g.len() <= 1 && g != "\n" {
                0 // the common case: no gap or one space
            } else {
                g.bytes().filter(|&b| b == b'\n').count()
                    + g.matches('\u{2029}').count()
                    + g.matches('\u{2028}').count()
            };
            if newlines >= 2 {
                boundary = true;
            } else if newlines == 1 {
                let next = tok(last + 1);
                boundary = !next.chars().next().is_some_and(is_lower);
            }
            if boundary {
                // Unbalanced straight quotes do not leak across lines and paragraphs.
                dq_open = false;
            }
        }
        if boundary || last + 1 == n {
            out.push(Sentence {
                span: Span::new(tokens[first].span.start, tokens[last].span.end),
                first_token: first as u32,
                end_token: (last + 1) as u32,
            });
            first = last + 1;
        }
        k = last + 1;
    }
    out
}

/// Capitalised adverbs and conjunctions that, mid-sentence and not after punctuation, can
/// only start a new sentence (a headline ran into the text).
const HEADLINE_BREAKERS: &[&str] = &[
    "Après",
    "Selon",
    "Pourtant",
    "Cependant",
    "Depuis",
    "Lorsque",
    "Désormais",
    "Toutefois",
    "Néanmoins",
    "Jusqu'ici",
    "Parallèlement",
    "Auparavant",
    "Dimanche",
    "Lundi",
    "Mardi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
];

/// The last token of a video caption opened by token `p`: a `par` glued to the token before
/// it, then up to six words of an outlet's name, the last glued to a capitalised word, a
/// number or an opening mark (`?par BFMTV|Le`, `"par Europe 1|"Il`, `par euronews (en
/// français)|Rappelant`).
fn caption_end(text: &str, tokens: &[Token], p: usize) -> Option<usize> {
    let tok = |k: usize| text.get(tokens[k].span.range()).unwrap_or("");
    if p == 0 || tok(p) != "par" || !gap(text, tokens, p).is_empty() {
        return None;
    }
    // (not an opening mark: 'croisé "par hasard"')
    let before = tok(p - 1);
    if matches!(before, "«" | "“" | "(" | "[" | "'" | "‘")
        || matches!(before, "\"" | "’") && (p < 2 || !gap(text, tokens, p - 1).is_empty())
    {
        return None;
    }
    for j in p + 1..(p + 7).min(tokens.len().saturating_sub(1)) {
        let t = tok(j);
        let name_part =
            matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number) || matches!(t, "(" | ")");
        if !name_part || gap(text, tokens, j).contains('\n') {
            return None;
        }
        let next = tok(j + 1);
        let opens = next
            .chars()
            .next()
            .is_some_and(|c| is_upper(c) || c.is_ascii_digit())
            || matches!(next, "\"" | "«" | "“");
        if gap(text, tokens, j + 1).is_empty() && opens {
            return Some(j);
        }
    }
    None
}

/// Text between token `j - 1` and token `j`.
fn gap<'a>(text: &'a str, tokens: &[Token], j: usize) -> &'a str {
    if j == 0 {
        return "";
    }
    text.get(tokens[j - 1].span.end as usize..tokens[j].span.start as usize)
        .unwrap_or("")
}

/// `(...)` and `[...]` mark a cut in a quotation, not the end of a sentence.
fn is_bracketed_ellipsis<'a>(tokens: &[Token], k: usize, tok: &impl Fn(usize) -> &'a str) -> bool {
    let t = tok(k);
    if !(t == "…" || t.starts_with("..")) || k == 0 || k + 1 >= tokens.len() {
        return false;
    }
    matches!((tok(k - 1), tok(k + 1)), ("(", ")") | ("[", "]"))
        && tokens[k - 1].span.end == tokens[k].span.start
        && tokens[k].span.end == tokens[k + 1].span.start
}

fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…" | "‼" | "⁇" | "⁈" | "⁉")
        || (t.len() >= 2 && t.bytes().all(|b| b == b'.'))
}

/// Whether a token starting with `c` can start a sentence after a terminal and a space.
fn starts_sentence(c: char, tok: &str, kind: TokenKind) -> bool {
    if is_upper(c) || c.is_ascii_digit() {
        return true;
    }
    if matches!(
        kind,
        TokenKind::Url | TokenKind::Hashtag | TokenKind::Mention
    ) {
        return true;
    }
    matches!(
        c,
        '«' | '“' | '"' | '‘' | '(' | '[' | '—' | '–' | '-' | '¿' | '¡' | '•' | '*'
    ) || tok == "'"
}

/// Whether a straight double quote at `t` opens a quotation, given whether one is open.
fn straight_quote_opens(text: &str, t: Token, open: bool) -> bool {
    let s = t.span.start as usize;
    let e = t.span.end as usize;
    let before = text.get(..s).and_then(|p| p.chars().next_back());
    let after = char_at(text, e).map(|(c, _)| c);
    let space_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':'));
    let space_after = after
        .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ')' | ';' | ':' | '!' | '?'));
    match (space_before, space_after) {
        (true, false) => true,
        (false, true) => false,
        _ => !open,
    }
}

/// Renders sentences one per line, for tests and debugging.
pub fn render_sentences(text: &str, sentences: &[Sentence]) -> String {
    let mut s = String::new();
    for (i, sent) in sentences.iter().enumerate() {
        s.push_str(&format!(
            "{i}: {}\n",
            text.get(sent.span.range()).unwrap_or("<?>")
        ));
    }
    s
}
