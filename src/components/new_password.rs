//! Choosing a new password: the field, a live checklist from the shared policy, and the
//! confirmation. Used wherever a password is chosen.

use std::rc::Rc;

use leptos::html::Input;
use leptos::prelude::*;
use portico_api::password::{self, PolicyViolation};

use crate::api;
use crate::components::password_field::PasswordField;
use crate::i18n::{t, t_with};

/// The common-password list, fetched on the first keystroke in the new-password field
/// rather than with the page: its 36 KB would otherwise compete with the
/// page's first paint. Until it arrives (or if it cannot), the server's check still
/// applies on submit, and the checklist updates once it is here.
#[derive(Clone, Copy)]
pub struct CommonPasswords {
    list: RwSignal<Option<Rc<str>>, LocalStorage>,
    asked: StoredValue<bool>,
}

impl CommonPasswords {
    pub fn load() -> CommonPasswords {
        CommonPasswords {
            list: RwSignal::new_local(None),
            asked: StoredValue::new(false),
        }
    }

    /// Starts the fetch, once.
    fn fetch(&self) {
        if self.asked.get_value() {
            return;
        }
        self.asked.set_value(true);
        let list = self.list;
        leptos::task::spawn_local(async move {
            if let Ok(text) = api::common_passwords().await {
                list.set(Some(Rc::from(text)));
            }
        });
    }

    fn contains(&self, lowered: &str) -> bool {
        self.list.with(|list| {
            list.as_ref()
                .is_some_and(|text| portico_api::common_passwords::listed_in(text, lowered))
        })
    }
}

/// The policy's verdict on `candidate`, with the browser's lowercasing.
pub fn violations(
    candidate: &str,
    email: &str,
    min_chars: usize,
    common: CommonPasswords,
) -> Vec<PolicyViolation> {
    password::check_with(candidate, email, min_chars, crate::dom::lowercase, |p| {
        common.contains(p)
    })
}

/// The two fields of a new-password form and where their messages go: made once per
/// form, handed to [`NewPasswordFields`], and asked [`NewPasswordInputs::checked`] on submit.
#[derive(Clone, Copy, Default)]
pub struct NewPasswordInputs {
    pub password_ref: NodeRef<Input>,
    pub confirm_ref: NodeRef<Input>,
    pub password_error: RwSignal<Option<String>>,
    pub confirm_error: RwSignal<Option<String>>,
    /// The form's alert: the first problem, or the server's message.
    pub form_error: RwSignal<Option<String>>,
    /// The new password as typed, for the live checklist.
    typed: RwSignal<String>,
}

impl NewPasswordInputs {
    /// Empties both fields and the checklist, after the password was set.
    pub fn clear(&self) {
        for field in [self.password_ref, self.confirm_ref] {
            if let Some(input) = field.get_untracked() {
                input.set_value("");
            }
        }
        self.typed.set(String::new());
    }

    /// Checks the fields as the server will. On a problem it shows it beside the field and
    /// in the form's alert, moves focus there, and answers `None`.
    pub fn checked(
        &self,
        email: &str,
        min_chars: usize,
        common: CommonPasswords,
    ) -> Option<String> {
        let value = |r: NodeRef<Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        let (password, confirm) = (value(self.password_ref), value(self.confirm_ref));
        let problem = violations(&password, email, min_chars, common)
            .first()
            .map(crate::i18n::policy);
        let mismatch = (problem.is_none() && password != confirm).then(|| t("passwords-differ"));
        self.password_error.set(problem.clone());
        self.confirm_error.set(mismatch.clone());
        self.form_error.set(problem.clone().or(mismatch.clone()));
        let field = match (&problem, &mismatch) {
            (Some(_), _) => self.password_ref,
            (_, Some(_)) => self.confirm_ref,
            _ => return Some(password),
        };
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
        }
        None
    }
}

/// The new password and its confirmation. The caller reads both through `inputs` and
/// shows the server's verdict through its error signals.
#[component]
pub fn NewPasswordFields(
    email: Signal<String>,
    min_chars: Signal<usize>,
    common: CommonPasswords,
    inputs: NewPasswordInputs,
) -> impl IntoView {
    let typed = inputs.typed;
    let problems =
        Memo::new(move |_| violations(&typed.get(), &email.get(), min_chars.get(), common));
    let (done, not_yet) = (t("password-rule-done"), t("password-rule-not-yet"));
    let rule = move |label: Signal<String>, broken: fn(&PolicyViolation) -> bool| {
        let met = move || !typed.get().is_empty() && !problems.get().iter().any(broken);
        let (done, not_yet) = (done.clone(), not_yet.clone());
        view! {
            <li class:met=met>
                <span class="rule-mark" aria-hidden="true">{move || if met() { "✓" } else { "•" }}</span>
                {label}
                <span class="visually-hidden">{move || format!(" {}", if met() { done.clone() } else { not_yet.clone() })}</span>
            </li>
        }
    };
    view! {
        <PasswordField
            id="new-password"
            label=t("new-password-label")
            autocomplete="new-password"
            input_ref=inputs.password_ref
            error=inputs.password_error
            described_by="new-password-rules"
            on_input=Callback::new(move |value| {
                common.fetch();
                typed.set(value)
            })
        />
        <ul id="new-password-rules" class="policy" aria-label=t("password-rules-label")>
            {rule(
                Signal::derive(move || t_with("password-rule-length", &[("min", min_chars.get().into())])),
                |v| matches!(v, PolicyViolation::TooShort { .. } | PolicyViolation::TooLong { .. }),
            )}
            {rule(
                Signal::stored(t("password-rule-common")),
                |v| matches!(v, PolicyViolation::Common),
            )}
            {rule(
                Signal::stored(t("password-rule-email")),
                |v| matches!(v, PolicyViolation::SameAsEmail),
            )}
        </ul>
        <PasswordField
            id="confirm-password"
            label=t("confirm-password-label")
            autocomplete="new-password"
            input_ref=inputs.confirm_ref
            error=inputs.confirm_error
        />
    }
}
