//! The shared budget: GCRA in one Redis script, atomic across all the request's policies, so
//! that every replica draws from the same counters and a request either passes every policy
//! or consumes none of them.

use fred::types::scripts::Script;

use super::{Check, Outcome};
use crate::redis::Redis;

/// KEYS: one per policy. ARGV per key: emission interval and window (µs) — microseconds, so a
/// quota above 1,000 per second keeps its sub-millisecond interval (Lua numbers are doubles:
/// exact to 2^53 µs, past the year 2200) — and the lease wanted (tokens, see `lease`): granted
/// only when at least twice as many are left after this request.
/// Returns: allowed (1/0), then per key: remaining (after the lease), retry-after ms, reset ms,
/// leased tokens.
const GCRA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local ok = 1
local tats = {}
for i = 1, #KEYS do
  local interval = tonumber(ARGV[3 * i - 2])
  local window = tonumber(ARGV[3 * i - 1])
  local tat = tonumber(redis.call('GET', KEYS[i]) or now)
  if tat < now then tat = now end
  tats[i] = tat
  if tat + interval - now > window then ok = 0 end
end
local out = {ok}
for i = 1, #KEYS do
  local interval = tonumber(ARGV[3 * i - 2])
  local window = tonumber(ARGV[3 * i - 1])
  local wanted = tonumber(ARGV[3 * i])
  local tat = tats[i]
  local used = tat + interval - now
  if ok == 1 then
    local left = math.floor((window - used) / interval)
    local lease = 0
    if wanted > 0 and left >= 2 * wanted then lease = wanted end
    local new_tat = tat + (1 + lease) * interval
    redis.call('SET', KEYS[i], string.format('%.0f', new_tat), 'PX', math.ceil(window / 1000))
    out[#out + 1] = left - lease
    out[#out + 1] = 0
    out[#out + 1] = math.ceil((new_tat - now) / 1000)
    out[#out + 1] = lease
  elseif used > window then
    out[#out + 1] = 0
    out[#out + 1] = math.ceil((used - window) / 1000)
    out[#out + 1] = math.ceil((tat - now) / 1000)
    out[#out + 1] = 0
  else
    out[#out + 1] = math.floor((window - used) / interval)
    out[#out + 1] = 0
    out[#out + 1] = math.ceil(used / 1000)
    out[#out + 1] = 0
  end
end
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

    /// The outcome and the tokens leased per check (`wanted`: what each may lease), or `None`
    /// when Redis did not answer (the caller falls back to in-process limits).
    pub async fn check(&self, checks: &[Check], wanted: &[u32]) -> Option<(Outcome, Vec<u32>)> {
        let keys: Vec<String> = checks.iter().map(|c| c.key.clone()).collect();
        let mut args: Vec<String> = Vec::with_capacity(checks.len() * 3);
        for (i, c) in checks.iter().enumerate() {
            let window = c.policy.quota.window.as_micros().max(1);
            let interval = (window / u128::from(c.policy.quota.limit)).max(1);
            args.push(interval.to_string());
            args.push(window.to_string());
            args.push(wanted.get(i).copied().unwrap_or(0).to_string());
        }
        let reply: Vec<i64> = self
            .script
            .evalsha_with_reload(&self.redis, keys, args)
            .await
            .ok()?;
        Outcome::from_reply(checks, &reply)
    }
}
