//! Redis (through fred) is optional: shared rate-limit budgets use it when it answers, and the
//! API keeps serving with in-process fallbacks when it does not.

use std::time::Duration;

use fred::prelude::{Builder, ClientLike, Config as RedisConfig, ReconnectPolicy};

pub type Redis = fred::clients::Client;

/// Connects with a short wait. An unreachable Redis is a warning, not an error: the client keeps
/// reconnecting in the background. `None` only when the URL itself is unusable.
pub async fn connect(url: &str, wait: Duration) -> Option<Redis> {
    let config = match RedisConfig::from_url(url) {
        // Fail commands at once while disconnected instead of queueing them: callers have
        // in-process fallbacks and must not wait for a reconnect.
        Ok(config) => RedisConfig {
            fail_fast: true,
            ..config
        },
        Err(_) => {
            tracing::warn!("JOBS_REDIS_URL is not a valid redis:// URL; continuing without Redis");
            return None;
        }
    };
    let client = match Builder::from_config(config)
        .with_connection_config(|c| {
            c.connection_timeout = wait;
        })
        .with_performance_config(|p| {
            p.default_command_timeout = wait;
        })
        .set_policy(ReconnectPolicy::new_exponential(0, 100, 30_000, 2))
        .build()
    {
        Ok(client) => client,
        Err(_) => {
            tracing::warn!("could not configure the Redis client; continuing without Redis");
            return None;
        }
    };
    let _connection_task = client.connect();
    match tokio::time::timeout(wait, client.wait_for_connect()).await {
        Ok(Ok(())) => tracing::info!("connected to Redis"),
        _ => tracing::warn!(
            "Redis is not reachable; continuing with in-process fallbacks and retrying in the background"
        ),
    }
    Some(client)
}

/// Whether Redis answers a PING within `timeout`.
pub async fn ping(client: &Redis, timeout: Duration) -> bool {
    matches!(
        tokio::time::timeout(timeout, client.ping::<String>(None)).await,
        Ok(Ok(_))
    )
}
