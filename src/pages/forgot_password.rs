//! `/forgot-password`: self-service reset arrives with the password-reset issue; until then
//! the page tells people who can help, rather than leaving the login link dead.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    crate::dom::set_title("Forgot your password?");
    view! {
        <main class="auth-page">
            <div class="auth-card">
                <h1>"Forgot your password?"</h1>
                <p>
                    "Resetting your password by email is not available on this portal yet. "
                    "Contact the people who invited you to this portal and they can help you back in."
                </p>
                <p class="secondary-action">
                    <A href="/login">"Back to sign in"</A>
                </p>
            </div>
        </main>
    }
}
