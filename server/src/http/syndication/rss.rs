//! RSS 2.0 feed of published jobs: newest first, the job id as a permanent `guid`, and the
//! job's page (where applying starts) as the link.

use std::fmt::Write as _;

use uuid::Uuid;

use crate::db::PublicJobRecord;
use crate::domain::html::{description_html, escape};
use crate::domain::translation;
use crate::http::languages::Reader;

/// The feed; with `lang`, each job in that language where it has it. The channel's `language`
/// is `lang` (else the language most of its jobs are written in), and it links the feed in
/// every other language its jobs are available in.
pub fn feed(
    mut jobs: Vec<PublicJobRecord>,
    public_url: &str,
    employer_name: Option<&str>,
    employer_id: Option<Uuid>,
    reader: &Reader,
) -> String {
    let mut languages: Vec<String> = Vec::new();
    let mut own: Vec<(String, usize)> = Vec::new();
    for job in &mut jobs {
        for tag in translation::available(&job.fields) {
            if !languages.contains(&tag) {
                languages.push(tag);
            }
        }
        match own.iter_mut().find(|(tag, _)| *tag == job.fields.locale) {
            Some((_, n)) => *n += 1,
            None => own.push((job.fields.locale.clone(), 1)),
        }
        reader.localize(&mut job.fields);
    }
    languages.sort();
    // `lang` when some job of the feed is in it; else the language most of its jobs are in.
    let channel_language = reader
        .lang
        .clone()
        .filter(|l| languages.contains(l))
        .unwrap_or_else(|| {
            own.iter().max_by_key(|(_, n)| *n).map_or_else(
                || crate::domain::locale::DEFAULT.to_string(),
                |(t, _)| t.clone(),
            )
        });
    let title = match employer_name {
        Some(name) => format!("Jobs at {name}"),
        None => "Published jobs".to_string(),
    };
    let mut out = String::with_capacity(1024 + jobs.len() * 1024);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
    let _ = write!(
        out,
        "<title>{}</title><link>{public}/v1/public/jobs</link>\
         <description>{}</description><language>{}</language>",
        escape(&title),
        escape(&title),
        escape(&channel_language),
        public = escape(public_url),
    );
    let feed_url = match employer_id {
        Some(id) => format!("{public_url}/v1/public/jobs/feed?employer_id={id}&lang="),
        None => format!("{public_url}/v1/public/jobs/feed?lang="),
    };
    for tag in languages.iter().filter(|t| **t != channel_language) {
        let _ = write!(
            out,
            "<atom:link rel=\"alternate\" type=\"application/rss+xml\" hreflang=\"{tag}\" \
             href=\"{}\"/>",
            escape(&format!("{feed_url}{tag}")),
            tag = escape(tag),
        );
    }
    if let Some(newest) = jobs.first() {
        let _ = write!(
            out,
            "<lastBuildDate>{}</lastBuildDate>",
            newest.published_at.to_rfc2822()
        );
    }
    for job in &jobs {
        let link = format!("{public_url}/v1/public/jobs/{}", job.id);
        let f = &job.fields;
        let _ = write!(
            out,
            "<item><title>{}</title><link>{}</link><guid isPermaLink=\"false\">{}</guid>\
             <pubDate>{}</pubDate><description>{}</description>",
            escape(&f.title),
            escape(&link),
            job.id,
            job.published_at.to_rfc2822(),
            escape(&description_html(&f.description, f.description_format)),
        );
        // RSS's author is an e-mail address; the employer is named as a category instead.
        let _ = write!(out, "<category>{}</category>", escape(&job.employer.name));
        if let Some(place) = &f.location {
            let _ = write!(out, "<category>{}</category>", escape(place));
        }
        let _ = write!(
            out,
            "<comments>{}</comments></item>",
            escape(&format!("{link}/apply"))
        );
    }
    out.push_str("</channel></rss>\n");
    out
}
