//! One module per route.

pub mod change_password;
pub mod choose_password;
pub mod devices;
pub mod forbidden;
pub mod forgot_password;
pub mod home;
pub mod login;
pub mod not_found;
pub mod not_me;
pub mod other_bundle;
pub mod reset_password;
pub mod setup;
pub mod staff;
