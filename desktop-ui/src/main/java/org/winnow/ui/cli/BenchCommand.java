package org.winnow.ui.cli;

import picocli.CommandLine.Command;

/** Benchmarks that reproduce the figures in docs/benchmarks.md. */
@Command(
    name = "bench",
    description =
        "Benchmarks: import speed and memory, deduplication against benchmark truth, screening speed,"
            + " ranking retrain time, and a team server under load and faults.",
    subcommands = {
      BenchImportCommand.class,
      BenchDedupCommand.class,
      BenchScreeningCommand.class,
      BenchFormCommand.class,
      BenchRankingCommand.class,
      BenchTeamCommand.class
    })
final class BenchCommand {}
