"""One module per `votedeck` subcommand, each with `add_arguments(parser)` and `run(args) -> int`."""
