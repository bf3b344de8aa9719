//! The first-password bundle: `/choose-password`, where a client replaces a password staff
//! or an automation set, as light as the sign-in page.

fn main() {
    // Beside the words, not after the mount: the page it decides is usually ready to show.
    portico_app::pages::choose_password::ask_early();
    portico_app::i18n::start(
        &[portico_i18n::Area::Client],
        portico_app::reset_app::ChooseApp,
    );
}
