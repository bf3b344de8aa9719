//! The staff bundle: the console under `/staff`.

fn main() {
    portico_app::i18n::start(
        &[
            portico_i18n::Area::Client,
            portico_i18n::Area::Account,
            portico_i18n::Area::Console,
        ],
        portico_app::staff_app::StaffApp,
    );
}
