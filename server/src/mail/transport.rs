//! The SMTP connection (lettre over rustls) and how a failed send is classed: a refusal for
//! now or an unreachable server is tried again; a permanent refusal is not.

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::{PoolConfig, extension::ClientId};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::mail::{MailConfig, SmtpTls};

#[derive(Clone)]
pub struct Transport {
    smtp: AsyncSmtpTransport<Tokio1Executor>,
}

/// Why a message was not accepted.
#[derive(Debug, Clone)]
pub struct SendError {
    /// Worth trying again later (4xx, connection refused, timeout).
    pub transient: bool,
    pub message: String,
}

impl Transport {
    pub fn new(
        config: &MailConfig,
        timeout: std::time::Duration,
        concurrency: usize,
    ) -> Result<Self, String> {
        let tls_params = || {
            TlsParameters::new_rustls(config.host.clone())
                .map_err(|e| format!("TLS for {}: {e}", config.host))
        };
        let tls = match config.tls {
            SmtpTls::Implicit => Tls::Wrapper(tls_params()?),
            SmtpTls::Opportunistic => Tls::Opportunistic(tls_params()?),
            SmtpTls::Required => Tls::Required(tls_params()?),
            SmtpTls::None => Tls::None,
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host)
            .port(config.port)
            .tls(tls)
            .timeout(Some(timeout))
            .hello_name(ClientId::Domain(hello_name(&config.from)))
            .pool_config(PoolConfig::new().max_size(u32::try_from(concurrency).unwrap_or(8)));
        if let Some(user) = &config.username {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                config.password.clone().unwrap_or_default(),
            ));
        }
        Ok(Self {
            smtp: builder.build(),
        })
    }

    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self.smtp.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => Err(SendError {
                transient: !e.is_permanent(),
                message: truncate(&e.to_string(), 500),
            }),
        }
    }
}

/// The domain of the From address, to greet the server with.
fn hello_name(from: &str) -> String {
    from.rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>').trim().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
