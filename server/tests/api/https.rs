//! The HTTPS listener of the real binary, with client certificates (mTLS): certificates made by
//! the test (rcgen), a client that trusts the test CA.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair, SanType};

use crate::support::TestDb;

struct Pki {
    ca: String,
    server_cert: String,
    server_key: String,
    client_identity: String,
    stranger_identity: String,
}

fn pki() -> Pki {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let mut server = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    server
        .subject_alt_names
        .push(SanType::IpAddress("127.0.0.1".parse().unwrap()));
    let server_key = KeyPair::generate().unwrap();
    let server_cert = server.signed_by(&server_key, &ca).unwrap();
    let client_key = KeyPair::generate().unwrap();
    let client = CertificateParams::new(vec!["partner.example".to_string()])
        .unwrap()
        .signed_by(&client_key, &ca)
        .unwrap();
    // A client certificate from another CA.
    let other_ca = CertifiedIssuer::self_signed(
        {
            let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
            p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            p
        },
        KeyPair::generate().unwrap(),
    )
    .unwrap();
    let stranger_key = KeyPair::generate().unwrap();
    let stranger = CertificateParams::new(vec!["stranger.example".to_string()])
        .unwrap()
        .signed_by(&stranger_key, &other_ca)
        .unwrap();
    Pki {
        ca: ca.pem(),
        server_cert: server_cert.pem(),
        server_key: server_key.serialize_pem(),
        client_identity: format!("{}{}", client.pem(), client_key.serialize_pem()),
        stranger_identity: format!("{}{}", stranger.pem(), stranger_key.serialize_pem()),
    }
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn https_with_client_certificates_admits_only_the_cas_clients() {
    let pki = pki();
    let dir = std::env::temp_dir().join(format!("jobs-https-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, content: &str| {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        path
    };
    let cert = write("server.pem", &pki.server_cert);
    let key = write("server-key.pem", &pki.server_key);
    let ca = write("ca.pem", &pki.ca);
    let db = TestDb::new().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = Server(
        Command::new(env!("CARGO_BIN_EXE_jobs-server"))
            .arg("serve")
            .env("JOBS_DATABASE_URL", &db.url)
            .env("JOBS_LISTEN_ADDR", format!("127.0.0.1:{port}"))
            .env("JOBS_METRICS_ADDR", "127.0.0.1:0")
            .env("JOBS_REDIS_URL", "")
            .env("JOBS_LOG", "warn")
            .env("JOBS_DEV_KEY_PATH", dir.join("dev.pem"))
            .env("JOBS_TLS_CERT_FILE", &cert)
            .env("JOBS_TLS_KEY_FILE", &key)
            .env("JOBS_TLS_CLIENT_CA_FILE", &ca)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let trusting = |identity: Option<&str>| {
        let mut b = reqwest::Client::builder()
            .use_rustls_tls()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(pki.ca.as_bytes()).unwrap())
            .timeout(Duration::from_secs(5));
        if let Some(identity) = identity {
            b = b.identity(reqwest::Identity::from_pem(identity.as_bytes()).unwrap());
        }
        b.build().unwrap()
    };
    let partner = trusting(Some(&pki.client_identity));
    let url = format!("https://localhost:{port}/readyz");
    let mut ready = false;
    for _ in 0..200 {
        if partner
            .get(&url)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ready, "the HTTPS listener never answered the CA's client");
    let jobs = partner
        .get(format!("https://127.0.0.1:{port}/v1/public/jobs"))
        .send()
        .await
        .unwrap();
    assert_eq!(jobs.status(), 200);
    // No client certificate, or one from another CA: the handshake is refused.
    assert!(trusting(None).get(&url).send().await.is_err());
    assert!(
        trusting(Some(&pki.stranger_identity))
            .get(&url)
            .send()
            .await
            .is_err()
    );
    // Plain HTTP on the TLS port gets nothing useful.
    let plain = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/readyz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await;
    assert!(plain.map(|r| !r.status().is_success()).unwrap_or(true));
    let _ = std::fs::remove_dir_all(dir);
}

/// Redis over TLS: a redis-server started by the test with `--tls-port` and certificates from
/// the test's CA. The server connects with `rediss://` when it trusts that CA, and not without.
#[tokio::test(flavor = "multi_thread")]
async fn redis_over_tls_is_used_when_its_ca_is_trusted() {
    let pki = pki();
    let dir = std::env::temp_dir().join(format!("jobs-rediss-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, content: &str| {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        path
    };
    let cert = write("server.pem", &pki.server_cert);
    let key = write("server-key.pem", &pki.server_key);
    let ca = write("ca.pem", &pki.ca);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _redis = Server(
        Command::new("redis-server")
            .args([
                "--port",
                "0",
                "--tls-port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
            ])
            .arg("--tls-cert-file")
            .arg(&cert)
            .arg("--tls-key-file")
            .arg(&key)
            .arg("--tls-ca-cert-file")
            .arg(&ca)
            .args([
                "--tls-auth-clients",
                "no",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server (Debian's is built with TLS)"),
    );
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = format!("rediss://localhost:{port}");
    let redis_status = |app: &crate::support::TestApp| {
        let url = format!("{}/healthz?verbose=true", app.base);
        let client = app.client.clone();
        async move {
            let detail: serde_json::Value =
                client.get(url).send().await.unwrap().json().await.unwrap();
            detail["checks"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["name"] == "redis")
                .unwrap()["status"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let trusting = crate::support::TestApp::spawn_with(&[
        ("JOBS_REDIS_URL", url.as_str()),
        ("JOBS_REDIS_CA_FILE", ca.to_str().unwrap()),
    ])
    .await;
    assert_eq!(redis_status(&trusting).await, "pass");
    // Public roots only: the test CA's certificate is not accepted, so Redis is not used.
    let untrusting = crate::support::TestApp::spawn_with(&[("JOBS_REDIS_URL", url.as_str())]).await;
    assert_ne!(redis_status(&untrusting).await, "pass");
    let _ = std::fs::remove_dir_all(dir);
}
