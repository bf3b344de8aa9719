use leptos::either::Either;
use leptos::prelude::*;

use crate::session::Portal;

/// The portal's logo and name, as the sign-in card and the top bar show them. The logo's
/// size is in the markup, so the space is kept before the image arrives; it is decorative
/// (`alt=""`) because the name is written beside it.
#[component]
pub fn Brand(
    /// `p` on the sign-in card, `span` in the top bar.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let portal = Portal::get();
    let contents = move || {
        view! {
            {move || portal.logo().map(|logo| view! {
                <img class="brand-logo" src=logo.url width=logo.width height=logo.height alt="" />
            })}
            <span class="brand-name">{move || portal.name().unwrap_or_default()}</span>
        }
    };
    if inline {
        Either::Left(view! { <span class="brand">{contents()}</span> })
    } else {
        Either::Right(view! { <p class="brand">{contents()}</p> })
    }
}
