"""Handlers of the command-line subcommands, one module per group, free of Qt."""
