//! `jobs-server`: serve the API, apply migrations, mint dev tokens or seed demo data.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use jobs_server::app::{self, AppState};
use jobs_server::auth::dev_key::DevKey;
use jobs_server::auth::principal::Role;
use jobs_server::auth::verifier::IdentityConfig;
use jobs_server::config::{self, Config, Settings, settings};
use jobs_server::serve::{self, ShutdownPolicy};
use jobs_server::{db, telemetry};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    #[command(after_long_help = settings::AFTER_HELP)]
    Serve {
        #[command(flatten)]
        settings: Settings,
    },
    /// Create the database if needed and apply migrations, then exit.
    #[command(after_long_help = settings::AFTER_HELP)]
    Migrate {
        #[command(flatten)]
        settings: Settings,
    },
    /// Deliver webhooks only (no API): any number of these may run beside `serve`.
    #[command(after_long_help = settings::AFTER_HELP)]
    Dispatch {
        #[command(flatten)]
        settings: Settings,
    },
    /// Print a dev-mode token that a server using the same key file accepts.
    Token {
        /// The employer the token acts for (required for employer roles).
        #[arg(long)]
        employer: Option<uuid::Uuid>,
        /// employer_admin, recruiter, viewer or applicant; repeat for several.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// The token's subject.
        #[arg(long, default_value = "dev-user")]
        sub: String,
        /// The token's `name` claim (a new team member's display name).
        #[arg(long)]
        name: Option<String>,
        /// The token's `email` claim (a new team member's e-mail address).
        #[arg(long)]
        email: Option<String>,
        /// Lifetime in seconds (at most 900).
        #[arg(long, default_value_t = 900)]
        ttl: u64,
        #[command(flatten)]
        settings: Settings,
    },
    /// Fill the database with synthetic employers and jobs (deterministic for a seed); prints
    /// the employer ids it made, one per line.
    #[command(after_long_help = settings::AFTER_HELP)]
    Seed {
        /// How many employers.
        #[arg(long, default_value_t = 20)]
        employers: u32,
        /// How many jobs, shared among the employers.
        #[arg(long, default_value_t = 1000)]
        jobs: u32,
        /// The generator's seed: the same seed gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        settings: Settings,
    },
}

impl Command {
    fn settings(&self) -> &Settings {
        match self {
            Command::Serve { settings }
            | Command::Migrate { settings }
            | Command::Dispatch { settings }
            | Command::Token { settings, .. }
            | Command::Seed { settings, .. } => settings,
        }
    }
}

/// The command line, with every setting the environment (or a `<NAME>_FILE`) gives passed as
/// its flag: values reach clap one way, so a bad one names its variable and an empty one is
/// unset. `--help` is rendered by the command as declared (with each setting's variable).
fn parse_cli() -> Result<Cli, ExitCode> {
    let argv: Vec<String> = std::env::args().collect();
    let vars: Vec<(String, String)> = std::env::vars().collect();
    let resolved = match config::with_file_variables(&vars, |p| std::fs::read_to_string(p)) {
        Ok(resolved) => resolved,
        Err(e) => {
            eprintln!("jobs-server: {e}");
            return Err(ExitCode::from(2));
        }
    };
    let mut full = argv.clone();
    // Only a subcommand that reads the configuration takes the settings.
    let takes_settings = argv.get(1).is_some_and(|sub| {
        Cli::command()
            .find_subcommand(sub)
            .is_some_and(|c| c.get_arguments().any(|a| a.get_env().is_some()))
    });
    if takes_settings {
        full.extend(settings::flags_from(|n| resolved.get(n).cloned(), &argv));
    }
    let parsed = settings::without_env(Cli::command())
        .try_get_matches_from(&full)
        .and_then(|m| Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                // The declared command prints help with each setting's variable, never its
                // current value.
                let declared =
                    Cli::command().mut_subcommands(|s| s.mut_args(|a| a.hide_env_values(true)));
                let _ = declared.try_get_matches_from(&argv).map_err(|e| e.exit());
                e.exit();
            }
            match settings::config_error(&e) {
                Some(config) => {
                    eprintln!("jobs-server: {config}");
                    Err(ExitCode::from(2))
                }
                None => e.exit(),
            }
        }
    }
}

