//! A queued message as MIME: From, To, a Message-ID fixed when it was queued, RFC 8058
//! one-click unsubscribe headers, `Auto-Submitted`, and the text and HTML parts.

use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};

use crate::db::LeasedMail;
use crate::domain::notification::header_text;

/// Builds the MIME message; `Err` when an address does not parse (never worth retrying).
pub fn build(from: &Mailbox, mail: &LeasedMail) -> Result<Message, String> {
    let address = mail
        .to_address
        .parse()
        .map_err(|e| format!("the recipient's address does not parse: {e}"))?;
    // Names are header text whatever they contain: lettre encodes them, and no line break
    // survives to start a header of its own.
    let to_name = mail
        .to_name
        .as_deref()
        .map(|n| header_text(n, 200))
        .filter(|n| !n.is_empty());
    let mut builder = Message::builder()
        .from(from.clone())
        .to(Mailbox::new(to_name, address))
        .subject(header_text(&mail.subject, 250))
        .message_id(Some(mail.message_id.clone()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".to_string(),
        ));
    if let Some(url) = &mail.unsubscribe_url {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_string(),
            ));
    }
    if !mail.locale.is_empty() {
        builder = builder.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            header_text(&mail.locale, 35),
        ));
    }
    let built = match &mail.html_body {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            mail.text_body.clone(),
            html.clone(),
        )),
        None => builder.singlepart(SinglePart::plain(mail.text_body.clone())),
    };
    built.map_err(|e| format!("the message does not build: {e}"))
}
