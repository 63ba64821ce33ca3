package org.winnow.ui.cli;

import picocli.CommandLine.Command;

/** Benchmarks that reproduce the figures in docs/benchmarks.md. */
@Command(
    name = "bench",
    description =
        "Benchmarks: import speed and memory, deduplication against benchmark truth, screening speed,"
            + " ranking retrain time.",
    subcommands = {
      BenchImportCommand.class,
      BenchDedupCommand.class,
      BenchScreeningCommand.class,
      BenchFormCommand.class,
      BenchRankingCommand.class
    })
final class BenchCommand {}
