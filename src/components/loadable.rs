use leptos::prelude::*;

use crate::api;

/// What a page shows for data it loads: a status line while waiting, the error with a
/// "Try again" button (which loads again) when it fails, and `show` with the data. Empty
/// states belong to `show`, which knows what "nothing yet" means for its data.
pub fn loadable<T>(
    resource: LocalResource<Result<T, api::Error>>,
    loading: impl Into<String>,
    show: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let loading = loading.into();
    move || match resource.get() {
        None => view! { <p class="loading" role="status">{loading.clone()}</p> }.into_any(),
        Some(Err(err)) => view! {
            <div class="load-error" role="alert">
                <p>{err.message()}</p>
                <button type="button" class="secondary" on:click=move |_| resource.refetch()>
                    {crate::i18n::t("try-again")}
                </button>
            </div>
        }
        .into_any(),
        Some(Ok(data)) => show(data),
    }
}
