//! The counters in Redis, shared by the replicas:
//! - `{prefix}views`: a hash of live view counts, field `employer|job|hour` (Unix seconds);
//! - `{prefix}uv:{day}|{employer}|{job}`: the day's HyperLogLog of visitor hashes, and
//!   `{prefix}touched:{day}`: which of them exist (both expire after three days);
//! - `{prefix}salt:{day}`: the day's salt, expiring an hour after the day ends;
//! - `{prefix}push:{id}`: a batch a process sent (for a day), so that one sent again is added once.
//!
//! Folding is exactly once: a fold renames the live hash to `{prefix}fold:{id}` and lists `id`
//! in `{prefix}folds` in one script; the fold's rows are added to PostgreSQL in a transaction
//! that records `id`; only then is the renamed hash deleted. A fold that stopped between the
//! two is found in `{prefix}folds` by the next one, and PostgreSQL says whether it was added.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use fred::prelude::HashesInterface;
use fred::types::scripts::Script;
use uuid::Uuid;

use super::views::Pending;
use crate::db::{ViewCount, VisitorCount};
use crate::redis::Redis;

/// Seconds the day's HyperLogLogs and their list are kept.
const VISITORS_TTL_SECS: i64 = 3 * 86_400;

/// Visitor hashes per PFADD (Lua's stack bounds one call's arguments).
const PFADD_CHUNK: usize = 1_000;

