//! Non-interactive commands for scripts and tests.

use std::io::BufRead;

use anyhow::Context;

use crate::auth::password::{Hasher, Secret};
use crate::clock::format_utc;
use crate::clock::{Clock, SystemClock};
use crate::config::{AccountCommand, OutboxCommand, Settings};
use crate::keys::Keys;
use crate::mail::sender::render_bodies;
use crate::store::accounts::{CreateError, NewAccount};
use crate::store::Store;
use crate::validate;

/// `portico-server account ...`
pub async fn account(settings: Settings, command: AccountCommand) -> anyhow::Result<()> {
    match command {
        AccountCommand::Create(args) => {
            validate::email(&args.email).map_err(|m| anyhow::anyhow!("--email: {m}"))?;
            validate::name(&args.name).map_err(|m| anyhow::anyhow!("--name: {m}"))?;
            let password_hash = if args.password_stdin {
                let password = read_password_line()?;
                // The API refuses these in every field, so such a password could never
                // be typed in to sign in.
                if let Some(c) = validate::control_character(&password) {
                    anyhow::bail!(
                        "the password was refused: remove the control character (U+{:04X})",
                        c as u32
                    );
                }
                let problems = validate::new_password(
                    "password",
                    &password,
                    &args.email,
                    settings.min_password_chars,
                );
                if let Some(problem) = problems.first() {
                    anyhow::bail!("the password was refused: {}", problem.message);
                }
                Some(Hasher::new()?.hash(&Secret::new(password)).await?)
            } else {
                None
            };
            let store = Store::open(&settings.database_url()).await?;
            let role = portico_api::Role::from(args.role);
            let new = NewAccount {
                email: &args.email,
                name: &args.name,
                role,
                password_hash,
            };
            match store.create_account(new, SystemClock.now()).await {
                Ok(id) => {
                    println!(
                        "Created {} account {} (id {id}).",
                        role.as_str(),
                        args.email.trim()
                    );
                    Ok(())
                }
                Err(CreateError::DuplicateEmail) => {
                    anyhow::bail!(
                        "an account with the email {} already exists",
                        args.email.trim()
                    )
                }
                Err(CreateError::Unexpected(err)) => Err(err),
            }
        }
    }
}

/// `portico-server outbox ...`: how operators without SMTP read what Portico would send.
pub async fn outbox(settings: Settings, command: OutboxCommand) -> anyhow::Result<()> {
    let store = Store::open(&settings.database_url()).await?;
    match command {
        OutboxCommand::List { limit } => {
            let mails = store.outbox(limit).await?;
            if mails.is_empty() {
                println!("The outbox is empty.");
            }
            for mail in mails {
                println!(
                    "{:>5}  {:<6}  {} attempt(s)  {}  {}  {}",
                    mail.id,
                    mail.status,
                    mail.attempts,
                    format_utc(mail.created_at),
                    mail.to_address,
                    mail.subject
                );
            }
            Ok(())
        }
        OutboxCommand::Show { id } => {
            let mail = store
                .outbox_message(id)
                .await?
                .with_context(|| format!("there is no message {id} in the outbox"))?;
            let keys = Keys::load(settings.secret_key.as_deref(), &settings.data_dir)?;
            let (text, html) = render_bodies(&store, &keys, &settings.public_url()?, &mail).await?;
            println!("Message: {}", mail.id);
            println!("To: {} <{}>", mail.to_name, mail.to_address);
            println!("Subject: {}", mail.subject);
            println!("Queued: {}", format_utc(mail.created_at));
            println!("Status: {} after {} attempt(s)", mail.status, mail.attempts);
            if let Some(error) = &mail.last_error {
                println!("Last error: {error}");
            }
            println!("\n{text}\n--- HTML part ---\n{html}");
            Ok(())
        }
    }
}

/// `portico-server backup --to FILE`
pub async fn backup(settings: Settings, to: &std::path::Path) -> anyhow::Result<()> {
    let store = Store::open(&settings.database_url()).await?;
    let counts = store.backup_to(to).await?;
    println!("Backed up to {}:", to.display());
    print_counts(&counts);
    println!("{KEY_REMINDER}");
    Ok(())
}

/// `portico-server copy-data --from URL --to URL`
pub async fn copy_data(from: &str, to: &str) -> anyhow::Result<()> {
    let source = Store::open(from).await?;
    let target = Store::open(to).await?;
    let counts = source.copy_into(&target).await?;
    println!(
        "Copied {} into {} (counts checked):",
        crate::store::redact(from),
        crate::store::redact(to)
    );
    print_counts(&counts);
    println!("{KEY_REMINDER}");
    Ok(())
}

const KEY_REMINDER: &str = "Keep the secret key with it (PORTICO_SECRET_KEY, or secret.key in \
the data folder): sessions, reset links and webhook secrets only work with the same key.";

fn print_counts(counts: &crate::store::copy::Counts) {
    for (table, count) in counts {
        println!("  {table:<26} {count:>9} rows");
    }
}

/// One line from standard input without its line ending; everything else is kept, since
/// spaces can be part of a passphrase.
fn read_password_line() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let trimmed = line.strip_suffix('\n').unwrap_or(&line);
    let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
    anyhow::ensure!(!trimmed.is_empty(), "standard input held no password");
    Ok(trimmed.to_string())
}
