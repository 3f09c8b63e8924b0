//! The generated models write `date-time` members with `jobs_api::rfc3339` instead of chrono's
//! serde (which formats through `fmt` a fragment at a time). Every timestamp has one shape,
//! microseconds always (PostgreSQL's precision): a time from the database and one from the
//! server's clock must not be told apart by their digits (the apply receipt depends on it). The
//! text must be chrono's `to_rfc3339_opts(Micros, true)`, byte for byte, for every timestamp
//! and fraction, leap seconds and years chrono writes itself.

use chrono::{DateTime, Datelike, SecondsFormat, TimeZone, Utc};
use jobs_api::rfc3339;
use jobs_api::types::Nullable;
use proptest::prelude::*;

fn fast(t: &DateTime<Utc>) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::new(&mut out);
    rfc3339::serialize(t, &mut ser).unwrap();
    String::from_utf8(out).unwrap()
}

fn chrono(t: &DateTime<Utc>) -> String {
    serde_json::to_string(&t.to_rfc3339_opts(SecondsFormat::Micros, true)).unwrap()
}

/// Nanoseconds in each shape chrono distinguishes: none, millis, micros, nanos, leap second.
fn nanos() -> impl Strategy<Value = u32> {
    prop_oneof![
        Just(0u32),
        (1u32..1000).prop_map(|m| m * 1_000_000),
        (1u32..1_000_000).prop_map(|u| u * 1_000),
        1u32..1_000_000_000,
        1_000_000_000u32..2_000_000_000,
    ]
}

proptest! {
    #[test]
    fn timestamps_are_written_with_microseconds_as_chrono_writes_them(
        // From year -300 to 12000: chrono's own path outside 0..=9999.
        secs in -71_645_000_000i64..316_536_000_000i64,
        nano in nanos(),
    ) {
        if let Some(t) = Utc.timestamp_opt(secs, nano).single() {
            let text = fast(&t);
            prop_assert_eq!(&text, &chrono(&t));
            if (0..=9999).contains(&t.year()) {
                // "YYYY-MM-DDTHH:MM:SS.ffffffZ" in quotes: one length for every time.
                prop_assert_eq!(text.len(), 29);
            }
        }
    }
}

#[test]
fn optional_and_nullable_members_keep_their_shape() {
    let t = Utc.with_ymd_and_hms(2026, 12, 4, 9, 5, 7).unwrap();
    let text = |v: &dyn erased::Write| v.json();
    assert_eq!(text(&Some(t)), "\"2026-12-04T09:05:07.000000Z\"");
    assert_eq!(text(&None::<DateTime<Utc>>), "null");
    assert_eq!(
        text(&Nullable::Present(t)),
        "\"2026-12-04T09:05:07.000000Z\""
    );
    assert_eq!(text(&Nullable::<DateTime<Utc>>::Null), "null");
    assert_eq!(
        text(&Some(Nullable::Present(
            t + chrono::Duration::milliseconds(120)
        ))),
        "\"2026-12-04T09:05:07.120000Z\""
    );
    // The server's clock has nanoseconds; they are truncated like PostgreSQL's.
    assert_eq!(
        text(&(t + chrono::Duration::nanoseconds(548_484_811))),
        "\"2026-12-04T09:05:07.548484Z\""
    );
    assert_eq!(text(&Some(Nullable::<DateTime<Utc>>::Null)), "null");
}

mod erased {
    use jobs_api::rfc3339::{self, Member};

    pub trait Write {
        fn json(&self) -> String;
    }

    impl<T: Member> Write for T {
        fn json(&self) -> String {
            let mut out = Vec::new();
            let mut ser = serde_json::Serializer::new(&mut out);
            rfc3339::serialize(self, &mut ser).unwrap();
            String::from_utf8(out).unwrap()
        }
    }
}
