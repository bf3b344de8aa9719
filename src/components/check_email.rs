use leptos::either::Either;
use leptos::prelude::*;

use crate::session::Portal;

/// The page's state once a link has been asked for: the heading says what to do next,
/// and what to try when nothing arrives, naming the address the email comes from.
#[component]
pub fn CheckYourEmail(
    /// The server's confirmation ("If an account exists for that address…").
    message: String,
    /// The address the person typed, when they typed one.
    #[prop(optional)]
    address: Option<String>,
) -> impl IntoView {
    crate::dom::set_title("Check your email");
    let portal = Portal::get();
    let sender = move || {
        portal
            .info()
            .and_then(Result::ok)
            .map(|p| p.mail_from)
            .filter(|from| !from.is_empty())
    };
    view! {
        <h1 id="check-email-heading" tabindex="-1">"Check your email"</h1>
        <div class="notice" role="status"><p>{message}</p></div>
        <h2 class="subheading">"Nothing arrived after a few minutes?"</h2>
        <ul class="tips">
            {address.map(|address| view! {
                <li>"Check the address you typed: " <strong class="wrap">{address}</strong></li>
            })}
            <li>"Look in your spam or junk folder."</li>
            {move || match sender() {
                Some(from) => Either::Left(view! {
                    <li>"Add " <strong class="wrap">{from}</strong> " to your contacts or allow-list, then ask again."</li>
                }),
                None => Either::Right(view! {
                    <li>"Add our sender address to your contacts or allow-list, then ask again."</li>
                }),
            }}
        </ul>
    }
}
