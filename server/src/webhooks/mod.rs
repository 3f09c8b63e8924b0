//! Webhooks (issue 12), the foundations that need no database: Standard Webhooks signatures,
//! the SSRF address rule applied at connect time, and subscription secrets (generation and
//! encryption at rest). Subscriptions, the outbox dispatcher, retries and the delivery log are
//! not built yet: the six webhook operations still answer 501.

pub mod address;
pub mod secret;
pub mod signature;
