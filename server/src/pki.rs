//! Trust anchors for every TLS connection the server makes or accepts (PostgreSQL, Redis,
//! client certificates): the CA certificates of a PEM file, or the public web roots.

use std::path::Path;

use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

/// The CAs in `file` (errors name `setting`, the variable or URL parameter that gave it), or the
/// public web roots when there is no file.
pub fn roots(file: Option<&Path>, setting: &str) -> Result<RootCertStore, String> {
    let mut store = RootCertStore::empty();
    let Some(path) = file else {
        store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        return Ok(store);
    };
    let at = |e: &dyn std::fmt::Display| format!("{setting} {}: {e}", path.display());
    for cert in CertificateDer::pem_file_iter(path).map_err(|e| at(&e))? {
        store.add(cert.map_err(|e| at(&e))?).map_err(|e| at(&e))?;
    }
    if store.is_empty() {
        return Err(at(&"no certificate in the file"));
    }
    Ok(store)
}
