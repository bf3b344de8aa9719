//! Portico's browser app, shared by its five bundles: `portico-login` (the sign-in page
//! alone, kept light), `portico-reset` and `portico-choose` (the reset page an email links
//! to and the first-password page, each as light), `portico-staff` (the console under
//! `/staff`) and `portico-app` (every other page: the client's portal, setup).

pub mod api;
pub mod app;
pub mod components;
pub mod dom;
pub mod fetch;
pub mod human_check;
pub mod i18n;
pub mod login_app;
pub mod pages;
pub mod reset_app;
pub mod session;
pub mod staff_app;

// Talc, not the default dlmalloc: as fast, and about 0.35 KB of brotli smaller in every bundle.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
