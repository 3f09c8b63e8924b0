//! Integration tests: the real server over HTTP against real PostgreSQL, one database per test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod auth_http;
mod authz_matrix;
mod errors;
mod health;
mod jobs;
mod jwt_verifier;
mod observability;
mod routing;
mod search;
mod seed;
mod shutdown;
mod startup;
mod support;
mod taxonomy;
mod tenancy;
