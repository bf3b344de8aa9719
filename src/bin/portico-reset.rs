//! The reset bundle: `/reset-password`, the page a reset email links to, as light as the
//! sign-in page.

fn main() {
    portico_app::i18n::start(
        &[portico_i18n::Area::Client],
        portico_app::reset_app::ResetApp,
    );
}
