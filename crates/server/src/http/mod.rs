//! HTTP plumbing shared by every route: the error type, extractors, headers, static files.

pub mod connections;
pub mod error;
pub mod extract;
pub mod headers;
pub mod limits;
pub mod origin;
pub mod proxy;
pub mod static_files;

pub use error::ApiError;
