package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.winnow.core.model.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every verb's help, rendered as {@code winnow VERB --help} prints it, reads well: no picocli
 * warning, no description cut mid-sentence (the verb list shows a description's first line only,
 * and each line of a description starts a new line in the help), no placeholder group repeated
 * ({@code --resolve=A B VERDICT A B VERDICT}), no field name standing in for a placeholder.
 */
class CliHelpTest {
  /** A sentence ends with one of these, maybe followed by a closing bracket or quote. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!][)\"']*$", Pattern.DOTALL);

  /** Two or more placeholder words given twice in a row: "A B VERDICT A B VERDICT". */
  private static final Pattern REPEATED_GROUP =
      Pattern.compile("(?<![\\w-])([A-Z][A-Z_.|]*(?: [A-Z][A-Z_.|]*)+) \\1(?![\\w-])");

  /** picocli's default placeholder, the field's name in angle brackets: {@code --note=<note>}. */
  private static final Pattern FIELD_NAME_LABEL = Pattern.compile("=<[a-z][A-Za-z]*>");

  private static List<CommandLine> allCommands() {
    List<CommandLine> out = new ArrayList<>();
    collect(new CommandLine(new WinnowCli()), out);
    return out;
  }

  private static void collect(CommandLine cmd, List<CommandLine> out) {
    out.add(cmd);
    cmd.getSubcommands().values().stream()
        .distinct()
        .filter(c -> c.getParent() == cmd) // aliases share a CommandLine
        .forEach(c -> collect(c, out));
  }

  /** A description line that ends a sentence; an example command line stands on its own. */
  private static boolean complete(String line) {
    String text = line.strip().replaceAll("%n$", "");
    boolean balanced =
        text.chars().filter(ch -> ch == '(').count()
            == text.chars().filter(ch -> ch == ')').count();
    return text.startsWith("Example") || (balanced && SENTENCE_END.matcher(text).matches());
  }

  private static String name(CommandLine c) {
    return c.getCommandSpec().qualifiedName();
  }

  @Test
  void everyVerbsHelpRendersWithoutWarnings() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (CommandLine c : allCommands()) {
        String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
        String warnings = captured.toString(StandardCharsets.UTF_8);
        if (!warnings.isEmpty()) {
          problems.add(name(c) + ": " + warnings.strip());
          captured.reset();
        }
        if (help.contains("%n") || help.contains("WARN")) {
          problems.add(name(c) + ": unformatted text in the help");
        }
        String flat = help.replaceAll("\\s+", " ");
        Matcher repeated = REPEATED_GROUP.matcher(flat);
        while (repeated.find()) {
          problems.add(name(c) + ": placeholders repeated: " + repeated.group());
        }
        Matcher field = FIELD_NAME_LABEL.matcher(flat);
        while (field.find()) {
          problems.add(name(c) + ": a field name as placeholder: " + field.group());
        }
      }
    } finally {
      System.setErr(stderr);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyDescriptionLineEndsASentence() {
    List<String> problems = new ArrayList<>();
    for (CommandLine c : allCommands()) {
      CommandSpec spec = c.getCommandSpec();
      for (String line : spec.usageMessage().description()) {
        if (!complete(line)) {
          problems.add(name(c) + ": \"" + line + "\"");
        }
      }
      for (ArgSpec arg : spec.args()) {
        for (String line : arg.description()) {
          if (!complete(line)) {
            String which = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            problems.add(name(c) + " " + which + ": \"" + line + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theVerbListShowsWholeSentences() {
    String help = Cli.run("--help").out();
    // the list's lines, with a wrapped description joined to its first line
    List<String> entries = new ArrayList<>();
    boolean inCommands = false;
    for (String line : help.split("\\R")) {
      if (line.startsWith("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.matches("^  \\S.*")) {
        entries.add(line.strip());
      } else if (inCommands && line.matches("^\\s{4,}\\S.*") && !entries.isEmpty()) {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
      }
    }
    assertTrue(entries.size() > 20, help);
    List<String> cut = entries.stream().filter(e -> !complete(e)).toList();
    assertEquals(List.of(), cut);
  }

  @Test
  void everyStageOptionNamesEveryStageNameItAccepts() {
    int stageOptions = 0;
    for (CommandLine c : allCommands()) {
      OptionSpec stage = c.getCommandSpec().findOption("--stage");
      if (stage == null) {
        continue;
      }
      stageOptions++;
      String help = String.join(" ", stage.description());
      for (Stage s : Stage.values()) {
        for (String name : s.names()) {
          assertTrue(
              help.contains(name),
              name(c) + " --stage accepts '" + name + "', so its help names it: " + help);
          assertEquals(s, Stage.parse(name));
        }
      }
    }
    assertTrue(stageOptions > 5, "the verbs with --stage were found");
  }
}
