//! The `quarry` binary: the desktop app by default, the command line with a subcommand.

use std::process::ExitCode;

use clap::Parser;
use quarry::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    if cli.command.is_none() {
        if let Some(path) = &cli.open
            && !path.is_dir()
        {
            eprintln!(
                "quarry: error: {} is neither a command nor a folder (see quarry --help)",
                path.display()
            );
            return ExitCode::from(2);
        }
        let options = quarry::app::AppOptions {
            open: cli.open,
            ..quarry::app::AppOptions::default()
        };
        return match quarry::app::run(options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("quarry: error: {error:#}");
                eprintln!("quarry: the command line still works without a display: quarry --help");
                ExitCode::from(1)
            }
        };
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match run(cli, &mut out) {
        Ok(()) => match std::io::Write::flush(&mut out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("quarry: error: {error}");
                ExitCode::from(1)
            }
        },
        Err(error) => {
            eprintln!("quarry: error: {error:#}");
            ExitCode::from(1)
        }
    }
}
