//! `/account/devices`: where this account is signed in, with a way to sign out any other
//! device, or all of them at once.

use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::account::DeviceSession;

use crate::api;
use crate::components::account_page::AccountPage;
use crate::components::form_error::FormError;
use crate::dom::format_time;
use crate::i18n::{t, t_around, t_with};

/// A sentence with a moment in it, the moment marked up as one.
fn at(message: &str, unix_secs: i64) -> impl IntoView {
    let (before, after) = t_around(message, "time");
    let iso: String =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_secs as f64 * 1000.0))
            .to_iso_string()
            .into();
    view! { {before}<time datetime=iso>{format_time(unix_secs)}</time>{after} }
}

#[component]
pub fn DevicesPage() -> impl IntoView {
    let sessions = RwSignal::new(None::<Result<Vec<DeviceSession>, String>>);
    let (notice, set_notice) = signal(None::<String>);
    let (error, set_error) = signal(None::<String>);
    let reload = move || {
        spawn_local(async move {
            sessions.set(Some(
                api::account::devices()
                    .await
                    .map(|d| d.sessions)
                    .map_err(|e| e.message()),
            ));
        })
    };
    reload();
    let sign_out_one = move |session: DeviceSession| {
        spawn_local(async move {
            match api::account::sign_out_device(session.id).await {
                Ok(()) => {
                    set_error.set(None);
                    set_notice.set(Some(t_with(
                        "devices-signed-out-one",
                        &[("device", (&session.device).into())],
                    )));
                }
                Err(err) => set_error.set(Some(err.message())),
            }
            reload();
            crate::dom::focus_soon("page-heading");
        })
    };
    let sign_out_others = move |_| {
        spawn_local(async move {
            match api::account::sign_out_other_devices().await {
                Ok(done) => {
                    set_error.set(None);
                    set_notice.set(Some(t_with(
                        "devices-signed-out-others",
                        &[("count", done.signed_out.into())],
                    )));
                }
                Err(err) => set_error.set(Some(err.message())),
            }
            reload();
            crate::dom::focus_soon("page-heading");
        })
    };

    view! {
        <AccountPage heading="devices-title">
            <p>{t("devices-intro")}</p>
            <div role="status">{move || notice.get().map(|message| view! { <p class="notice">{message}</p> })}</div>
            <FormError message=error />
            {move || match sessions.get() {
                None => view! { <p class="loading">{t("loading")}</p> }.into_any(),
                Some(Err(message)) => view! { <p class="form-error">{message}</p> }.into_any(),
                Some(Ok(list)) => {
                    let others = list.iter().filter(|s| !s.current).count();
                    view! {
                        <ul class="device-list">
                            {list.into_iter().map(|session| {
                                let heading_id = format!("device-{}", session.id);
                                let this = session.clone();
                                view! {
                                    <li>
                                        <h2 id=heading_id>
                                            {session.device.clone()}
                                            {session.current.then(|| view! { <span class="badge">{t("devices-this-device")}</span> })}
                                        </h2>
                                        <p>{t_with("devices-ip", &[("ip", (&session.ip).into())])}</p>
                                        <p>{at("devices-signed-in", session.created_at)}</p>
                                        <p>{at("devices-last-active", session.last_seen_at)}</p>
                                        {(!session.current).then(|| view! {
                                            <button type="button" class="secondary" on:click=move |_| sign_out_one(this.clone())>
                                                {t("devices-sign-out")}
                                                <span class="visually-hidden">{format!(" {}", t_with("devices-sign-out-name", &[("device", (&session.device).into()), ("ip", (&session.ip).into())]))}</span>
                                            </button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {(others > 0).then(|| view! {
                            <button type="button" class="primary" on:click=sign_out_others>{t("devices-sign-out-all")}</button>
                        })}
                    }.into_any()
                }
            }}
        </AccountPage>
    }
}
