//! RSS 2.0 feed of published jobs: newest first, the job id as a permanent `guid`, and the
//! job's page (where applying starts) as the link.

use std::fmt::Write as _;

use crate::db::PublicJobRecord;
use crate::domain::html::{description_html, escape};

pub fn feed(jobs: &[PublicJobRecord], public_url: &str, employer_name: Option<&str>) -> String {
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
         <description>{}</description><language>en</language>",
        escape(&title),
        escape(&title),
        public = escape(public_url),
    );
    if let Some(newest) = jobs.first() {
        let _ = write!(
            out,
            "<lastBuildDate>{}</lastBuildDate>",
            newest.published_at.to_rfc2822()
        );
    }
    for job in jobs {
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
