//! The HTTPS listener (`JOBS_TLS_CERT_FILE`, `JOBS_TLS_KEY_FILE`), optionally requiring client
//! certificates from one CA (`JOBS_TLS_CLIENT_CA_FILE`, mTLS): rustls with ring, TLS 1.2 and 1.3.
//! Shutdown drains as the plain listener does: readiness turns 503 at once, the listener keeps
//! serving for the delay, then in-flight requests get the timeout.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::WebPkiClientVerifier;
use tokio::net::TcpListener;

use crate::app::App;
use crate::config::TlsConfig;
use crate::lifecycle::Lifecycle;
use crate::serve::ShutdownPolicy;

/// The server's TLS settings from PEM files.
pub fn server_config(tls: &TlsConfig) -> Result<ServerConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&tls.cert_file)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("JOBS_TLS_CERT_FILE {}: {e}", tls.cert_file.display()))?;
    let key = PrivateKeyDer::from_pem_file(&tls.key_file)
        .map_err(|e| format!("JOBS_TLS_KEY_FILE {}: {e}", tls.key_file.display()))?;
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let builder = match &tls.client_ca_file {
        None => builder.with_no_client_auth(),
        Some(ca) => {
            let roots = crate::pki::roots(Some(ca), "JOBS_TLS_CLIENT_CA_FILE")?;
            let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| format!("JOBS_TLS_CLIENT_CA_FILE: {e}"))?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let mut config = builder
        .with_single_cert(certs, key)
        .map_err(|e| format!("JOBS_TLS_CERT_FILE/JOBS_TLS_KEY_FILE: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// Serves HTTPS on `listener` until `signal`, then drains.
pub async fn serve(
    listener: TcpListener,
    tls: ServerConfig,
    app: App,
    lifecycle: Arc<Lifecycle>,
    policy: ShutdownPolicy,
    signal: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let handle = axum_server::Handle::new();
    let drain = {
        let handle = handle.clone();
        async move {
            signal.await;
            lifecycle.start_draining();
            tracing::info!(
                delay_ms = policy.delay.as_millis() as u64,
                "shutdown requested; draining"
            );
            tokio::time::sleep(policy.delay).await;
            handle.graceful_shutdown(Some(policy.timeout));
        }
    };
    tokio::spawn(drain);
    let config = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(tls));
    // A router around the service takes hyper's body type and adds the peer address.
    let make_service = axum::Router::new()
        .fallback_service(app)
        .into_make_service_with_connect_info::<SocketAddr>();
    axum_server::from_tcp_rustls(listener.into_std()?, config)?
        .handle(handle)
        .serve(make_service)
        .await
}
