//! Hiring analytics' rules: which visits count as views, where an application came from, and
//! how an application's way through the pipeline is folded into one fact row.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use uuid::Uuid;

use super::application::ApplicationStatus;

/// Substrings of user agents of crawlers, link previewers and uptime monitors (lowercase):
/// their reads of a job page are not views. People's browsers and API clients count.
const BOT_MARKERS: [&str; 16] = [
    "bot",
    "crawl",
    "spider",
    "slurp",
    "facebookexternalhit",
    "mediapartners",
    "adsbot",
    "bingpreview",
    "embedly",
    "quora link preview",
    "whatsapp",
    "skypeuripreview",
    "pingdom",
    "uptimerobot",
    "statuscake",
    "lighthouse",
];

/// Whether a user agent is a known bot (crawler, previewer, monitor).
pub fn is_bot(user_agent: &str) -> bool {
    let agent = user_agent.to_ascii_lowercase();
    BOT_MARKERS.iter().any(|m| agent.contains(m))
}

/// Where applications come from, as reports name them.
pub const SOURCES: [&str; 4] = ["careers_page", "widget", "public_api", "internal"];

/// The report's name for the `source` an `application.created` event carries.
pub fn report_source(event_source: &str) -> &'static str {
    match event_source {
        "careers_page" => "careers_page",
        "widget" => "widget",
        "internal" => "internal",
        // `public` (the public API) and anything older.
        _ => "public_api",
    }
}

/// The pipeline's stages after `new`, in order, then `rejected` (reports count each).
pub const STAGES: [ApplicationStatus; 5] = [
    ApplicationStatus::Screening,
    ApplicationStatus::Interview,
    ApplicationStatus::Offer,
    ApplicationStatus::Hired,
    ApplicationStatus::Rejected,
];

/// Stages an application spends time in (the final ones end its way).
pub const TIMED_STAGES: [ApplicationStatus; 4] = [
    ApplicationStatus::New,
    ApplicationStatus::Screening,
    ApplicationStatus::Interview,
    ApplicationStatus::Offer,
];

/// One application's way through the pipeline: when it reached each stage, and how long it
/// spent in each stage it has left.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    pub employer_id: Uuid,
    pub application_id: Uuid,
    pub job_id: Uuid,
    pub source: String,
    pub utm_source: Option<String>,
    pub applied_at: DateTime<Utc>,
    pub status: ApplicationStatus,
    pub stage_entered_at: DateTime<Utc>,
    /// First reached: screening, interview, offer, hired, rejected (as [`STAGES`]).
    pub reached: [Option<DateTime<Utc>>; 5],
    /// Seconds spent: new, screening, interview, offer (as [`TIMED_STAGES`]).
    pub seconds: [Option<f64>; 4],
}

impl Facts {
    /// An application as it was created.
    #[allow(clippy::too_many_arguments)]
    pub fn created(
        employer_id: Uuid,
        application_id: Uuid,
        job_id: Uuid,
        source: &str,
        utm_source: Option<String>,
        status: ApplicationStatus,
        at: DateTime<Utc>,
    ) -> Self {
        let mut facts = Facts {
            employer_id,
            application_id,
            job_id,
            source: report_source(source).to_string(),
            utm_source: utm_source.filter(|u| !u.trim().is_empty()),
            applied_at: at,
            status: ApplicationStatus::New,
            stage_entered_at: at,
            reached: [None; 5],
            seconds: [None; 4],
        };
        // An application created past `new` (an internal one, say) reached its stage then.
        if status != ApplicationStatus::New {
            facts.status = status;
            facts.mark_reached(status, at);
        }
        facts
    }

    /// A move from the current stage to `to` at `at`: the time in the stage left is added to
    /// it, and `to` is reached (the first time counts). A move older than the stage's start
    /// (events are folded in commit order, so only clock skew does this) counts zero time.
    pub fn moved(&mut self, to: ApplicationStatus, at: DateTime<Utc>) {
        if let Some(slot) = TIMED_STAGES.iter().position(|s| *s == self.status) {
            let spent = (at - self.stage_entered_at).num_milliseconds().max(0) as f64 / 1000.0;
            self.seconds[slot] = Some(self.seconds[slot].unwrap_or(0.0) + spent);
        }
        self.status = to;
        self.stage_entered_at = at;
        self.mark_reached(to, at);
    }

    fn mark_reached(&mut self, stage: ApplicationStatus, at: DateTime<Utc>) {
        if let Some(slot) = STAGES.iter().position(|s| *s == stage) {
            self.reached[slot].get_or_insert(at);
        }
    }
}

