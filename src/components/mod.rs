//! Presentational pieces; each takes what it shows as props.

pub mod account_menu;
pub mod account_page;
pub mod brand;
pub mod check_email;
pub mod confirm_dialog;
pub mod data_table;
pub mod form_action;
pub mod form_error;
pub mod human_check;
pub mod language_switcher;
pub mod loadable;
pub mod menu_button;
pub mod new_password;
pub mod pager;
pub mod password_field;
pub mod secret_once;
pub mod status_pill;
pub mod submit_button;
pub mod text_field;
pub mod top_bar;
