package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.winnow.core.model.AuditEntry;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "audit",
    description = {
      "The audit trail: who changed what, and when (read-only).",
      "Example: winnow audit review --item 12345678 --since 2026-01-01"
    })
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = "--item",
      paramLabel = "ID",
      description =
          "Only changes to this item: a record's ID from its file (or #N), with its citation and"
              + " import batch; a number also matches a citation, report, batch or study id.")
  String item;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only changes on or after this day (YYYY-MM-DD, UTC) or instant (ISO-8601).")
  String since;

  /** The JSON reply: the rows, oldest first. */
  record AuditReply(List<AuditRow> entries) {}

  /** One change, as stored in the audit table. */
  record AuditRow(
      long id,
      String at,
      String actor,
      String action,
      String entity,
      Long entityId,
      String detail) {
    static AuditRow of(AuditEntry e) {
      return new AuditRow(
          e.id(), e.at().toString(), e.actor(), e.action(), e.entity(), e.entityId(), e.detail());
    }
  }

  @Override
  public Integer call() throws Exception {
    Instant from = since == null ? null : parseSince(since);
    try (ReviewProject p = project.openToRead()) {
      List<AuditEntry> entries = p.auditTrail().entries(item, from);
      PrintWriter out = spec.commandLine().getOut();
      if (project.json) {
        Output.json(out, new AuditReply(entries.stream().map(AuditRow::of).toList()));
      } else {
        for (AuditEntry e : entries) {
          out.printf(
              "%s  %-12s %-16s %s%s%s%n",
              e.at(),
              e.actor(),
              e.action(),
              e.entity(),
              e.entityId() == null ? "" : " " + e.entityId(),
              e.detail() == null ? "" : ": " + e.detail());
        }
        out.printf("%d change(s)%n", entries.size());
      }
    }
    return ExitCodes.OK;
  }

  private static Instant parseSince(String text) throws BadInputException {
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          "--since: '"
              + text
              + "' is not a date (YYYY-MM-DD) or an instant (2026-01-31T12:00:00Z)");
    }
  }
}
