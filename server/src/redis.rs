//! Redis (through fred) is optional: shared rate-limit budgets use it when it answers, and the
//! API keeps serving with in-process fallbacks when it does not.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use fred::prelude::{Builder, ClientLike, Config as RedisConfig, ReconnectPolicy};

pub type Redis = fred::clients::Client;

/// Connects with a short wait. An unreachable Redis is a warning, not an error: the client keeps
/// reconnecting in the background. `None` only when the URL itself is unusable. A `rediss://`
/// URL connects over TLS (rustls), trusting `ca_file` when given, else the public web roots.
pub async fn connect(url: &str, wait: Duration, ca_file: Option<&Path>) -> Option<Redis> {
    let config = match RedisConfig::from_url(url) {
        // Fail commands at once while disconnected instead of queueing them: callers have
        // in-process fallbacks and must not wait for a reconnect.
        Ok(config) => RedisConfig {
            fail_fast: true,
            tls: if url.starts_with("rediss://") {
                match tls_config(ca_file) {
                    Ok(tls) => Some(tls.into()),
                    Err(e) => {
                        tracing::warn!(error = %e, "Redis TLS is not usable; continuing without Redis");
                        return None;
                    }
                }
            } else {
                config.tls
            },
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

fn tls_config(ca_file: Option<&Path>) -> Result<rustls::ClientConfig, String> {
    let roots = crate::pki::roots(ca_file, "JOBS_REDIS_CA_FILE")?;
    Ok(rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| e.to_string())?
    .with_root_certificates(roots)
    .with_no_client_auth())
}

/// Whether Redis answers a PING within `timeout`.
pub async fn ping(client: &Redis, timeout: Duration) -> bool {
    matches!(
        tokio::time::timeout(timeout, client.ping::<String>(None)).await,
        Ok(Ok(_))
    )
}