const PUSH: &str = r#"
local p = ARGV[1]
-- A batch sent again (its first attempt was not answered) is added once.
if not redis.call('SET', p .. 'push:' .. ARGV[4], '1', 'NX', 'EX', 86400) then return 0 end
local ttl = tonumber(ARGV[2])
local n = tonumber(ARGV[3])
local i = 5
for _ = 1, n do
  redis.call('HINCRBY', p .. 'views', ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i <= #ARGV do
  local group, day, m = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  i = i + 3
  local key = p .. 'uv:' .. group
  redis.call('PFADD', key, unpack(ARGV, i, i + m - 1))
  redis.call('EXPIRE', key, ttl)
  local touched = p .. 'touched:' .. day
  redis.call('SADD', touched, group)
  redis.call('EXPIRE', touched, ttl)
  i = i + m
end
return 1
"#;

const FOLD: &str = r#"
local p = ARGV[1]
if redis.call('EXISTS', p .. 'views') == 1 then
  redis.call('RENAME', p .. 'views', p .. 'fold:' .. ARGV[2])
  redis.call('SADD', p .. 'folds', ARGV[2])
end
return redis.call('SMEMBERS', p .. 'folds')
"#;

const FOLDED: &str = r#"
redis.call('DEL', ARGV[1] .. 'fold:' .. ARGV[2])
redis.call('SREM', ARGV[1] .. 'folds', ARGV[2])
return 1
"#;

const VISITORS: &str = r#"
local out = {}
for i = 2, #ARGV do
  local groups = redis.call('SMEMBERS', ARGV[1] .. 'touched:' .. ARGV[i])
  for _, g in ipairs(groups) do
    out[#out + 1] = g
    out[#out + 1] = tostring(redis.call('PFCOUNT', ARGV[1] .. 'uv:' .. g))
  end
end
return out
"#;

const SALT: &str = r#"
local s = redis.call('GET', ARGV[1])
if s then return s end
redis.call('SET', ARGV[1], ARGV[2], 'EX', ARGV[3])
return ARGV[2]
"#;

/// A fold of the live view counters, taken from Redis and not yet marked done.
pub struct TakenFold {
    pub id: Uuid,
    pub counts: Vec<ViewCount>,
}

pub struct RedisCounters {
    redis: Redis,
    prefix: String,
    push: Script,
    fold: Script,
    folded: Script,
    visitors: Script,
    salt: Script,
}

#[derive(Debug, thiserror::Error)]
#[error("Redis: {0}")]
pub struct CounterError(String);

impl From<fred::error::Error> for CounterError {
    fn from(e: fred::error::Error) -> Self {
        CounterError(e.to_string())
    }
}

impl RedisCounters {
    pub fn new(redis: Redis, prefix: &str) -> Self {
        Self {
            redis,
            prefix: prefix.to_string(),
            push: Script::from_lua(PUSH),
            fold: Script::from_lua(FOLD),
            folded: Script::from_lua(FOLDED),
            visitors: Script::from_lua(VISITORS),
            salt: Script::from_lua(SALT),
        }
    }

    /// Adds a batch of a process's counts to the live counters and the day's HyperLogLogs, in
    /// one script, once per batch `id`.
    pub async fn push(&self, id: Uuid, pending: &Pending) -> Result<(), CounterError> {
        let mut args: Vec<String> = vec![
            self.prefix.clone(),
            VISITORS_TTL_SECS.to_string(),
            pending.views.len().to_string(),
            id.to_string(),
        ];
        for (&(employer, job, hour), &n) in &pending.views {
            args.push(format!("{employer}|{job}|{}", hour.timestamp()));
            args.push(n.to_string());
        }
        for (&(employer, job, day), hashes) in &pending.visitors {
            let hashes: Vec<String> = hashes.iter().map(|h| format!("{h:016x}")).collect();
            for chunk in hashes.chunks(PFADD_CHUNK) {
                args.push(format!("{day}|{employer}|{job}"));
                args.push(day.to_string());
                args.push(chunk.len().to_string());
                args.extend(chunk.iter().cloned());
            }
        }
        let _: i64 = self
            .push
            .evalsha_with_reload(&self.redis, Vec::<String>::new(), args)
            .await?;
        Ok(())
    }

    /// Renames the live counters to a new fold, and returns every fold not yet marked done
    /// (the new one, and any a stopped fold left).
    pub async fn take_folds(&self) -> Result<Vec<TakenFold>, CounterError> {
        let id = Uuid::new_v4();
        let ids: Vec<String> = self
            .fold
            .evalsha_with_reload(
                &self.redis,
                Vec::<String>::new(),
                vec![self.prefix.clone(), id.to_string()],
            )
            .await?;
        let mut folds = Vec::with_capacity(ids.len());
        for id in ids {
            let Ok(uuid) = Uuid::parse_str(&id) else {
                continue;
            };
            let fields: HashMap<String, i64> = self
                .redis
                .hgetall(format!("{}fold:{id}", self.prefix))
                .await?;
            let counts = fields
                .into_iter()
                .filter_map(|(field, views)| parse_view_field(&field, views))
                .collect();
            folds.push(TakenFold { id: uuid, counts });
        }
        Ok(folds)
    }

    /// Marks a fold done (its rows are in PostgreSQL).
    pub async fn folded(&self, id: Uuid) -> Result<(), CounterError> {
        let _: i64 = self
            .folded
            .evalsha_with_reload(
                &self.redis,
                Vec::<String>::new(),
                vec![self.prefix.clone(), id.to_string()],
            )
            .await?;
        Ok(())
    }

    /// The unique visitors so far of every job seen on these days.
    pub async fn visitors(&self, days: &[NaiveDate]) -> Result<Vec<VisitorCount>, CounterError> {
        let mut args = vec![self.prefix.clone()];
        args.extend(days.iter().map(|d| d.to_string()));
        let reply: Vec<String> = self
            .visitors
            .evalsha_with_reload(&self.redis, Vec::<String>::new(), args)
            .await?;
        Ok(reply
            .chunks(2)
            .filter_map(|pair| match pair {
                [group, n] => parse_visitor_group(group, n.parse().ok()?),
                _ => None,
            })
            .collect())
    }

    /// The day's salt, shared by every replica (set by the first to ask).
    pub async fn salt(&self, day: NaiveDate) -> Result<[u8; 32], CounterError> {
        let mut fresh = [0u8; 32];
        rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut fresh);
        let end_of_day = (day + chrono::Days::new(1))
            .and_hms_opt(1, 0, 0)
            .map_or(Utc::now(), |t| t.and_utc());
        let ttl = (end_of_day - Utc::now()).num_seconds().max(60);
        let stored: String = self
            .salt
            .evalsha_with_reload(
                &self.redis,
                Vec::<String>::new(),
                vec![
                    format!("{}salt:{day}", self.prefix),
                    crate::hex::encode(&fresh),
                    ttl.to_string(),
                ],
            )
            .await?;
        decode_salt(&stored)
            .ok_or_else(|| CounterError("the stored salt is not 32 hex bytes".into()))
    }
}

fn decode_salt(hex: &str) -> Option<[u8; 32]> {
    let mut salt = [0u8; 32];
    if hex.len() != 64 {
        return None;
    }
    for (i, byte) in salt.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(salt)
}

fn parse_view_field(field: &str, views: i64) -> Option<ViewCount> {
    let mut parts = field.split('|');
    let employer_id = Uuid::parse_str(parts.next()?).ok()?;
    let job_id = Uuid::parse_str(parts.next()?).ok()?;
    let hour: i64 = parts.next()?.parse().ok()?;
    Some(ViewCount {
        employer_id,
        job_id,
        hour: DateTime::<Utc>::from_timestamp(hour, 0)?,
        views,
    })
}

fn parse_visitor_group(group: &str, visitors: i64) -> Option<VisitorCount> {
    let mut parts = group.split('|');
    let day = parts.next()?.parse().ok()?;
    let employer_id = Uuid::parse_str(parts.next()?).ok()?;
    let job_id = Uuid::parse_str(parts.next()?).ok()?;
    Some(VisitorCount {
        employer_id,
        job_id,
        day,
        visitors,
    })
}
