//! Webhooks: Standard Webhooks signatures, subscription secrets sealed at rest, the SSRF rule
//! applied at connect time, the retry schedule, and the dispatcher that delivers the outbox.

pub mod address;
pub mod client;
pub mod dispatcher;
pub use crate::worker::schedule;
pub mod secret;
pub mod signature;
