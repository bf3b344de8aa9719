use leptos::either::Either;
use leptos::prelude::*;

use crate::i18n::{t, t_around};
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
    crate::dom::set_title(&t("check-email-title"));
    let portal = Portal::get();
    let sender = move || {
        portal
            .info()
            .and_then(Result::ok)
            .map(|p| p.mail_from)
            .filter(|from| !from.is_empty())
    };
    view! {
        <h1 id="check-email-heading" tabindex="-1">{t("check-email-title")}</h1>
        <div class="notice" role="status"><p>{message}</p></div>
        <h2 class="subheading">{t("check-email-nothing")}</h2>
        <ul class="tips">
            {address.map(|address| {
                let (before, after) = t_around("check-email-address", "address");
                view! { <li>{before}<strong class="wrap">{address}</strong>{after}</li> }
            })}
            <li>{t("check-email-spam")}</li>
            {move || match sender() {
                Some(from) => {
                    let (before, after) = t_around("check-email-add-sender", "sender");
                    Either::Left(view! { <li>{before}<strong class="wrap">{from}</strong>{after}</li> })
                }
                None => Either::Right(view! { <li>{t("check-email-add-our-sender")}</li> }),
            }}
        </ul>
    }
}
