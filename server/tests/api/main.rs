//! Integration tests: the real server over HTTP against real PostgreSQL, one database per test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod applicants;
mod applications;
mod apply;
mod audit;
mod auth_http;
mod authz_matrix;
mod cors;
mod database;
mod errors;
mod health;
mod https;
mod idempotency;
mod jobs;
mod jwt_verifier;
mod layering;
mod observability;
mod public_aggregates;
mod public_surface;
mod ratelimit;
mod resubmissions;
mod routing;
mod search;
mod seed;
mod shortlists;
mod shutdown;
mod startup;
mod support;
mod syndication;
mod taxonomy;
mod tenancy;
mod timestamps;
mod traces;
mod uploads;
mod webhooks;