fn main() -> ExitCode {
    // The CV reader's child process (see `matching::isolate`): no settings, no runtime.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some(jobs_server::matching::isolate::CHILD_COMMAND) {
        return jobs_server::matching::isolate::child_main(&args[1..]);
    }
    // The CV reader's throughput (scripts/bench-cv).
    if args.first().map(String::as_str) == Some("bench-cv") {
        return jobs_server::matching::bench::bench_main(&args[1..]);
    }
    let cli = match parse_cli() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let config = match Config::from_settings(cli.command.settings().clone()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("jobs-server: {e}");
            return ExitCode::from(2);
        }
    };
    let _telemetry = telemetry::logging::init(config.log_format, &config.log_filter);
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
            Command::Serve { .. } => run_serve(config).await,
            Command::Dispatch { .. } => run_dispatch(config).await,
            Command::Migrate { .. } => db::migrate(&config)
                .await
                .map(|version| tracing::info!(%version, "database is migrated"))
                .map_err(|e| e.to_string()),
            Command::Token {
                employer,
                roles,
                sub,
                name,
                email,
                ttl,
                ..
            } => mint_token(
                &config,
                employer,
                &roles,
                &sub,
                &jobs_server::auth::Profile { name, email },
                ttl,
            ),
            Command::Seed {
                employers,
                jobs,
                seed,
                ..
            } => {
                run_seed(
                    config,
                    jobs_server::seed::SeedOptions {
                        employers,
                        jobs,
                        seed,
                    },
                )
                .await
            }
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
    let (state, background) = AppState::connect(config).await.map_err(|e| e.to_string())?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!(%addr, "listening");
    start_metrics_listener(&state.config, state.metrics.clone()).await?;
    let pool_metrics = {
        let db = state.db.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
            loop {
                tick.tick().await;
                db.record_pool_metrics();
            }
        })
    };
    let lifecycle = state.lifecycle.clone();
    let _dispatcher = if state.config.webhooks.dispatch_in_serve {
        start_dispatcher(
            &state.config,
            state.webhooks.key.clone(),
            background.dispatch,
        )
    } else {
        None
    };
    let _mailer = start_mailer(
        &state.config,
        &state.db,
        background.mailbox,
        state.mail_links.clone(),
    );
    let _analytics = start_analytics(&state.config, state.views.clone(), background.analytics);
    let _matching = jobs_server::matching::start(
        &state.config,
        &state.db,
        background.matching,
        state.uploads.store.clone(),
        jobs_server::matching::isolate::Extractor::current(),
    )
    .await;
    let _maintenance = match background.maintenance {
        Some(handle) => Some(jobs_server::maintenance::spawn(
            state.db.clone(),
            handle,
            state.uploads.clone(),
        )),
        None => {
            tracing::warn!(
                "no owner login (JOBS_MIGRATION_DATABASE_URL): housekeeping is off in this process"
            );
            None
        }
    };
    let served = match state.config.tls.clone() {
        Some(tls) => {
            let tls = jobs_server::serve_tls::server_config(&tls)?;
            tracing::info!(
                client_certificates = tls_requires_clients(&state.config),
                "serving HTTPS"
            );
            jobs_server::serve_tls::serve(
                listener,
                tls,
                app::build(state),
                lifecycle,
                policy,
                serve::termination_signal(),
            )
            .await
        }
        None => {
            serve::serve(
                listener,
                app::build(state),
                lifecycle,
                policy,
                serve::termination_signal(),
            )
            .await
        }
    };
    served
        .map_err(|e| format!("server error: {e}"))
        .inspect(|()| pool_metrics.abort())
}

fn tls_requires_clients(config: &Config) -> bool {
    config
        .tls
        .as_ref()
        .is_some_and(|t| t.client_ca_file.is_some())
}

