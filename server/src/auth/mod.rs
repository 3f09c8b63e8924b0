//! Identity: who is calling. The generated handlers receive a [`Caller`] from the request
//! extensions; only this module puts it there.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

/// The claims type of the generated traits.
#[derive(Debug, Clone)]
pub enum Caller {
    /// No (verified) token. Public operations accept it; the others refuse it before their
    /// handler runs.
    Anonymous,
}

/// Route layer: attaches the caller to the request.
pub async fn attach_caller(mut req: Request, next: Next) -> Response {
    req.extensions_mut().insert(Caller::Anonymous);
    next.run(req).await
}
