//! Built without the `semantic` feature (the fuzz targets): no model can be loaded, and the
//! matching score stays lexical.

use std::fmt;
use std::path::Path;

#[derive(Debug)]
pub enum EmbedError {
    Model(String),
}

impl fmt::Display for EmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedError::Model(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for EmbedError {}

/// Never constructed in this build.
pub struct Embedder {
    model_id: String,
}

impl Embedder {
    pub fn load(_dir: &Path) -> Result<Self, EmbedError> {
        Err(EmbedError::Model(
            "this build has no sentence embeddings (the `semantic` feature is off)".into(),
        ))
    }

    pub fn model_id(&self) -> &str {
        &self.model_id
    }

    pub fn embed(&self, _text: &str) -> Result<Vec<f32>, EmbedError> {
        Err(EmbedError::Model(
            "no sentence embeddings in this build".into(),
        ))
    }
}

/// Cosine similarity of two normalized vectors (dot product), clamped to [-1, 1].
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| x * y)
        .sum::<f32>()
        .clamp(-1.0, 1.0)
}
