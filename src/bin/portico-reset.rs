//! The reset bundle: `/reset-password`, the page a reset email links to, as light as the
//! sign-in page.

fn main() {
    // Beside the words, not after the mount: the page it decides is usually ready to show.
    portico_app::pages::reset_password::check_early();
    portico_app::i18n::start(
        &[portico_i18n::Area::Client],
        portico_app::reset_app::ResetApp,
    );
}