/// The operator's listener: Prometheus metrics, and CPU profiles when `JOBS_PROFILING=on`.
async fn start_metrics_listener(
    config: &Config,
    metrics: metrics_exporter_prometheus::PrometheusHandle,
) -> Result<(), String> {
    let addr = config.metrics_addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr} (JOBS_METRICS_ADDR): {e}"))?;
    tracing::info!(%addr, profiling = config.profiling, "metrics listener");
    tokio::spawn(telemetry::metrics_listener::serve(
        listener,
        metrics,
        config.profiling,
    ));
    Ok(())
}

/// The webhook dispatcher, when webhooks are configured and an owner login is known.
fn start_dispatcher(
    config: &Config,
    key: Option<jobs_server::config::webhooks::SealingKey>,
    dispatch: Option<db::Dispatch>,
) -> Option<tokio::task::JoinHandle<()>> {
    use jobs_server::webhooks::dispatcher;
    let (Some(key), Some(dispatch)) = (key, dispatch) else {
        tracing::warn!(
            "webhook delivery is off in this process (it needs JOBS_WEBHOOK_SECRET_KEY, or dev \
             identity, and the owner login)"
        );
        return None;
    };
    let client = match app::webhook_client(&config.webhooks) {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "webhook client");
            return None;
        }
    };
    Some(dispatcher::spawn(
        dispatch,
        client,
        dispatcher::Settings::from_config(&config.webhooks, key),
    ))
}

/// The analytics worker (view counters and the funnel's fold), when an owner login is known.
fn start_analytics(
    config: &Config,
    views: std::sync::Arc<jobs_server::analytics::ViewCounter>,
    store: Option<db::AnalyticsStore>,
) -> Option<tokio::task::JoinHandle<()>> {
    let Some(store) = store else {
        tracing::warn!(
            "no owner login (JOBS_MIGRATION_DATABASE_URL): analytics are not folded in this process"
        );
        return None;
    };
    let worker = jobs_server::analytics::worker::AnalyticsWorker::folds(
        views,
        store,
        config.analytics.flush_every,
    );
    Some(worker.spawn())
}

/// The mailer, when outgoing mail is configured (and an owner login and a link key are known).
/// Says at start why notifications are off otherwise.
fn start_mailer(
    config: &Config,
    db: &db::Database,
    mailbox: Option<db::Mailbox>,
    links: Option<jobs_server::domain::mail_link::LinkSigner>,
) -> Option<tokio::task::JoinHandle<()>> {
    let Some(mail) = &config.mail else {
        tracing::warn!("notifications are off: JOBS_SMTP_URL is not set (no e-mail is sent)");
        return None;
    };
    let (Some(mailbox), Some(links)) = (mailbox, links) else {
        tracing::warn!(
            "notifications are off in this process: the mailer needs the owner login \
             (JOBS_MIGRATION_DATABASE_URL) and JOBS_WEBHOOK_SECRET_KEY (its links are signed with it)"
        );
        return None;
    };
    match jobs_server::mail::mailer::Mailer::new(
        mailbox,
        db.clone(),
        mail,
        config.mail_worker,
        links,
        &config.public_url,
    ) {
        Ok(mailer) => {
            tracing::info!(smtp = %mail.shown_url, from = %mail.from, "notifications are on");
            Some(mailer.spawn())
        }
        Err(e) => {
            tracing::error!(error = %e, "notifications are off: the mailer could not start");
            None
        }
    }
}

