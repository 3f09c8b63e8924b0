//! `jobs-server`: serve the API, or apply migrations.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jobs_server::app::{self, AppState};
use jobs_server::config::Config;
use jobs_server::serve::{self, ShutdownPolicy};
use jobs_server::{db, telemetry};

#[derive(Parser)]
#[command(
    name = "jobs-server",
    version,
    about = "Employer-scoped Job Listing API"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve the API until SIGTERM/SIGINT.
    Serve,
    /// Create the database if needed and apply migrations, then exit.
    Migrate,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("jobs-server: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::logging::init(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("jobs-server: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = runtime.block_on(async {
        match cli.command {
            Command::Serve => run_serve(config).await,
            Command::Migrate => db::migrate(&config)
                .await
                .map(|version| tracing::info!(%version, "database is migrated"))
                .map_err(|e| e.to_string()),
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("jobs-server: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run_serve(config: Config) -> Result<(), String> {
    let addr = config.listen_addr;
    let policy = ShutdownPolicy {
        delay: config.shutdown_delay,
        timeout: config.shutdown_timeout,
    };
    let state = AppState::connect(config).await.map_err(|e| e.to_string())?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!(%addr, "listening");
    let lifecycle = state.lifecycle.clone();
    serve::serve(
        listener,
        app::build(state),
        lifecycle,
        policy,
        serve::termination_signal(),
    )
    .await
    .map_err(|e| format!("server error: {e}"))
}
