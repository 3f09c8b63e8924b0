//! Hiring analytics without a write on the hot path: views are counted in process and in Redis
//! ([`views`], [`counters`]) and folded into hourly PostgreSQL rows ([`rollup`]); the funnel
//! is folded from the outbox after a checkpoint ([`funnel`]). Both folds run on the worker
//! skeleton ([`worker`]), as does handing each process's counts to Redis.

pub mod counters;
pub mod funnel;
pub mod rollup;
pub mod views;
pub mod worker;

pub use views::ViewCounter;
