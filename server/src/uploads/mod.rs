//! Uploads: the SigV4 POST policy the browser's form carries, the object store behind it, and
//! the check of a stored file's signature against its declared type.

pub mod policy;
pub mod sniff;
pub mod store;
