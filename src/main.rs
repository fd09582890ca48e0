//! The `quarry` binary: the desktop app by default, the command line with a subcommand.

use std::io::ErrorKind;
use std::process::ExitCode;

use clap::Parser;
use quarry::cli::{Cli, run};

#[global_allocator]
static ALLOCATOR: quarry::allocator::Allocator = quarry::allocator::Allocator;

fn main() -> ExitCode {
    quarry::allocator::configure();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    if cli.command.is_none() {
        let is_workspace = cli
            .open
            .as_ref()
            .is_some_and(|p| p.is_file() && p.extension().is_some_and(|e| e == "ron"));
        if let Some(path) = &cli.open
            && !path.is_dir()
            && !is_workspace
        {
            eprintln!(
                "quarry: error: {} is neither a command, a folder nor a workspace file (see quarry --help)",
                path.display()
            );
            return ExitCode::from(2);
        }
        let (open, workspace) = if is_workspace {
            (None, cli.open)
        } else {
            (cli.open, None)
        };
        let options = quarry::app::AppOptions {
            open,
            workspace,
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
    let mut out = std::io::BufWriter::new(std::io::stdout());
    // A reader that stops early (`quarry links … | head`) has all it wants: no error.
    let broken_pipe = |error: &(dyn std::error::Error + 'static)| {
        io_error_kind(error) == Some(ErrorKind::BrokenPipe)
    };
    match run(cli, &mut out) {
        Ok(()) => match std::io::Write::flush(&mut out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) if broken_pipe(&error) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("quarry: error: {error}");
                ExitCode::from(1)
            }
        },
        Err(error) if error.chain().any(broken_pipe) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("quarry: error: {error:#}");
            ExitCode::from(1)
        }
    }
}

/// The kind of the input or output error behind `error`, if one is: written to the output
/// directly, as a CSV row or as JSON.
fn io_error_kind(error: &(dyn std::error::Error + 'static)) -> Option<ErrorKind> {
    if let Some(io) = error.downcast_ref::<std::io::Error>() {
        return Some(io.kind());
    }
    if let Some(csv) = error.downcast_ref::<csv::Error>() {
        return match csv.kind() {
            csv::ErrorKind::Io(io) => Some(io.kind()),
            _ => None,
        };
    }
    error
        .downcast_ref::<serde_json::Error>()
        .and_then(serde_json::Error::io_error_kind)
}
