//! One module per route.

pub mod forbidden;
pub mod forgot_password;
pub mod home;
pub mod login;
pub mod not_found;
pub mod reset_password;
pub mod setup;
pub mod staff;
