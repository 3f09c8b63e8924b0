//! In-process sentence embeddings with a sentence-transformers BERT model
//! (all-MiniLM-L6-v2) on CPU, using candle and the `tokenizers` crate.
//!
//! The model directory holds `config.json`, `tokenizer.json` and
//! `model.safetensors` (optionally `sentence_bert_config.json` and
//! `1_Pooling/config.json`, which are checked when present).
//!
//! Pipeline (same as sentence-transformers for texts up to `max_seq_length`):
//! WordPiece tokens -> `[CLS] .. [SEP]` -> BERT -> attention-mask-weighted mean
//! pooling -> L2 normalization. Longer texts are split into windows of at most
//! `max_seq_length` tokens (counting `[CLS]`/`[SEP]`), embedded in one batched
//! forward pass, averaged weighted by token count, and re-normalized.

use std::fmt;
use std::path::Path;

use candle_core::{D, DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config, DTYPE};
use sha2::{Digest, Sha256};
use tokenizers::Tokenizer;

/// `max_seq_length` of all-MiniLM-L6-v2, used when `sentence_bert_config.json` is absent.
const DEFAULT_MAX_SEQ_LEN: usize = 256;
/// Default cap on the number of windows a long text is split into.
pub const DEFAULT_MAX_WINDOWS: usize = 16;
/// How far a window boundary may move back to avoid starting a window inside a word.
const MAX_BOUNDARY_SHIFT: usize = 16;

/// Errors from loading the model or embedding a text.
#[derive(Debug)]
pub enum EmbedError {
    Io(String),
    Model(String),
    Tokenizer(String),
}

impl fmt::Display for EmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedError::Io(m) => write!(f, "embedding model i/o error: {m}"),
            EmbedError::Model(m) => write!(f, "embedding model error: {m}"),
            EmbedError::Tokenizer(m) => write!(f, "tokenizer error: {m}"),
        }
    }
}

impl std::error::Error for EmbedError {}

impl From<candle_core::Error> for EmbedError {
    fn from(e: candle_core::Error) -> Self {
        EmbedError::Model(e.to_string())
    }
}

/// A sentence-transformer loaded from a directory (config.json, tokenizer.json, model.safetensors).
///
/// `Send + Sync`: share it in an `Arc` and call [`Embedder::embed`] from
/// `tokio::task::spawn_blocking` (a forward pass is CPU-bound, tens of ms).
pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
    model_id: String,
    dimensions: usize,
    /// Max tokens per window, `[CLS]` and `[SEP]` included.
    max_seq_len: usize,
    max_windows: usize,
    cls_id: u32,
    sep_id: u32,
    pad_id: u32,
}

// Compile-time check of the thread-safety promise above.
const _: fn() = || {
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<Embedder>();
};

fn io_err(path: &Path, e: std::io::Error) -> EmbedError {
    EmbedError::Io(format!("{}: {e}", path.display()))
}

fn read_json(path: &Path) -> Result<serde_json::Value, EmbedError> {
    let text = std::fs::read_to_string(path).map_err(|e| io_err(path, e))?;
    serde_json::from_str(&text).map_err(|e| EmbedError::Model(format!("{}: {e}", path.display())))
}

