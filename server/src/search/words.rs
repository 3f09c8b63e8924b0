//! The tokenizer of the search indexes: a word is a run of letters, digits and combining marks
//! (Thaana's vowel signs are marks: a word in Thaana stays whole), as `[\p{L}\p{N}\p{M}]+` says,
//! without a regex (a regex tokenizer rebuilt its lazy DFA for every document: two thirds of
//! the index's load time).

use std::str::CharIndices;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Whether `c` belongs to a word: anything but whitespace, ASCII punctuation and symbols, and
/// the punctuation and symbol blocks (so every script's letters and marks do).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if c.is_alphanumeric() {
        return true;
    }
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00A0}'..='\u{00BF}' | '\u{00D7}' | '\u{00F7}'
            | '\u{2000}'..='\u{2BFF}'
            | '\u{3000}'..='\u{303F}'
            | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
            | '\u{FE10}'..='\u{FE1F}' | '\u{FE30}'..='\u{FE6F}' | '\u{FF00}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
            | '\u{1F000}'..='\u{1FAFF}'))
}

#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

pub struct WordStream<'a> {
    text: &'a str,
    chars: CharIndices<'a>,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            text,
            chars: text.char_indices(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        while let Some((from, c)) = self.chars.next() {
            if is_word_char(c) {
                let to = self
                    .chars
                    .find(|(_, c)| !is_word_char(*c))
                    .map_or(self.text.len(), |(offset, _)| offset);
                self.token.offset_from = from;
                self.token.offset_to = to;
                self.token.text.push_str(&self.text[from..to]);
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Thaana's vowel signs and sukun (fili, U+07A6–U+07B0): Dhivehi is often typed without them
/// (on phones, in search boxes), so the index and the queries drop them and a word typed with
/// or without them is the same word. Other scripts pass through untouched.
pub fn is_fili(c: char) -> bool {
    ('\u{07A6}'..='\u{07B0}').contains(&c)
}

/// The token filter that folds fili away (see [`is_fili`]).
#[derive(Clone, Copy, Default)]
pub struct FiliFolding;

impl TokenFilter for FiliFolding {
    type Tokenizer<T: Tokenizer> = FiliFoldingFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> FiliFoldingFilter<T> {
        FiliFoldingFilter(tokenizer)
    }
}

#[derive(Clone)]
pub struct FiliFoldingFilter<T>(T);

impl<T: Tokenizer> Tokenizer for FiliFoldingFilter<T> {
    type TokenStream<'a> = FiliFoldingStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        FiliFoldingStream(self.0.token_stream(text))
    }
}

pub struct FiliFoldingStream<T>(T);

impl<T: TokenStream> TokenStream for FiliFoldingStream<T> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        // ASCII words (most of them) cannot hold a fili.
        if !token.text.is_ascii() && token.text.chars().any(is_fili) {
            token.text.retain(|c| !is_fili(c));
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn words_of_every_script_stay_whole() {
        assert_eq!(
            words("Chef's table — F&B, 24/7!"),
            ["Chef", "s", "table", "F", "B", "24", "7"]
        );
        assert_eq!(words("ފްރަންޓް އޮފީސް"), ["ފްރަންޓް", "އޮފީސް"]);
        assert_eq!(words("Malé «café»"), ["Malé", "café"]);
        assert_eq!(words("e\u{301}te\u{301}"), ["e\u{301}te\u{301}"]);
    }

    #[test]
    fn fili_fold_away_and_nothing_else_does() {
        let mut analyzer = tantivy::tokenizer::TextAnalyzer::builder(WordTokenizer::default())
            .filter(FiliFolding)
            .build();
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream("ފްރަންޓް ފރނޓ café");
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        assert_eq!(out, ["ފރނޓ", "ފރނޓ", "café"]);
    }
}
