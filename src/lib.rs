//! Portico's browser app, shared by its two bundles: `portico-login` (the sign-in page
//! alone, kept light) and `portico-app` (every other page, behind the router).

pub mod api;
pub mod app;
pub mod components;
pub mod dom;
pub mod login_app;
pub mod pages;
