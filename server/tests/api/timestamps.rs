//! The generated models write `date-time` members with `jobs_api::rfc3339` instead of chrono's
//! serde (which formats through `fmt` a fragment at a time): the text must be chrono's, byte
//! for byte, for every timestamp and fraction, leap seconds and years chrono writes itself.

use chrono::{DateTime, TimeZone, Utc};
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
    serde_json::to_string(t).unwrap()
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
    fn timestamps_are_written_as_chrono_writes_them(
        // From year -300 to 12000: chrono's own path outside 0..=9999.
        secs in -71_645_000_000i64..316_536_000_000i64,
        nano in nanos(),
    ) {
        if let Some(t) = Utc.timestamp_opt(secs, nano).single() {
            prop_assert_eq!(fast(&t), chrono(&t));
        }
    }
}

#[test]
fn optional_and_nullable_members_keep_their_shape() {
    let t = Utc.with_ymd_and_hms(2026, 12, 4, 9, 5, 7).unwrap();
    let text = |v: &dyn erased::Write| v.json();
    assert_eq!(text(&Some(t)), "\"2026-12-04T09:05:07Z\"");
    assert_eq!(text(&None::<DateTime<Utc>>), "null");
    assert_eq!(text(&Nullable::Present(t)), "\"2026-12-04T09:05:07Z\"");
    assert_eq!(text(&Nullable::<DateTime<Utc>>::Null), "null");
    assert_eq!(
        text(&Some(Nullable::Present(
            t + chrono::Duration::milliseconds(120)
        ))),
        "\"2026-12-04T09:05:07.120Z\""
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