/// The periods a report's series is cut into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Day,
    Week,
    Month,
}

impl Interval {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "day" => Some(Interval::Day),
            "week" => Some(Interval::Week),
            "month" => Some(Interval::Month),
            _ => None,
        }
    }

    /// PostgreSQL's `date_trunc` field (weeks start on Monday, ISO 8601).
    pub fn as_str(self) -> &'static str {
        match self {
            Interval::Day => "day",
            Interval::Week => "week",
            Interval::Month => "month",
        }
    }
}

/// The start of the period of `interval` holding `day` (weeks start on Monday).
pub fn period_start(day: NaiveDate, interval: Interval) -> NaiveDate {
    match interval {
        Interval::Day => day,
        Interval::Week => day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday())),
        Interval::Month => day.with_day(1).unwrap_or(day),
    }
}

/// Every period's start from the one holding `from` to the one holding `to`.
pub fn periods(from: NaiveDate, to: NaiveDate, interval: Interval) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut at = period_start(from, interval);
    while at <= to {
        out.push(at);
        at = match interval {
            Interval::Day => at + chrono::Days::new(1),
            Interval::Week => at + chrono::Days::new(7),
            Interval::Month => at + chrono::Months::new(1),
        };
    }
    out
}

/// A histogram of durations in seconds: bucket 0 holds durations under a second, bucket `b`
/// those from 1.01^(b-1) to 1.01^b seconds, so a quantile read from it is within 1 % of the
/// exact one. Kept per employer and day, it makes medians over any number of applications
/// cost a walk over a few hundred buckets.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Histogram(pub std::collections::BTreeMap<u32, i64>);

const BUCKET_BASE: f64 = 1.01;

impl Histogram {
    pub fn bucket(seconds: f64) -> u32 {
        if seconds.is_nan() || seconds < 1.0 {
            0
        } else {
            1 + (seconds.ln() / BUCKET_BASE.ln()).floor().min(1e6) as u32
        }
    }

    /// The duration a bucket stands for: its geometric middle (0 for bucket 0).
    pub fn value(bucket: u32) -> f64 {
        if bucket == 0 {
            0.0
        } else {
            BUCKET_BASE.powf(f64::from(bucket) - 0.5)
        }
    }

    /// Adds `n` durations of `seconds` (a negative `n` takes them away).
    pub fn add(&mut self, seconds: f64, n: i64) {
        let slot = self.0.entry(Self::bucket(seconds)).or_default();
        *slot += n;
        if *slot == 0 {
            self.0.retain(|_, c| *c != 0);
        }
    }

    pub fn merge(&mut self, other: &Histogram) {
        for (bucket, n) in &other.0 {
            *self.0.entry(*bucket).or_default() += n;
        }
        self.0.retain(|_, c| *c != 0);
    }

    pub fn count(&self) -> i64 {
        self.0.values().filter(|c| **c > 0).sum()
    }

    /// The quantile `q` as `percentile_cont` computes it, over the buckets' values.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        let n = self.count();
        if n == 0 {
            return None;
        }
        let rank = q.clamp(0.0, 1.0) * (n - 1) as f64;
        let (low, high) = (rank.floor() as i64, rank.ceil() as i64);
        let at = |k: i64| {
            let mut seen = 0;
            for (bucket, c) in &self.0 {
                if *c <= 0 {
                    continue;
                }
                seen += c;
                if k < seen {
                    return Self::value(*bucket);
                }
            }
            0.0
        };
        let (a, b) = (at(low), at(high));
        Some(a + (b - a) * (rank - low as f64))
    }
}

/// What one application adds to its employer's day: counts (applications, then each stage of
/// [`STAGES`], then offers accepted) and durations per stage left and to hire.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayTotals {
    pub counts: [i64; 7],
    /// `new`, `screening`, `interview`, `offer`, `hire`.
    pub durations: [Histogram; 5],
}

/// Names of [`DayTotals::durations`], as stored.
pub const DURATION_NAMES: [&str; 5] = ["new", "screening", "interview", "offer", "hire"];

/// The employer-wide day an application counts in: (employer, day made, source, campaign).
pub type DayKey = (Uuid, NaiveDate, String, String);

