//! Presentational pieces; each takes what it shows as props.

pub mod account_menu;
pub mod account_page;
pub mod new_password;
pub mod password_field;
pub mod secret_once;
pub mod text_field;
pub mod top_bar;
