use leptos::prelude::*;

use crate::human_check::Checking;
use crate::i18n::t;

/// What a form shows while its human check runs: a sentence and a progress bar, in a
/// status region that exists from the start, so screen readers hear it appear. Empty
/// otherwise. `checking` is the share of the search done, while it runs.
#[component]
pub fn HumanCheckProgress(checking: Checking) -> impl IntoView {
    let checking = checking.0;
    view! {
        <div class="human-check" role="status">
            {move || checking.get().map(|done| view! {
                <p>{t("human-check-progress")}</p>
                <progress max="1" prop:value=done aria-label=t("human-check-progress-label")></progress>
            })}
        </div>
    }
}
