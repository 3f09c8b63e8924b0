//! Integration tests: the real server over HTTP against real PostgreSQL, one database per test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod errors;
mod health;
mod observability;
mod routing;
mod shutdown;
mod startup;
mod support;
