//! The funnel's fold: the outbox's application events after the checkpoint become one fact row
//! per application (see `domain::analytics::Facts`), written with the moved checkpoint in one
//! transaction: a fold run twice, or killed and rerun, counts nothing twice.

use std::collections::HashMap;

use uuid::Uuid;

use chrono::NaiveDate;

use crate::db::{AnalyticsStore, DbError, FunnelEvent, StageDay};
use crate::domain::analytics::{DayKey, DayTotals, Facts, Histogram};
use crate::domain::application::ApplicationStatus;

/// Folds up to `limit` events; returns how many were read (fewer than `limit`: caught up),
/// or `None` when another fold holds the checkpoint.
pub async fn fold(store: &AnalyticsStore, limit: usize) -> Result<Option<usize>, DbError> {
    let Some(mut round) = store.funnel_fold(limit).await? else {
        return Ok(None);
    };
    let events = std::mem::take(&mut round.events);
    let mut ids: Vec<(Uuid, Uuid)> = events
        .iter()
        .filter_map(|e| Some((e.employer_id, application_id(e)?)))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut facts: HashMap<(Uuid, Uuid), Facts> = round
        .facts(&ids)
        .await?
        .into_iter()
        .map(|f| ((f.employer_id, f.application_id), f))
        .collect();
    // As stored before this round: their shares of the employer's days are replaced.
    let before = facts.clone();
    let mut changed: Vec<(Uuid, Uuid)> = Vec::new();
    for event in &events {
        if let Some(key) = apply(&mut facts, event) {
            changed.push(key);
        }
    }
    changed.sort_unstable();
    changed.dedup();
    let rows: Vec<Facts> = changed.iter().filter_map(|k| facts.remove(k)).collect();
    // Each changed application's share of its employer's day: the old one out, the new in.
    let mut deltas: HashMap<DayKey, DayTotals> = HashMap::new();
    for row in &rows {
        if let Some(old) = before.get(&(row.employer_id, row.application_id)) {
            deltas.entry(old.day_key()).or_default().apply(old, -1);
        }
        deltas.entry(row.day_key()).or_default().apply(row, 1);
    }
    let keys: Vec<DayKey> = deltas.keys().cloned().collect();
    let mut days: HashMap<DayKey, DayTotals> =
        round.employer_days(&keys).await?.into_iter().collect();
    // Times in stages are kept per employer and day (not per source: fewer, larger histograms).
    let mut stage_keys: Vec<(Uuid, NaiveDate)> = keys.iter().map(|k| (k.0, k.1)).collect();
    stage_keys.sort_unstable();
    stage_keys.dedup();
    let mut stages: HashMap<(Uuid, NaiveDate), [Histogram; 5]> =
        round.stage_days(&stage_keys).await?.into_iter().collect();
    for (key, delta) in deltas {
        let histograms = stages.entry((key.0, key.1)).or_default();
        for (h, d) in histograms.iter_mut().zip(&delta.durations) {
            h.merge(d);
        }
        days.entry(key).or_default().counts_merge(&delta);
    }
    let days: Vec<(DayKey, DayTotals)> = days.into_iter().collect();
    let stages: Vec<StageDay> = stages.into_iter().collect();
    let last = events.last().map(|e| (e.tx_id, e.id));
    round.finish(&rows, &days, &stages, last).await?;
    if !events.is_empty() {
        metrics::counter!("jobs_analytics_events_folded_total").increment(events.len() as u64);
    }
    Ok(Some(events.len()))
}

fn application_id(event: &FunnelEvent) -> Option<Uuid> {
    event
        .payload
        .get("application_id")
        .and_then(|v| v.as_str())
        .and_then(|s| Uuid::parse_str(s).ok())
}

fn text<'a>(event: &'a FunnelEvent, key: &str) -> Option<&'a str> {
    event.payload.get(key).and_then(|v| v.as_str())
}

/// Applies one event; the key of the facts it changed.
fn apply(facts: &mut HashMap<(Uuid, Uuid), Facts>, event: &FunnelEvent) -> Option<(Uuid, Uuid)> {
    let key = (event.employer_id, application_id(event)?);
    match event.event_type.as_str() {
        "application.created" => {
            if facts.contains_key(&key) {
                return None;
            }
            let job_id = Uuid::parse_str(text(event, "job_id")?).ok()?;
            let status = text(event, "status")
                .and_then(ApplicationStatus::parse)
                .unwrap_or(ApplicationStatus::New);
            facts.insert(
                key,
                Facts::created(
                    key.0,
                    key.1,
                    job_id,
                    text(event, "source").unwrap_or("public"),
                    text(event, "utm_source").map(str::to_string),
                    status,
                    event.occurred_at,
                ),
            );
            Some(key)
        }
        "application.status.changed" => {
            let to = text(event, "to").and_then(ApplicationStatus::parse)?;
            let row = facts.get_mut(&key)?;
            row.moved(to, event.occurred_at);
            Some(key)
        }
        _ => None,
    }
}
