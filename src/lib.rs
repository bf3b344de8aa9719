//! Portico's browser app, shared by its three bundles: `portico-login` (the sign-in page
//! alone, kept light), `portico-staff` (the console under `/staff`) and `portico-app`
//! (every other page: the client's portal, password reset, setup).

pub mod api;
pub mod app;
pub mod components;
pub mod dom;
pub mod login_app;
pub mod pages;
pub mod staff_app;
