//! The shared budget: GCRA in one Redis script, atomic across all the request's policies, so
//! that every replica draws from the same counters and a request either passes every policy
//! or consumes none of them.

use fred::types::scripts::Script;

use super::{Check, Outcome};
use crate::redis::Redis;

/// KEYS: one per policy. ARGV: emission interval and window (µs) per key — microseconds, so a
/// quota above 1,000 per second keeps its sub-millisecond interval (Lua numbers are doubles:
/// exact to 2^53 µs, past the year 2200).
/// Returns: allowed (1/0), then per key: remaining, retry-after ms, reset ms.
const GCRA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local ok = 1
local out = {}
local tats = {}
for i = 1, #KEYS do
  local interval = tonumber(ARGV[2 * i - 1])
  local window = tonumber(ARGV[2 * i])
  local tat = tonumber(redis.call('GET', KEYS[i]) or now)
  if tat < now then tat = now end
  local new_tat = tat + interval
  local used = new_tat - now
  if used > window then
    ok = 0
    out[#out + 1] = 0
    out[#out + 1] = math.ceil((used - window) / 1000)
    out[#out + 1] = math.ceil((tat - now) / 1000)
  else
    out[#out + 1] = math.floor((window - used) / interval)
    out[#out + 1] = 0
    out[#out + 1] = math.ceil(used / 1000)
  end
  tats[i] = new_tat
end
if ok == 1 then
  for i = 1, #KEYS do
    redis.call('SET', KEYS[i], string.format('%.0f', tats[i]), 'PX',
               math.ceil(tonumber(ARGV[2 * i]) / 1000))
  end
end
table.insert(out, 1, ok)
return out
"#;

pub struct SharedLimiter {
    redis: Redis,
    script: Script,
}

impl SharedLimiter {
    pub fn new(redis: Redis) -> Self {
        Self {
            redis,
            script: Script::from_lua(GCRA),
        }
    }

    /// `None` when Redis did not answer (the caller falls back to in-process limits).
    pub async fn check(&self, checks: &[Check]) -> Option<Outcome> {
        let keys: Vec<String> = checks.iter().map(|c| c.key.clone()).collect();
        let mut args: Vec<String> = Vec::with_capacity(checks.len() * 2);
        for c in checks {
            let window = c.policy.quota.window.as_micros().max(1);
            let interval = (window / u128::from(c.policy.quota.limit)).max(1);
            args.push(interval.to_string());
            args.push(window.to_string());
        }
        let reply: Vec<i64> = self
            .script
            .evalsha_with_reload(&self.redis, keys, args)
            .await
            .ok()?;
        Outcome::from_reply(checks, &reply)
    }
}
