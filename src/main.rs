//! The portal bundle: the router and every page but sign-in.

fn main() {
    portico_app::i18n::start(&[portico_i18n::Area::Client], portico_app::app::App);
}
