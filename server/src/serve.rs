//! Serving with graceful shutdown: on the signal, readiness turns 503 at once, the listener
//! stays open for `shutdown_delay` (load balancers notice), then closes; in-flight requests get
//! `shutdown_timeout` to finish.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::app::App;
use crate::lifecycle::Lifecycle;

pub struct ShutdownPolicy {
    pub delay: Duration,
    pub timeout: Duration,
}

pub async fn serve(
    listener: TcpListener,
    app: App,
    lifecycle: Arc<Lifecycle>,
    policy: ShutdownPolicy,
    signal: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (drain_started_tx, drain_started_rx) = tokio::sync::oneshot::channel::<()>();
    let delay = policy.delay;
    let graceful = {
        let lifecycle = lifecycle.clone();
        async move {
            signal.await;
            lifecycle.start_draining();
            tracing::info!(
                delay_ms = delay.as_millis() as u64,
                "shutdown requested; draining"
            );
            let _ = drain_started_tx.send(());
            tokio::time::sleep(delay).await;
        }
    };
    let make_service =
        axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<SocketAddr>(
            app,
        );
    let server = axum::serve(listener, make_service)
        .with_graceful_shutdown(graceful)
        .into_future();
    tokio::pin!(server);

    tokio::select! {
        result = &mut server => return result,
        _ = drain_started_rx => {}
    }
    match tokio::time::timeout(policy.delay + policy.timeout, &mut server).await {
        Ok(result) => {
            tracing::info!("all connections closed");
            result
        }
        Err(_) => {
            tracing::warn!(
                timeout_ms = policy.timeout.as_millis() as u64,
                "in-flight requests did not finish in time; closing them"
            );
            Ok(())
        }
    }
}

/// Resolves on SIGTERM or SIGINT.
pub async fn termination_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
