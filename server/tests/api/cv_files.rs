//! Synthetic CV files for the matching tests (the generator is the server's own).

pub use jobs_server::matching::samples::*;
