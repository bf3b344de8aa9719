//! `/account/devices`: where this account is signed in, with a way to sign out any other
//! device, or all of them at once.

use leptos::prelude::*;
use leptos::task::spawn_local;
use portico_api::account::DeviceSession;

use crate::api;
use crate::components::account_page::AccountPage;
use crate::components::form_error::FormError;
use crate::dom::format_time;

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
                    set_notice.set(Some(format!("Signed out {}.", session.device)));
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
                    set_notice.set(Some(match done.signed_out {
                        1 => "Signed out 1 other device.".to_string(),
                        n => format!("Signed out {n} other devices."),
                    }));
                }
                Err(err) => set_error.set(Some(err.message())),
            }
            reload();
            crate::dom::focus_soon("page-heading");
        })
    };

    view! {
        <AccountPage heading="Signed-in devices">
            <p>"Where your account is signed in now. If you don't recognise one, sign it out and change your password."</p>
            <div role="status">{move || notice.get().map(|message| view! { <p class="notice">{message}</p> })}</div>
            <FormError message=error />
            {move || match sessions.get() {
                None => view! { <p class="loading">"Loading…"</p> }.into_any(),
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
                                            {session.current.then(|| view! { <span class="badge">"This device"</span> })}
                                        </h2>
                                        <p>{format!("IP address {}", session.ip)}</p>
                                        <p>{format!("Signed in {}", format_time(session.created_at))}</p>
                                        <p>{format!("Last active {}", format_time(session.last_seen_at))}</p>
                                        {(!session.current).then(|| view! {
                                            <button type="button" class="secondary" on:click=move |_| sign_out_one(this.clone())>
                                                "Sign out"
                                                <span class="visually-hidden">{format!(" {} at {}", session.device, session.ip)}</span>
                                            </button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {(others > 0).then(|| view! {
                            <button type="button" class="primary" on:click=sign_out_others>"Sign out all other devices"</button>
                        })}
                    }.into_any()
                }
            }}
        </AccountPage>
    }
}
