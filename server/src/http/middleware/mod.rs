//! Middleware around the generated router. Order (outermost first) is set in `crate::app`.

pub mod client_ip;
pub mod colon_verbs;
pub mod contract;
pub mod cors;
pub mod edge;
pub mod gate;
pub mod identity;
pub mod limits;
pub mod members;
pub mod observe;
pub mod parameters;
pub mod problem_mapping;
pub mod public_cache;
pub mod ratelimit;
pub mod request_id;
