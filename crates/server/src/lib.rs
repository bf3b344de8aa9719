//! Portico's backend. `main.rs` only parses the command line; everything else lives here so
//! that the API tests can start the very same server on port 0.

pub mod auth;
pub mod cli;
pub mod client_create;
pub mod clock;
pub mod config;
pub mod csv;
pub mod device;
pub mod http;
pub mod human_check;
pub mod i18n;
pub mod instance;
pub mod keys;
pub mod logo;
pub mod mail;
pub mod openapi;
pub mod password_change;
pub mod portal;
pub mod reset;
pub mod reset_door;
pub mod routes;
pub mod settings;
pub mod setup_link;
pub mod shared;
pub mod startup;
pub mod state;
pub mod store;
pub mod sync;
pub mod validate;
pub mod webhooks;
