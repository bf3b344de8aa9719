//! Portico's languages: the Fluent catalogs the app and the server share, which language
//! a reader gets, and messages rendered with their variables.
//!
//! Catalogs are written in Fluent, in `locales/<tag>/<area>.ftl`, one file per language and
//! area, so adding a language is adding a folder. The server reads them (feature `compile`)
//! into [`Messages`], a compact form of the same patterns, and serves that as JSON at
//! `/i18n/<tag>/<area>.json` (written and read by `wire`); both sides render it with
//! [`Catalog`]. The app thus carries
//! neither a Fluent parser nor CLDR's plural tables for every locale (fluent-bundle cost
//! the light bundles about 45 KB of brotli), only the plural rules of the languages it
//! speaks; a test checks that every message renders exactly as fluent-bundle renders it.

mod catalog;
#[cfg(feature = "compile")]
mod compile;
#[cfg(feature = "embedded")]
mod embedded;
mod negotiate;
mod plural;
mod policy;
mod problems;
#[cfg(feature = "compile")]
mod pseudo;
mod wire;

pub use catalog::{Arg, Catalog, Messages, Piece, Variant};
#[cfg(feature = "compile")]
pub use compile::{compile, CatalogError};
#[cfg(feature = "embedded")]
pub use embedded::{messages, source};
pub use negotiate::{accept_language, negotiate};
pub use policy::policy_message;
pub use portico_api::lang::{Dir, Lang};
pub use problems::{branding_message, decimal, ratio, settings_message};

/// A part of the product with its own catalog file, so a page loads only what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// The pages where a client signs in, asks for a reset link and chooses a password:
    /// all the light bundles load.
    Client,
    /// A signed-in client's pages: the account menu, home, password, devices, "This
    /// wasn't me", not found.
    Account,
    /// The staff console.
    Console,
    /// The emails (server only).
    Mail,
    /// The API's human-readable messages (server only).
    Errors,
}

/// Where the catalog of `lang` and `area` stands in a table of every catalog, laid out
/// language by language in the order of `Lang::ALL` and `Area::ALL`; the table has
/// [`CATALOGS`] entries.
pub fn catalog_index(lang: Lang, area: Area) -> usize {
    let lang_index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    let area_index = Area::ALL.iter().position(|&a| a == area).unwrap_or(0);
    lang_index * Area::ALL.len() + area_index
}

/// How many catalogs there are: one per language and area.
pub const CATALOGS: usize = Lang::ALL.len() * Area::ALL.len();

impl Area {
    pub const ALL: [Area; 5] = [
        Area::Client,
        Area::Account,
        Area::Console,
        Area::Mail,
        Area::Errors,
    ];

    /// The areas the app fetches; the others stay on the server.
    pub const APP: [Area; 3] = [Area::Client, Area::Account, Area::Console];

    /// The catalog's file name without its extension.
    pub fn name(self) -> &'static str {
        match self {
            Area::Client => "client",
            Area::Account => "account",
            Area::Console => "console",
            Area::Mail => "mail",
            Area::Errors => "errors",
        }
    }

    pub fn from_name(name: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|area| area.name() == name)
    }
}
