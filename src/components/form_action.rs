//! Forms run their request as a Leptos `Action`: the action is what is pending (for the
//! `SubmitButton` and `aria-busy`), and the async block that handles the answer lives in
//! it, so no page keeps a `pending` flag of its own that an early return could leave set.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Starts a form's action unless it is already running. The submit button stays focusable
/// while busy (`aria-disabled`), so Enter or a second click must be ignored here.
pub trait SubmitOnce<I> {
    fn submit(&self, input: I);
}

impl<I: 'static, O: 'static> SubmitOnce<I> for Action<I, O> {
    fn submit(&self, input: I) {
        if !self.pending().get_untracked() {
            self.dispatch_local(input);
        }
    }
}

/// A form's submit handler: ignores submits while `action` runs; otherwise `read` checks
/// the form (marking what needs attention) and gives what to send, if anything.
pub fn on_submit<I: 'static, O: 'static>(
    action: Action<I, O>,
    read: impl Fn() -> Option<I> + Clone + 'static,
) -> impl Fn(SubmitEvent) + Clone + 'static {
    move |ev: SubmitEvent| {
        ev.prevent_default();
        if !action.pending().get_untracked() {
            if let Some(input) = read() {
                action.dispatch_local(input);
            }
        }
    }
}

/// A form action that leaves the page when it succeeds: it stays pending until the
/// browser replaces the document, so the button never flashes back to idle first.
pub async fn until_the_page_is_replaced() {
    std::future::pending::<()>().await
}