impl DayTotals {
    /// Adds (`sign` 1) or takes away (`sign` -1) an application's share.
    pub fn apply(&mut self, f: &Facts, sign: i64) {
        self.counts[0] += sign;
        for (i, reached) in f.reached.iter().enumerate() {
            if reached.is_some() {
                self.counts[1 + i] += sign;
            }
        }
        if f.reached[2].is_some() && f.reached[3].is_some() {
            self.counts[6] += sign;
        }
        for (i, seconds) in f.seconds.iter().enumerate() {
            if let Some(s) = seconds {
                self.durations[i].add(*s, sign);
            }
        }
        if let Some(hired) = f.reached[3] {
            let s = (hired - f.applied_at).num_milliseconds().max(0) as f64 / 1000.0;
            self.durations[4].add(s, sign);
        }
    }

    /// Adds `other`'s counts only.
    pub fn counts_merge(&mut self, other: &DayTotals) {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a += b;
        }
    }

    pub fn merge(&mut self, other: &DayTotals) {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a += b;
        }
        for (a, b) in self.durations.iter_mut().zip(&other.durations) {
            a.merge(b);
        }
    }
}

impl Facts {
    /// The employer-wide day this application counts in.
    pub fn day_key(&self) -> DayKey {
        (
            self.employer_id,
            self.applied_at.date_naive(),
            self.source.clone(),
            self.utm_source.clone().unwrap_or_default(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0).unwrap()
    }

    #[test]
    fn crawlers_are_bots_and_browsers_are_not() {
        assert!(is_bot(
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        ));
        assert!(is_bot("facebookexternalhit/1.1"));
        assert!(is_bot("Slackbot-LinkExpanding 1.0"));
        assert!(!is_bot(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
        ));
        assert!(!is_bot("curl/8.5.0"));
    }

    #[test]
    fn a_way_through_the_pipeline_adds_up() {
        let id = Uuid::nil();
        let mut f = Facts::created(id, id, id, "public", None, ApplicationStatus::New, at(0));
        assert_eq!(f.source, "public_api");
        f.moved(ApplicationStatus::Screening, at(2));
        f.moved(ApplicationStatus::Interview, at(5));
        f.moved(ApplicationStatus::Rejected, at(6));
        assert_eq!(f.seconds, [Some(7200.0), Some(10800.0), Some(3600.0), None]);
        assert_eq!(
            f.reached,
            [Some(at(2)), Some(at(5)), None, None, Some(at(6))]
        );
        assert_eq!(f.status, ApplicationStatus::Rejected);
    }

    #[test]
    fn periods_cover_the_range_with_empty_ones() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(periods(d(11, 30), d(12, 2), Interval::Day).len(), 3);
        // 2026-11-30 is a Monday; 12-07 the next.
        assert_eq!(
            periods(d(12, 1), d(12, 7), Interval::Week),
            vec![d(11, 30), d(12, 7)]
        );
        assert_eq!(
            periods(d(10, 15), d(12, 1), Interval::Month),
            vec![d(10, 1), d(11, 1), d(12, 1)]
        );
    }

    #[test]
    fn histogram_quantiles_are_within_one_percent_of_percentile_cont() {
        let values: Vec<f64> = (1..=500).map(|i| (i * i) as f64 * 37.0).collect();
        let mut h = Histogram::default();
        for v in &values {
            h.add(*v, 1);
        }
        for q in [0.5, 0.9] {
            let rank = q * (values.len() - 1) as f64;
            let (lo, hi) = (values[rank.floor() as usize], values[rank.ceil() as usize]);
            let exact = lo + (hi - lo) * (rank - rank.floor());
            let got = h.quantile(q).unwrap();
            assert!((got - exact).abs() / exact < 0.01, "q{q}: {got} vs {exact}");
        }
        // Taking every value away leaves nothing.
        for v in &values {
            h.add(*v, -1);
        }
        assert_eq!(h.quantile(0.5), None);
        assert!(h.0.is_empty());
    }

    #[test]
    fn an_applications_share_comes_and_goes() {
        let id = Uuid::nil();
        let before = Facts::created(id, id, id, "widget", None, ApplicationStatus::New, at(0));
        let mut after = before.clone();
        after.moved(ApplicationStatus::Screening, at(1));
        let mut day = DayTotals::default();
        day.apply(&before, 1);
        // The move: the old share out, the new one in.
        day.apply(&before, -1);
        day.apply(&after, 1);
        assert_eq!(day.counts, [1, 1, 0, 0, 0, 0, 0]);
        assert_eq!(
            day.durations[0].quantile(0.5).map(|v| (v / 3600.0).round()),
            Some(1.0)
        );
    }
}
