//! Employer-scoped Job Listing API: the hand-written implementation of the contract in
//! `openapi.yaml`, served over the router generated from it (`jobs-api`).

#![forbid(unsafe_code)]

pub mod analytics;
pub mod app;
pub mod auth;
pub mod captcha;
pub mod config;
pub mod db;
pub mod domain;
pub mod hex;
pub mod http;
pub mod lifecycle;
pub mod mail;
pub mod maintenance;
pub mod matching;
pub mod pki;
pub mod ratelimit;
pub mod redis;
pub mod search;
pub mod seed;
pub mod serve;
pub mod serve_tls;
pub mod telemetry;
pub mod uploads;
pub mod usecases;
pub mod webhooks;
pub mod worker;
