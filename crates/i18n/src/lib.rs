//! Portico's languages: the Fluent catalogs the app and the server share, which language
//! a reader gets, and messages rendered with their variables.
//!
//! Catalogs live in `locales/<tag>/<area>.ftl`, one file per language and area, so adding a
//! language is adding a folder. The server embeds them all (feature `embedded`) and serves
//! each at `/i18n/<tag>/<area>.ftl`; the app fetches only the areas and the language it
//! shows.

mod catalog;
#[cfg(feature = "embedded")]
mod embedded;
mod negotiate;
mod pseudo;

pub use catalog::{Arg, Catalog, CatalogError};
#[cfg(feature = "embedded")]
pub use embedded::source;
pub use negotiate::{accept_language, negotiate};
pub use portico_api::lang::{Dir, Lang};

/// A part of the product with its own catalog file, so a page loads only what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// The client pages: sign-in, reset, choosing a password, the account menu and pages.
    Client,
    /// The staff console.
    Console,
    /// The emails (server only).
    Mail,
    /// The API's human-readable error messages (server only).
    Errors,
}

impl Area {
    pub const ALL: [Area; 4] = [Area::Client, Area::Console, Area::Mail, Area::Errors];

    /// The catalog's file name without `.ftl`.
    pub fn name(self) -> &'static str {
        match self {
            Area::Client => "client",
            Area::Console => "console",
            Area::Mail => "mail",
            Area::Errors => "errors",
        }
    }

    pub fn from_name(name: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|area| area.name() == name)
    }
}
