//! Non-interactive commands for scripts and tests.

use std::io::BufRead;

use anyhow::Context;

use crate::auth::password::{Hasher, Secret};
use crate::clock::{Clock, SystemClock};
use crate::config::{AccountCommand, Settings};
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
                let problems = validate::new_password("password", &password, &args.email);
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
