//! The portal bundle: the router and every page but sign-in.

use portico_i18n::Area;

fn main() {
    // The setup page (once per install) says its words from the console's catalog.
    let setup = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|path| path == "/setup");
    let areas: &'static [Area] = if setup {
        &[Area::Client, Area::Account, Area::Console]
    } else {
        &[Area::Client, Area::Account]
    };
    portico_app::i18n::start(areas, portico_app::app::App);
}
