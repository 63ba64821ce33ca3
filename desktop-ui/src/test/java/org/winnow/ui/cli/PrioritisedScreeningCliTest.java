package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code winnow screen --next --order}, {@code winnow screening --stop-check} and {@code --stop}:
 * the order items are served in, the stopping rule on that order, and the records a stop leaves
 * unscreened in PRISMA's excluded_automatic (issue 17).
 */
class PrioritisedScreeningCliTest {
  private static final String[] TITLES = {
    "m1", "Methadone maintenance in pregnancy and neonatal outcomes",
    "s1", "Smartphone apps for smoking cessation in adults",
    "m2", "Buprenorphine versus methadone in pregnancy neonatal abstinence",
    "s2", "Text messaging for smoking cessation trial",
    "m3", "Methadone dose in pregnancy and neonatal abstinence syndrome",
    "s3", "Smoking cessation apps adherence in adults",
    "m4", "Opioid agonist methadone pregnancy cohort neonatal",
    "s4", "Nicotine replacement and smoking cessation apps",
    "m5", "Methadone pregnancy outcomes neonatal weight",
    "s5", "Smoking cessation text messaging adults",
    "m6", "Neonatal abstinence after methadone in pregnancy",
    "s6", "Apps for smoking cessation: a review in adults",
  };

  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void project() throws Exception {
    dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    for (int i = 0; i < TITLES.length; i += 2) {
      ris.append("TY  - JOUR\nID  - ")
          .append(TITLES[i])
          .append("\nTI  - ")
          .append(TITLES[i + 1])
          .append("\nER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("r.ris"), ris);
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ana").exitCode());
    assertEquals(0, Cli.run("policy", dir, "--stage", "title-abstract", "single").exitCode());
  }

  private JsonNode next(String... order) {
    String[] args = {"screen", dir, "--stage", "title-abstract", "--reviewer", "Ana", "--next"};
    String[] all = new String[args.length + order.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(order, 0, all, args.length, order.length);
    all[all.length - 1] = "--json";
    Cli r = Cli.run(all);
    assertEquals(0, r.exitCode(), r.err());
    return r.json();
  }

  private void decide(String record, String decision) {
    Cli r =
        Cli.run(
            "screen",
            dir,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Ana",
            "--item",
            record,
            "--decision",
            decision);
    assertEquals(0, r.exitCode(), r.err());
  }

  /** Screens the next item as the truth says: methadone records are relevant. */
  private String screenNext() {
    String id = next().get("item").get("recordIds").get(0).asText();
    decide(id, id.startsWith("m") ? "include" : "exclude");
    return id;
  }

  @Test
  void theOrderOptionChoosesHowTheNextItemIsPicked() {
    JsonNode first = next();
    assertEquals("random", first.get("order").asText(), "nothing decided yet: random");
    assertEquals(
        first.get("item").get("recordIds").get(0).asText(),
        next().get("item").get("recordIds").get(0).asText(),
        "seeded: the same item again");
    assertEquals("m1", next("--order", "file").get("item").get("recordIds").get(0).asText());

    decide("m1", "include");
    decide("s1", "exclude");
    JsonNode ranked = next();
    assertEquals("prioritised", ranked.get("order").asText());
    assertEquals(2, ranked.get("trainedOn").asInt());
    assertTrue(ranked.get("score").isNumber());
    assertTrue(
        ranked.get("item").get("recordIds").get(0).asText().startsWith("m"), ranked.toString());
    assertEquals("random", next("--order", "random").get("order").asText());

    Cli text = Cli.run("screen", dir, "--stage", "title-abstract", "--reviewer", "Ana", "--next");
    assertTrue(text.out().contains("(prioritised: score "), text.out());

    Cli bad =
        Cli.run(
            "screen",
            dir,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Ana",
            "--next",
            "--order",
            "best");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("prioritised, random, file"), bad.err());
    Cli misplaced =
        Cli.run(
            "screen",
            dir,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Ana",
            "--item",
            "m2",
            "--decision",
            "include",
            "--order",
            "file");
    assertEquals(2, misplaced.exitCode(), misplaced.err());
  }

  @Test
  void theStopCheckWarnsWhenItemsWereNotServedInARankedOrRandomOrder() {
    decide("m1", "include");
    screenNext();
    Cli r = Cli.run("screening", dir, "--stop-check", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertFalse(j.get("valid").asBoolean());
    assertEquals(1, j.get("notServedInOrder").asInt());
    assertEquals(2, j.get("screened").asInt());
    assertTrue(r.err().contains("not valid"), r.err());
    assertTrue(j.get("warnings").get(0).asText().contains("1 of 2 screened items"));
  }

  @Test
  void stoppingCountsTheRecordsLeftAsExcludedByAutomationAndCanBeUndone() {
    for (int i = 0; i < 9; i++) {
      screenNext();
    }
    Cli check = Cli.run("screening", dir, "--stop-check", "--stage", "title-abstract", "--json");
    assertEquals(0, check.exitCode(), check.err());
    JsonNode c = check.json();
    assertTrue(c.get("valid").asBoolean(), check.out());
    assertEquals(12, c.get("records").asInt());
    assertEquals(9, c.get("screened").asInt());
    assertEquals(3, c.get("recordsLeft").asInt());
    assertTrue(
        c.get("recallLowerBound").asDouble() >= 0 && c.get("recallLowerBound").asDouble() <= 1);
    assertFalse(c.get("stop").asBoolean(), "twelve records are too few to stop on");
    Cli text = Cli.run("screening", dir, "--stop-check");
    assertTrue(text.out().contains("Recall is at least"), text.out());

    assertEquals(2, Cli.run("screening", dir, "--stop", "--by", "Ana").exitCode(), "no reason");
    Cli stop =
        Cli.run("screening", dir, "--stop", "--by", "Ana", "--reason", "budget spent", "--json");
    assertEquals(0, stop.exitCode(), stop.err());
    assertEquals(3, stop.json().get("records").asInt());
    assertEquals("excluded_automatic", stop.json().get("field").asText());
    assertEquals(
        3, Cli.run("screening", dir, "--stop", "--by", "Ana", "--reason", "again").exitCode());

    Cli explain = Cli.run("prisma", dir, "--explain", "excluded_automatic", "--json");
    assertEquals(0, explain.exitCode(), explain.err());
    JsonNode e = explain.json();
    assertEquals(3, e.get("n").asInt());
    assertEquals(3, e.get("items").size());
    String label = e.get("breakdown").get(0).get("label").asText();
    assertTrue(label.contains("budget spent") && label.contains("recall at least"), label);
    assertTrue(Cli.run("audit", dir).out().contains("screening-stop"));
    assertEquals(
        "Nothing left to screen for Ana at title-abstract",
        Cli.run("screen", dir, "--stage", "title-abstract", "--reviewer", "Ana", "--next")
            .out()
            .strip());

    Cli undo = Cli.run("screening", dir, "--stop", "--undo", "--by", "Ana", "--json");
    assertEquals(0, undo.exitCode(), undo.err());
    assertEquals(3, undo.json().get("records").asInt());
    assertEquals(
        0,
        Cli.run("prisma", dir, "--explain", "excluded_automatic", "--json")
            .json()
            .get("n")
            .asInt());
    assertEquals(3, Cli.run("screening", dir, "--stop", "--undo", "--by", "Ana").exitCode());
  }
}
