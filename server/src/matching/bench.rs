//! `jobs-server bench-cv FORMAT PAGES COUNT`: how many CV files per second the reader gets
//! through, on synthetic CVs (`samples`), two at a time as the worker runs them — through the
//! child process the worker uses, and on threads of this process for comparison. One JSON line
//! on stdout (`scripts/bench-cv` makes the table).

use std::time::Instant;

use futures_util::StreamExt;

use super::extract::{Format, Limits};
use super::isolate::{self, Extractor, Reading};
use super::samples;

/// The worker's concurrency.
const AT_ONCE: usize = 2;

const SKILLS: &[&str] = &["Rust", "PostgreSQL", "Kubernetes", "Terraform", "Kafka"];

pub fn bench_main(args: &[String]) -> std::process::ExitCode {
    let format = args.first().and_then(|f| Format::parse(f));
    let pages = args.get(1).and_then(|p| p.parse::<usize>().ok());
    let count = args.get(2).and_then(|c| c.parse::<usize>().ok());
    let (Some(format), Some(pages), Some(count)) = (format, pages, count) else {
        eprintln!("usage: jobs-server bench-cv pdf|docx|odt PAGES COUNT");
        return std::process::ExitCode::from(2);
    };
    let files: Vec<Vec<u8>> = (0..count)
        .map(|i| {
            let text = samples::cv_text(i as u64, SKILLS, pages);
            let refs: Vec<&str> = text.iter().map(String::as_str).collect();
            match format {
                Format::Pdf => samples::pdf(&refs),
                Format::Docx => samples::docx(&refs),
                Format::Odt => samples::odt(&refs),
            }
        })
        .collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let Ok(runtime) = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    else {
        return std::process::ExitCode::FAILURE;
    };
    let child = Extractor::current();
    let (child_rate, child_ok) = runtime.block_on(rate(&child, format, &files));
    let (thread_rate, thread_ok) = runtime.block_on(rate(&Extractor::InProcess, format, &files));
    println!(
        "{}",
        serde_json::json!({
            "format": format.as_str(),
            "pages": pages,
            "files": count,
            "mean_kib": bytes as f64 / count.max(1) as f64 / 1024.0,
            "child_per_s": child_rate,
            "in_process_per_s": thread_rate,
            "read": child_ok.min(thread_ok),
        })
    );
    std::process::ExitCode::SUCCESS
}

/// Files per second, and how many were read.
async fn rate(extractor: &Extractor, format: Format, files: &[Vec<u8>]) -> (f64, usize) {
    let started = Instant::now();
    let read = futures_util::stream::iter(files.iter().cloned())
        .map(|file| {
            isolate::read(
                extractor,
                format,
                file,
                Limits::default(),
                std::time::Duration::from_secs(10),
            )
        })
        .buffer_unordered(AT_ONCE)
        .filter(|r| std::future::ready(matches!(r, Reading::Text { .. })))
        .count()
        .await;
    (files.len() as f64 / started.elapsed().as_secs_f64(), read)
}