async fn run_dispatch(config: Config) -> Result<(), String> {
    let key = app::sealing_key(&config)
        .map_err(|e| e.to_string())?
        .ok_or("dispatch needs JOBS_WEBHOOK_SECRET_KEY (the key that sealed the secrets)")?;
    let connected = db::connect(&config).await.map_err(|e| e.to_string())?;
    let dispatch = connected.dispatch.ok_or(
        "dispatch needs the owner login: set JOBS_MIGRATION_DATABASE_URL (or a privileged JOBS_DATABASE_URL)",
    )?;
    start_metrics_listener(&config, telemetry::metrics::handle()).await?;
    let links = Some(jobs_server::domain::mail_link::LinkSigner::derive(&key.0));
    let handle = start_dispatcher(&config, Some(key), Some(dispatch))
        .ok_or("the webhook dispatcher could not start")?;
    let mailer = start_mailer(&config, &connected.api, connected.mailbox, links);
    // The folds of analytics too: counters in Redis (replicas that serve put them there) and
    // the outbox's funnel.
    let redis = match &config.redis_url {
        Some(url) => {
            jobs_server::redis::connect(
                url,
                std::time::Duration::from_secs(1),
                config.redis_ca_file.as_deref(),
            )
            .await
        }
        None => None,
    };
    let views = std::sync::Arc::new(jobs_server::analytics::ViewCounter::new(redis.map(|r| {
        jobs_server::analytics::counters::RedisCounters::new(r, &config.analytics.prefix)
    })));
    let _analytics = start_analytics(&config, views, connected.analytics);
    // CVs are read and applications scored here too (any number of processes share the
    // queues).
    let uploads = app::upload_setup(&config).map_err(|e| e.to_string())?;
    let _matching = jobs_server::matching::start(
        &config,
        &connected.api,
        connected.matching,
        uploads.store,
        jobs_server::matching::isolate::Extractor::current(),
    )
    .await;
    let mail_stopped = async {
        match mailer {
            Some(h) => {
                let _ = h.await;
            }
            None => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = handle => Err("the webhook dispatcher stopped".into()),
        () = mail_stopped => Err("the mailer stopped".into()),
        () = serve::termination_signal() => Ok(()),
    }
}

async fn run_seed(config: Config, options: jobs_server::seed::SeedOptions) -> Result<(), String> {
    let connected = db::connect(&config).await.map_err(|e| e.to_string())?;
    let maintenance = connected.maintenance.ok_or(
        "seeding needs the owner login: set JOBS_MIGRATION_DATABASE_URL (or a privileged JOBS_DATABASE_URL)",
    )?;
    let report = jobs_server::seed::run(&maintenance, options).await?;
    // The employer ids on stdout, one per line (for `EMP=$(jobs-server seed … | head -1)`);
    // the summary on stderr.
    for (id, _) in &report.employer_ids {
        println!("{id}");
    }
    eprintln!(
        "seeded {} employers and {} jobs in {:.1} s (largest first: {})",
        report.employers,
        report.jobs,
        report.elapsed.as_secs_f64(),
        largest(&report.employer_ids)
    );
    Ok(())
}

/// The three employers with the most jobs, as `id (jobs)`.
fn largest(employers: &[(uuid::Uuid, u64)]) -> String {
    let mut sorted = employers.to_vec();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.1));
    sorted
        .iter()
        .take(3)
        .map(|(id, jobs)| format!("{id} ({jobs} jobs)"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn mint_token(
    config: &Config,
    employer: Option<uuid::Uuid>,
    roles: &[String],
    sub: &str,
    profile: &jobs_server::auth::Profile,
    ttl: u64,
) -> Result<(), String> {
    let IdentityConfig::Dev {
        key_path,
        issuer,
        audience,
    } = config.identity().map_err(|e| e.to_string())?
    else {
        return Err("`token` works in dev mode only (JOBS_JWKS_URL is set)".into());
    };
    let roles = roles
        .iter()
        .map(|r| Role::parse(r).ok_or_else(|| format!("unknown role {r:?}")))
        .collect::<Result<Vec<_>, _>>()?;
    let key = DevKey::load_or_create(&key_path).map_err(|e| e.to_string())?;
    let token = key
        .mint_with_profile(
            &issuer,
            &audience,
            sub,
            employer,
            &roles,
            std::time::Duration::from_secs(ttl),
            profile,
        )
        .map_err(|e| e.to_string())?;
    println!("{token}");
    Ok(())
}
