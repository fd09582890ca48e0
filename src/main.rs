//! The `quarry` binary: the command line (and, later, the desktop app).

use std::process::ExitCode;

use clap::Parser;
use quarry::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    if cli.command.is_none() {
        // The desktop app will open here; until it exists, show the help.
        let mut help = <Cli as clap::CommandFactory>::command();
        let _ = help.print_help();
        return ExitCode::SUCCESS;
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