impl Embedder {
    /// Loads the model from `dir`. Reads and hashes the ~90 MB weights once
    /// (about 0.1–0.3 s in a release build).
    pub fn load(dir: &Path) -> Result<Self, EmbedError> {
        // config.json
        let config_path = dir.join("config.json");
        let config_text =
            std::fs::read_to_string(&config_path).map_err(|e| io_err(&config_path, e))?;
        let config: Config = serde_json::from_str(&config_text)
            .map_err(|e| EmbedError::Model(format!("{}: {e}", config_path.display())))?;

        // Optional sentence-transformers metadata.
        let st_path = dir.join("sentence_bert_config.json");
        let mut max_seq_len = DEFAULT_MAX_SEQ_LEN;
        if st_path.is_file()
            && let Some(n) = read_json(&st_path)?
                .get("max_seq_length")
                .and_then(|v| v.as_u64())
        {
            max_seq_len = usize::try_from(n).unwrap_or(DEFAULT_MAX_SEQ_LEN);
        }
        let max_seq_len = max_seq_len.min(config.max_position_embeddings);
        if max_seq_len < 3 {
            return Err(EmbedError::Model(format!(
                "max_seq_length {max_seq_len} is too small"
            )));
        }
        let pooling_path = dir.join("1_Pooling").join("config.json");
        if pooling_path.is_file() {
            let pooling = read_json(&pooling_path)?;
            if pooling
                .get("pooling_mode_mean_tokens")
                .and_then(|v| v.as_bool())
                != Some(true)
            {
                return Err(EmbedError::Model(format!(
                    "{}: only mean pooling is supported",
                    pooling_path.display()
                )));
            }
        }

        // tokenizer.json — its stored truncation (128) and fixed padding (128)
        // are switched off: windowing and batch padding are done here.
        let tok_path = dir.join("tokenizer.json");
        if !tok_path.is_file() {
            return Err(EmbedError::Io(format!("{}: not found", tok_path.display())));
        }
        let mut tokenizer = Tokenizer::from_file(&tok_path)
            .map_err(|e| EmbedError::Tokenizer(format!("{}: {e}", tok_path.display())))?;
        tokenizer
            .with_truncation(None)
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(None);
        let special = |t: &str| {
            tokenizer
                .token_to_id(t)
                .ok_or_else(|| EmbedError::Tokenizer(format!("{t} is not in the vocabulary")))
        };
        let cls_id = special("[CLS]")?;
        let sep_id = special("[SEP]")?;
        let pad_id = special("[PAD]")?;

        // model.safetensors — read into memory (no mmap: it would need `unsafe`),
        // hashed for the model id, then handed to candle.
        let weights_path = dir.join("model.safetensors");
        let weights = std::fs::read(&weights_path).map_err(|e| io_err(&weights_path, e))?;
        let digest = Sha256::digest(&weights);
        let hash12: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| !n.is_empty())
            .unwrap_or("model");
        let model_id = format!("{name}/{hash12}");

        let device = Device::Cpu;
        let vb = VarBuilder::from_buffered_safetensors(weights, DTYPE, &device)?;
        let model = BertModel::load(vb, &config)?;

        Ok(Self {
            model,
            tokenizer,
            device,
            model_id,
            dimensions: config.hidden_size,
            max_seq_len,
            max_windows: DEFAULT_MAX_WINDOWS,
            cls_id,
            sep_id,
            pad_id,
        })
    }

    /// Sets the cap on windows per text (default 16); tokens beyond
    /// `max_windows * (max_seq_len - 2)` are ignored.
    pub fn with_max_windows(mut self, max_windows: usize) -> Self {
        self.max_windows = max_windows.max(1);
        self
    }

    /// `"<model dir name>/<first 12 hex of sha256(model.safetensors)>"`,
    /// e.g. `"all-MiniLM-L6-v2/53aa51172d14"`.
    pub fn model_id(&self) -> &str {
        &self.model_id
    }

    /// Embedding size (384 for all-MiniLM-L6-v2).
    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// Mean-pooled (attention-mask weighted), L2-normalized embedding of one text.
    ///
    /// Long texts are split into windows of at most `max_seq_len` tokens
    /// (`[CLS]`/`[SEP]` included), at most `max_windows` of them, embedded in
    /// one batched forward pass; the window embeddings are averaged weighted by
    /// their token counts and re-normalized.
    pub fn embed(&self, text: &str) -> Result<Vec<f32>, EmbedError> {
        let windows = self.windows(text)?;
        let n = windows.len();
        let seq_len = windows.iter().map(Vec::len).max().unwrap_or(2);

        let mut ids = Vec::with_capacity(n * seq_len);
        let mut mask = Vec::with_capacity(n * seq_len);
        for w in &windows {
            ids.extend_from_slice(w);
            ids.extend(std::iter::repeat_n(self.pad_id, seq_len - w.len()));
            mask.extend(std::iter::repeat_n(1u32, w.len()));
            mask.extend(std::iter::repeat_n(0u32, seq_len - w.len()));
        }
        let input_ids = Tensor::from_vec(ids, (n, seq_len), &self.device)?;
        let attention_mask = Tensor::from_vec(mask, (n, seq_len), &self.device)?;
        let token_type_ids = input_ids.zeros_like()?;

        // (n, seq_len, hidden)
        let hidden = self
            .model
            .forward(&input_ids, &token_type_ids, Some(&attention_mask))?;

        // Mean pooling over real tokens only.
        let mask_f = attention_mask.to_dtype(DTYPE)?.unsqueeze(2)?; // (n, seq_len, 1)
        let summed = hidden.broadcast_mul(&mask_f)?.sum(1)?; // (n, hidden)
        let counts = mask_f.sum(1)?; // (n, 1)
        let pooled = summed.broadcast_div(&counts)?;
        // Per-window L2 normalization (what sentence-transformers returns per window).
        let norms = pooled
            .sqr()?
            .sum_keepdim(D::Minus1)?
            .sqrt()?
            .clamp(1e-12f32, f32::MAX)?;
        let per_window = pooled
            .broadcast_div(&norms)?
            .to_dtype(DType::F32)?
            .to_vec2::<f32>()?;

        let mut out = vec![0f32; self.dimensions];
        for (w, v) in windows.iter().zip(&per_window) {
            // Token count of the window as weight (usize -> f32 is exact for <= 2^24).
            let weight = w.len() as f32;
            for (o, x) in out.iter_mut().zip(v) {
                *o += weight * x;
            }
        }
        normalize(&mut out);
        Ok(out)
    }

    /// Token-id windows (each `[CLS] .. [SEP]`, at most `max_seq_len` long) for `text`.
    fn windows(&self, text: &str) -> Result<Vec<Vec<u32>>, EmbedError> {
        let enc = self
            .tokenizer
            .encode(text, false)
            .map_err(|e| EmbedError::Tokenizer(e.to_string()))?;
        let ids = enc.get_ids();
        let tokens = enc.get_tokens();
        let per_window = self.max_seq_len - 2;
        let total = ids.len().min(per_window * self.max_windows);
        if total == 0 {
            return Ok(vec![vec![self.cls_id, self.sep_id]]);
        }
        // Balanced windows (e.g. 300 tokens -> 150 + 150, not 254 + 46), with
        // each boundary moved back to the start of a word where possible.
        let n = total.div_ceil(per_window);
        let mut windows = Vec::with_capacity(n);
        let mut start = 0;
        for i in 1..=n {
            let mut end = if i == n {
                total
            } else {
                (start + (total - start).div_ceil(n + 1 - i)).min(start + per_window)
            };
            if i < n {
                // Never shift so far that the remaining windows cannot hold the rest.
                let floor = end
                    .saturating_sub(MAX_BOUNDARY_SHIFT)
                    .max(start + 1)
                    .max(total.saturating_sub((n - i) * per_window));
                let mut e = end;
                while e > floor && tokens.get(e).is_some_and(|t| t.starts_with("##")) {
                    e -= 1;
                }
                if tokens.get(e).is_some_and(|t| !t.starts_with("##")) {
                    end = e;
                }
            }
            // Defensive: a window never exceeds `per_window` content tokens.
            let end = end.min(start + per_window);
            let mut w = Vec::with_capacity(end - start + 2);
            w.push(self.cls_id);
            w.extend_from_slice(&ids[start..end]);
            w.push(self.sep_id);
            windows.push(w);
            start = end;
        }
        Ok(windows)
    }
}

fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        for x in v.iter_mut() {
            *x /= norm;
        }
    }
}

/// Cosine similarity of two normalized vectors (dot product), clamped to [-1, 1].
/// Vectors of different lengths are compared on their common prefix.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    if dot.is_nan() {
        0.0
    } else {
        dot.clamp(-1.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::OnceLock;
    use std::time::Instant;

    const ENV: &str = "JOBS_MATCH_MODEL_DIR";

    fn model_dir() -> Option<PathBuf> {
        match std::env::var_os(ENV) {
            Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
            _ => {
                eprintln!("note: {ENV} is not set; skipping embedding-model test");
                None
            }
        }
    }

    /// One model per test binary (loading reads and hashes 90 MB).
    fn embedder() -> Option<&'static Embedder> {
        static E: OnceLock<Embedder> = OnceLock::new();
        let dir = model_dir()?;
        Some(E.get_or_init(|| match Embedder::load(&dir) {
            Ok(e) => e,
            Err(err) => panic!("loading model from {}: {err}", dir.display()),
        }))
    }

    fn norm(v: &[f32]) -> f32 {
        v.iter().map(|x| x * x).sum::<f32>().sqrt()
    }

    fn long_text(words: usize) -> String {
        const VOCAB: &[&str] = &[
            "experienced",
            "backend",
            "engineer",
            "designed",
            "implemented",
            "scalable",
            "microservices",
            "Rust",
            "Kubernetes",
            "PostgreSQL",
            "observability",
            "latency",
            "team",
            "mentored",
            "delivered",
            "pipelines",
            "distributed",
            "consensus",
            "storage",
            "customers",
            "reliability",
            "incident",
            "on-call",
            "architecture",
            "migrations",
            "Tokio",
            "gRPC",
            "throughput",
            "benchmarks",
            "profiling",
        ];
        (0..words)
            .map(|i| VOCAB[(i * 7 + i / 13) % VOCAB.len()])
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn cosine_is_clamped_dot() {
        assert!((cosine(&[1.0, 0.0], &[0.0, 1.0])).abs() < 1e-6);
        assert_eq!(cosine(&[1.0, 0.0], &[2.0, 0.0]), 1.0);
        assert_eq!(cosine(&[-1.0], &[2.0]), -1.0);
        assert_eq!(cosine(&[], &[]), 0.0);
    }

    #[test]
    fn missing_dir_is_io_error() {
        let r = Embedder::load(Path::new("/nonexistent/model/dir"));
        assert!(matches!(r, Err(EmbedError::Io(_))));
    }

    #[test]
    fn dimensions_and_norm() {
        let Some(e) = embedder() else { return };
        assert_eq!(e.dimensions(), 384);
        let v = e
            .embed("Senior Rust engineer building distributed systems")
            .unwrap();
        assert_eq!(v.len(), 384);
        assert!((norm(&v) - 1.0).abs() < 1e-4, "norm {}", norm(&v));
        let empty = e.embed("").unwrap();
        assert_eq!(empty.len(), 384);
        assert!((norm(&empty) - 1.0).abs() < 1e-4);
        assert!(e.model_id().contains('/'), "model_id {}", e.model_id());
        println!("model_id = {}", e.model_id());
    }

    #[test]
    fn tokenizer_matches_reference() {
        let Some(e) = embedder() else { return };
        // Ids from the Python `tokenizers` package (0.23.3) on the same tokenizer.json.
        let enc = e.tokenizer.encode("A man is eating food.", true).unwrap();
        assert_eq!(
            enc.get_ids(),
            &[101, 1037, 2158, 2003, 5983, 2833, 1012, 102]
        );
        let enc = e
            .tokenizer
            .encode(
                "Café naïve résumé — Kubernetes/K8s, C++ & Rust_lang 😀 東京",
                true,
            )
            .unwrap();
        assert_eq!(
            enc.get_ids(),
            &[
                101, 7668, 15743, 13746, 1517, 13970, 5677, 7159, 2229, 1013, 1047, 2620, 2015,
                1010, 1039, 1009, 1009, 1004, 18399, 1035, 11374, 100, 1879, 1755, 102
            ]
        );
    }

    #[test]
    fn semantic_sanity_and_reference_similarity() {
        let Some(e) = embedder() else { return };
        let rust = e
            .embed("Senior Rust engineer building distributed systems")
            .unwrap();
        let dev = e
            .embed("Software developer experienced in Rust, Kubernetes and backend services")
            .unwrap();
        let chef = e
            .embed("Pastry chef with ten years in French bakeries")
            .unwrap();
        let (near, far) = (cosine(&rust, &dev), cosine(&rust, &chef));
        println!("rust~dev {near:.4}, rust~chef {far:.4}");
        assert!(near > far + 0.2, "near {near} far {far}");

        // sentence-transformers gives 0.7553 for this pair with all-MiniLM-L6-v2
        // (an independent numpy implementation on the same files: 0.755337).
        let a = e.embed("A man is eating food.").unwrap();
        let b = e.embed("A man is eating a piece of bread.").unwrap();
        let sim = cosine(&a, &b);
        println!("reference pair similarity {sim:.6} (expected 0.7553)");
        assert!((sim - 0.7553).abs() < 0.03, "similarity {sim}");
    }

    #[test]
    fn long_text_uses_bounded_windows() {
        let Some(e) = embedder() else { return };
        let text = long_text(3000);
        let windows = e.windows(&text).unwrap();
        let tokens = e.tokenizer.encode(text.as_str(), false).unwrap().len();
        println!("3000 words -> {tokens} tokens -> {} windows", windows.len());
        assert!(windows.len() > 1 && windows.len() <= DEFAULT_MAX_WINDOWS);
        for w in &windows {
            assert!(w.len() <= 256 && w.len() > 2);
            assert_eq!(w.first(), Some(&e.cls_id));
            assert_eq!(w.last(), Some(&e.sep_id));
        }
        let v = e.embed(&text).unwrap();
        assert_eq!(v.len(), 384);
        assert!((norm(&v) - 1.0).abs() < 1e-4);
        assert!(v.iter().all(|x| x.is_finite()));

        // A text just over one window splits into two balanced windows, and
        // padding inside the batch does not change a window's embedding.
        let medium = long_text(300);
        let w2 = e.windows(&medium).unwrap();
        assert_eq!(
            w2.len(),
            2,
            "{:?}",
            w2.iter().map(Vec::len).collect::<Vec<_>>()
        );
        let short = "Pastry chef with ten years in French bakeries";
        let alone = e.embed(short).unwrap();
        let short_ids = e.windows(short).unwrap().remove(0);
        let (batched, _) = embed_ids_batch(e, &[short_ids, w2[0].clone()]);
        assert!(
            cosine(&alone, &batched[0]) > 0.9999,
            "padding leaked into pooling"
        );
    }

    /// Embeds pre-built windows in one batch; returns per-window normalized vectors.
    fn embed_ids_batch(e: &Embedder, windows: &[Vec<u32>]) -> (Vec<Vec<f32>>, usize) {
        let n = windows.len();
        let seq = windows.iter().map(Vec::len).max().unwrap();
        let mut ids = vec![];
        let mut mask = vec![];
        for w in windows {
            ids.extend(
                w.iter()
                    .copied()
                    .chain(std::iter::repeat_n(e.pad_id, seq - w.len())),
            );
            mask.extend((0..seq).map(|i| u32::from(i < w.len())));
        }
        let ids = Tensor::from_vec(ids, (n, seq), &e.device).unwrap();
        let mask = Tensor::from_vec(mask, (n, seq), &e.device).unwrap();
        let h = e
            .model
            .forward(&ids, &ids.zeros_like().unwrap(), Some(&mask))
            .unwrap();
        let m = mask.to_dtype(DTYPE).unwrap().unsqueeze(2).unwrap();
        let pooled = h
            .broadcast_mul(&m)
            .unwrap()
            .sum(1)
            .unwrap()
            .broadcast_div(&m.sum(1).unwrap())
            .unwrap();
        let mut rows = pooled.to_vec2::<f32>().unwrap();
        rows.iter_mut().for_each(|r| normalize(r));
        (rows, seq)
    }

    #[test]
    fn deterministic() {
        let Some(e) = embedder() else { return };
        let t = "Backend engineer, 8 years of Rust and Go, PostgreSQL, Kafka.";
        assert_eq!(e.embed(t).unwrap(), e.embed(t).unwrap());
        let long = long_text(1200);
        assert_eq!(e.embed(&long).unwrap(), e.embed(&long).unwrap());
    }

    /// `JOBS_MATCH_MODEL_DIR=... cargo test --release -- --ignored --nocapture throughput`
    /// Measures with candle's default threading in this process, then re-runs
    /// itself in a child process with `RAYON_NUM_THREADS=1` (candle reads the
    /// thread count from the environment; setting it here would need `unsafe`).
    #[test]
    #[ignore]
    fn throughput() {
        let Some(dir) = model_dir() else { return };
        let t0 = Instant::now();
        let e = Embedder::load(&dir).unwrap();
        let load_ms = t0.elapsed().as_secs_f64() * 1e3;
        let child = std::env::var_os("EMB_THROUGHPUT_CHILD").is_some();
        let threads = std::env::var("RAYON_NUM_THREADS").unwrap_or_else(|_| "default".into());

        let sentences = [
            "Senior Rust engineer building distributed systems",
            "Pastry chef with ten years in French bakeries",
            "Software developer experienced in Rust, Kubernetes and backend services",
            "A man is eating a piece of bread.",
        ];
        let cv = long_text(700);
        let cv_tokens = e.tokenizer.encode(cv.as_str(), false).unwrap().len();
        e.embed(sentences[0]).unwrap(); // warm-up
        e.embed(&cv).unwrap();

        let reps = 40;
        let t = Instant::now();
        for i in 0..reps {
            e.embed(sentences[i % sentences.len()]).unwrap();
        }
        let per_sentence = t.elapsed().as_secs_f64() * 1e3 / reps as f64;
        let reps_cv = 10;
        let t = Instant::now();
        for _ in 0..reps_cv {
            e.embed(&cv).unwrap();
        }
        let per_cv = t.elapsed().as_secs_f64() * 1e3 / reps_cv as f64;
        println!(
            "[threads={threads}] load {load_ms:.0} ms; {per_sentence:.1} ms/short sentence; \
             {per_cv:.1} ms/CV (700 words, {cv_tokens} tokens, {} windows)",
            e.windows(&cv).unwrap().len()
        );

        if !child {
            let exe = std::env::current_exe().unwrap();
            let out = std::process::Command::new(exe)
                .args([
                    "--ignored",
                    "--exact",
                    "--nocapture",
                    "embed::tests::throughput",
                ])
                .env("RAYON_NUM_THREADS", "1")
                .env("EMB_THROUGHPUT_CHILD", "1")
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            for line in stdout.lines().filter(|l| l.starts_with("[threads=")) {
                println!("{line}");
            }
            assert!(out.status.success(), "child run failed: {stdout}");
        }
    }
}
