//! Notification e-mail: a queue on the worker skeleton fed from the outbox (nothing is added to
//! a request's path), the employers' templates, and SMTP through lettre.

pub mod mailer;
pub mod message;
pub mod plan;
pub mod templates;
pub mod transport;
