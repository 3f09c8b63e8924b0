//! Levenshtein automata of query words, built once per (word, distance, prefix) and shared by
//! every field, segment and request that needs them: building one for a long word with two
//! typos costs more than the search it serves, and a board's searches repeat the same words.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use tantivy::Term;
use tantivy::query::{DfaWrapper, FuzzyTermQuery};
use tantivy::schema::Field;

/// Automata kept at once. One for a 12-letter word with two typos takes a few hundred KB, so
/// the cache stays small; when full it starts over (the busiest words come back first).
const CAPACITY: usize = 32;

type Key = (String, u8, bool);

static CACHE: OnceLock<Mutex<HashMap<Key, Arc<DfaWrapper>>>> = OnceLock::new();

/// The automaton matching words within `distance` edits of `form` (a transposition is one
/// edit), or of any word starting with such a prefix when `prefix`.
pub fn automaton(form: &str, distance: u8, prefix: bool) -> tantivy::Result<Arc<DfaWrapper>> {
    let cache = CACHE.get_or_init(Default::default);
    let key = (form.to_string(), distance, prefix);
    if let Ok(cached) = cache.lock()
        && let Some(found) = cached.get(&key)
    {
        return Ok(found.clone());
    }
    // The automaton depends on the text only; the field is a placeholder.
    let term = Term::from_field_text(Field::from_field_id(0), form);
    let query = if prefix {
        FuzzyTermQuery::new_prefix(term, distance, true)
    } else {
        FuzzyTermQuery::new(term, distance, true)
    };
    let built = Arc::new(query.automaton()?);
    if let Ok(mut cached) = cache.lock() {
        if cached.len() >= CAPACITY {
            cached.clear();
        }
        cached.insert(key, built.clone());
    }
    Ok(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_automaton_per_word_distance_and_kind() {
        let a = automaton("receptionist", 2, false).unwrap();
        let b = automaton("receptionist", 2, false).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        let prefix = automaton("receptionist", 2, true).unwrap();
        assert!(!Arc::ptr_eq(&a, &prefix));
    }
}
