//! Reading a CV file in a child process: the parsers are bounded by construction where they
//! allow it (see `extract`), and the child adds what a thread cannot — a memory limit
//! (`RLIMIT_AS`), a CPU limit, and a kill when the time is up. A file that makes a parser loop
//! or allocate without end costs one short-lived process, never the server.
//!
//! The child is this same program (`jobs-server extract-cv <format>`): the file on stdin, one
//! JSON line on stdout (`{"text": …}` or `{"rejected": code, "reason": …}`).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::extract::{self, Format, Limits};

/// The hidden subcommand the child runs.
pub const CHILD_COMMAND: &str = "extract-cv";

/// The child's address-space limit: the parsers' own bounds stay far below it.
const CHILD_MEMORY_BYTES: u64 = 1024 * 1024 * 1024;

/// How a CV file is read.
#[derive(Debug, Clone)]
pub enum Extractor {
    /// In a child process of this program (the default).
    Process(PathBuf),
    /// On a blocking thread of this process: bounded in expanded size, not in memory or time
    /// beyond the parsers' own checks (tests of the parsers, and platforms without the child).
    InProcess,
}

impl Extractor {
    /// The child is the running program.
    pub fn current() -> Self {
        match std::env::current_exe() {
            Ok(path) => Extractor::Process(path),
            Err(_) => Extractor::InProcess,
        }
    }
}

/// What reading a file found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Reading {
    Text { text: String },
    Rejected { rejected: String, reason: String },
}

/// Reads `bytes` as `format` within `timeout`.
pub async fn read(
    extractor: &Extractor,
    format: Format,
    bytes: Vec<u8>,
    limits: Limits,
    timeout: Duration,
) -> Reading {
    match extractor {
        Extractor::InProcess => {
            let task = tokio::task::spawn_blocking(move || {
                outcome(extract::extract(format, &bytes, &limits))
            });
            match tokio::time::timeout(timeout, task).await {
                Ok(Ok(read)) => read,
                Ok(Err(_)) => rejected("malformed", "the file could not be parsed".into()),
                Err(_) => timed_out(timeout),
            }
        }
        Extractor::Process(program) => child(program, format, bytes, timeout).await,
    }
}

fn outcome(result: Result<String, extract::Rejection>) -> Reading {
    match result {
        Ok(text) => Reading::Text { text },
        Err(r) => rejected(r.code(), r.reason()),
    }
}

fn rejected(code: &str, reason: String) -> Reading {
    Reading::Rejected {
        rejected: code.to_string(),
        reason,
    }
}

fn timed_out(timeout: Duration) -> Reading {
    rejected(
        "timeout",
        format!(
            "reading the file took longer than {} ms",
            timeout.as_millis()
        ),
    )
}

async fn child(program: &PathBuf, format: Format, bytes: Vec<u8>, timeout: Duration) -> Reading {
    let spawned = tokio::process::Command::new(program)
        .arg(CHILD_COMMAND)
        .arg(format.as_str())
        .arg(timeout.as_secs().saturating_add(1).to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .env_clear()
        // mimalloc reserves 1 GiB of address space up front, which the child's address-space
        // limit would refuse (a segfault); small arenas keep it under the limit.
        .env("MIMALLOC_ARENA_RESERVE", "16MiB")
        .kill_on_drop(true)
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            tracing::warn!(error = %e, program = %program.display(), "the CV reader could not start");
            return rejected("failed", "the reader could not start".into());
        }
    };
    let (Some(mut stdin), Some(mut stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return rejected("failed", "the reader could not start".into());
    };
    let exchange = async move {
        // Written while the answer is read: a child that stops reading early cannot block us.
        let write = async move {
            let _ = stdin.write_all(&bytes).await;
            drop(stdin);
        };
        let mut out = Vec::new();
        let read = stdout.read_to_end(&mut out);
        let ((), read) = tokio::join!(write, read);
        read.map(|_| out)
    };
    let answer = tokio::time::timeout(timeout, exchange).await;
    let status = match answer {
        Ok(_) => tokio::time::timeout(Duration::from_secs(1), child.wait()).await,
        Err(_) => {
            let _ = child.kill().await;
            return timed_out(timeout);
        }
    };
    let out = match answer {
        Ok(Ok(out)) => out,
        _ => Vec::new(),
    };
    match serde_json::from_slice::<Reading>(&out) {
        Ok(read) => read,
        Err(_) => {
            let _ = child.kill().await;
            let killed = matches!(status, Ok(Ok(s)) if !s.success());
            rejected(
                "resources",
                if killed {
                    "reading the file took more memory or time than allowed".into()
                } else {
                    "the reader gave no answer".into()
                },
            )
        }
    }
}

/// The child's side: `jobs-server extract-cv <format> <cpu-seconds>`. Limits itself, reads
/// the file from stdin, prints one JSON line.
pub fn child_main(args: &[String]) -> std::process::ExitCode {
    let Some(format) = args.first().and_then(|f| Format::parse(f)) else {
        eprintln!("usage: jobs-server {CHILD_COMMAND} pdf|docx|odt [cpu-seconds]");
        return std::process::ExitCode::from(2);
    };
    let cpu = args
        .get(1)
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(10);
    // Best effort: where a limit cannot be set the parsers' own bounds remain.
    let _ = rlimit::setrlimit(rlimit::Resource::AS, CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES);
    let _ = rlimit::setrlimit(rlimit::Resource::CPU, cpu, cpu + 1);
    let limits = Limits::default();
    let mut bytes = Vec::new();
    let mut stdin = std::io::stdin()
        .lock()
        .take(limits.max_input_bytes as u64 + 1);
    let read = match stdin.read_to_end(&mut bytes) {
        Ok(_) => outcome(extract::extract(format, &bytes, &limits)),
        Err(_) => rejected("failed", "the file could not be read".into()),
    };
    let line = serde_json::to_string(&read).unwrap_or_else(|_| "{}".into());
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    std::process::ExitCode::SUCCESS
}
