use clap::Parser;
use portico_server::config::{Cli, Command};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    portico_server::startup::init_tracing();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            None | Some(Command::Serve) => portico_server::startup::serve(cli.settings).await,
            Some(Command::Account(cmd)) => portico_server::cli::account(cli.settings, cmd).await,
            Some(Command::Outbox(cmd)) => portico_server::cli::outbox(cli.settings, cmd).await,
            Some(Command::Backup { to }) => portico_server::cli::backup(cli.settings, &to).await,
            Some(Command::CopyData { from, to }) => {
                portico_server::cli::copy_data(&from, &to).await
            }
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
