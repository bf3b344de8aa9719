//! The sign-in bundle: `/login` and `/forgot-password`, without the router or any
//! signed-in page.

fn main() {
    portico_app::i18n::start(
        &[portico_i18n::Area::Client],
        portico_app::login_app::LoginApp,
    );
}
