//! Graceful shutdown: readiness turns 503 at once, in-flight requests finish, then the
//! listener is gone.

use std::time::Duration;

use bytes::Bytes;

use crate::support::TestApp;

const EMPLOYER: uuid::Uuid = uuid::Uuid::from_u128(0x0a11_0000_0000_4000_8000_0000_0000_0003);

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_drains_an_in_flight_request() {
    let mut app = TestApp::spawn_with(&[
        ("JOBS_SHUTDOWN_DELAY_MS", "400"),
        ("JOBS_SHUTDOWN_TIMEOUT_MS", "5000"),
    ])
    .await;

    // An in-flight request whose body is still arriving when the signal comes.
    let chunks = tokio_stream::StreamExt::throttle(
        tokio_stream::iter(
            [&b"{\"title\":"[..], b"\"Drained\"", b"}"]
                .into_iter()
                .map(|c| Ok::<_, std::io::Error>(Bytes::from_static(c))),
        ),
        Duration::from_millis(300),
    );
    let in_flight = tokio::spawn(
        app.client
            .post(app.url("/v1/jobs"))
            .header("content-type", "application/json")
            .header("Idempotency-Key", "drain-1")
            .header("authorization", app.bearer(EMPLOYER, "recruiter"))
            .body(reqwest::Body::wrap_stream(chunks))
            .send(),
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    let server = app.begin_shutdown();
    tokio::time::sleep(Duration::from_millis(50)).await;

    // Draining: still serving during the delay, but not ready.
    assert!(app.state.lifecycle.is_draining());
    let ready = reqwest::Client::new()
        .get(app.url("/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 503);

    // The in-flight request completes with a real answer from its handler.
    let response = in_flight.await.unwrap().unwrap();
    assert_eq!(response.status(), 201);

    // The server stops by itself and refuses new connections afterwards.
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("server did not stop")
        .unwrap()
        .unwrap();
    let refused = reqwest::Client::new()
        .get(app.url("/livez"))
        .timeout(Duration::from_secs(2))
        .send()
        .await;
    assert!(refused.is_err(), "listener should be closed");
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_is_bounded_when_requests_hang() {
    let mut app = TestApp::spawn_with(&[
        ("JOBS_SHUTDOWN_DELAY_MS", "0"),
        ("JOBS_SHUTDOWN_TIMEOUT_MS", "300"),
        ("JOBS_REQUEST_TIMEOUT_MS", "60000"),
    ])
    .await;
    // A body that never finishes.
    let never = futures_util::stream::pending::<Result<Bytes, std::io::Error>>();
    let hanging = tokio::spawn(
        app.client
            .post(app.url("/v1/jobs"))
            .header("content-type", "application/json")
            .header("Idempotency-Key", "hang-1")
            .header("authorization", app.bearer(EMPLOYER, "recruiter"))
            .body(reqwest::Body::wrap_stream(never))
            .send(),
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = std::time::Instant::now();
    let server = app.begin_shutdown();
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("shutdown must be bounded")
        .unwrap()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(3));
    hanging.abort();
}
