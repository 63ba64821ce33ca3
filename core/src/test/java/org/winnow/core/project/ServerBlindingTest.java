package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Member;
import org.winnow.core.model.MemberRole;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.fixtures.TestPostgres;

/**
 * Blinding and least privilege enforced by the server, tested as an attacker would: a reviewer
 * connects with the JDBC driver under their own login and reads every table and view directly, and
 * tries to change what they may not.
 */
class ServerBlindingTest {
  @TempDir Path tmp;

  private static final String RIS =
      "TY  - JOUR\nID  - r1\nTI  - Stroke unit care\nPY  - 2001\nER  - \n"
          + "TY  - JOUR\nID  - r2\nTI  - Early mobilisation after stroke\nPY  - 2002\nER  - \n";

  /** The project's database as the owner made it, and the logins of its members. */
  private record Team(
      ProjectLocation.Server owner, String lead, String ana, String ben, String statistician) {
    ProjectLocation.Server as(String login) {
      return ProjectLocation.Server.parse(
          "postgresql://" + login + "@127.0.0.1:" + owner.port() + "/" + owner.database());
    }

    Connection connect(String login) throws SQLException {
      return DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:" + owner.port() + "/" + owner.database(), login, "");
    }
  }

  private Team team() throws Exception {
    ProjectLocation.Server owner = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    String suffix = owner.database().substring("winnow_test_".length());
    Team t = new Team(owner, "lea_" + suffix, "ana_" + suffix, "ben_" + suffix, "sam_" + suffix);
    try (ReviewProject p = ReviewProject.create(owner, "Stroke units", "owner")) {
      TestImports.ris(p, tmp.resolve("a.ris"), "MEDLINE", SourceType.DATABASE, "owner", RIS);
      MemberService members = p.members();
      members.add("Lea", MemberRole.LEAD, t.lead(), null, "owner");
      members.add("Ana", MemberRole.REVIEWER, t.ana(), null, "owner");
      members.add("Sam", MemberRole.STATISTICIAN, t.statistician(), null, "owner");
      MemberService.Added ben = members.add("Ben", MemberRole.REVIEWER, t.ben(), null, "owner");
      assertTrue(ben.loginCreated());
      assertNotNull(ben.generatedPassword());
      assertEquals(20, ben.generatedPassword().length());
    }
    return t;
  }

  @Test
  void anAttackerReadingEveryTableSeesAnotherReviewersDecisionOnlyAfterDecidingTheItem()
      throws Exception {
    Team t = team();
    String token = "TOKEN-" + UUID.randomUUID();
    try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
      // three times (a changed mind is a new row): a value common enough for the planner's
      // statistics to list it, which the attacker then looks for in pg_stats
      for (int i = 0; i < 3; i++) {
        decide(ana, "r1", "Ana", DecisionValue.EXCLUDE, token);
      }
    }
    try (Connection ben = t.connect(t.ben())) {
      List<String> tables = tables(ben);
      assertTrue(tables.containsAll(List.of("decision", "audit", "member")), tables.toString());
      assertEquals(List.of(), tablesHolding(ben, tables, token), "before Ben decided");
      assertEquals(List.of(), tablesHolding(ben, tables, "exclude"), "nor the outcome");
    }
    String inStatistics =
        "SELECT count(*) FROM pg_stats WHERE most_common_vals::text LIKE '%" + token + "%'";
    try (Connection owner = t.connect(TestPostgres.USER);
        Statement s = owner.createStatement()) {
      s.execute("ANALYZE");
      assertEquals(1, single(s, inStatistics), "the owner sees it in the statistics");
    }
    try (Connection ben = t.connect(t.ben());
        Statement s = ben.createStatement()) {
      assertEquals(0, single(s, inStatistics), "the planner's statistics hide it from Ben");
    }
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      // the service reads what the server lets Ben read: nothing of Ana's yet
      assertTrue(ben.screening().view(Stage.TITLE_ABSTRACT, itemOf(ben), "Ben").blinded());
      decide(ben, "r1", "Ben", DecisionValue.INCLUDE, null);
    }
    try (Connection ben = t.connect(t.ben())) {
      assertEquals(
          List.of("decision"), tablesHolding(ben, tables(ben), token), "after Ben decided");
    }
    try (Connection sam = t.connect(t.statistician());
        Statement s = sam.createStatement()) {
      assertTrue(tablesHolding(sam, tables(sam), token).contains("decision"), "reads all");
      SQLException refused =
          assertThrows(SQLException.class, () -> s.execute("DELETE FROM exclusion_reason"));
      assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
    }
    try (ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
      assertEquals(1, lead.screening().conflicts(Stage.TITLE_ABSTRACT).size());
      lead.screening()
          .resolve(Stage.TITLE_ABSTRACT, "r1", DecisionValue.INCLUDE, null, null, "Lea", false);
      assertEquals(0, lead.screening().conflicts(Stage.TITLE_ABSTRACT).size());
    }
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      // the outcome is Ben's to read now that he decided: no conflict left
      assertEquals(0, ben.screening().conflicts(Stage.TITLE_ABSTRACT).size());
      assertFalse(ben.screening().view(Stage.TITLE_ABSTRACT, itemOf(ben), "Ben").blinded());
    }
  }

  @Test
  void appraisalsAndExtractionAnswersStayHiddenUntilBothAreSubmitted() throws Exception {
    Team t = team();
    long ana;
    long ben;
    long study;
    long template;
    try (Connection owner = t.connect(TestPostgres.USER);
        Statement s = owner.createStatement()) {
      ana = single(s, "SELECT id FROM reviewer WHERE name = 'Ana'");
      ben = single(s, "SELECT id FROM reviewer WHERE name = 'Ben'");
      study = single(s, "INSERT INTO study(label, created_at) VALUES ('S1', 'now') RETURNING id");
      template =
          single(
              s,
              "INSERT INTO form_template(form_id, version, title, definition, sha256, origin,"
                  + " added_at, added_by) VALUES ('f', 1, 'F', '{}', 'x', 'built-in', 'now',"
                  + " 'owner') RETURNING id");
    }
    String token = "TOKEN-" + UUID.randomUUID();
    try (Connection c = t.connect(t.ana());
        Statement s = c.createStatement()) {
      s.execute(appraisal(study, ana, token));
      s.execute(extraction(study, template, ana, token));
    }
    try (Connection c = t.connect(t.ben());
        Statement s = c.createStatement()) {
      assertEquals(List.of(), tablesHolding(c, tables(c), token), "before Ben submitted");
      s.execute(appraisal(study, ben, "mine"));
      assertEquals(List.of("appraisal"), tablesHolding(c, tables(c), token), "one of two");
      s.execute(extraction(study, template, ben, "mine"));
      assertEquals(List.of("appraisal", "extraction"), tablesHolding(c, tables(c), token), "both");
    }
  }

  private static String appraisal(long study, long reviewer, String note) {
    return "INSERT INTO appraisal(study_id, tool, reviewer_id, kind, answers, note, origin,"
        + " created_at) VALUES ("
        + study
        + ", 'mmat-2018', "
        + reviewer
        + ", 'appraiser', '{}', '"
        + note
        + "', 'psql', 'now')";
  }

  private static String extraction(long study, long template, long reviewer, String note) {
    return "INSERT INTO extraction(study_id, template_id, reviewer_id, kind, answers, note,"
        + " origin, created_at) VALUES ("
        + study
        + ", "
        + template
        + ", "
        + reviewer
        + ", 'extractor', '{}', '"
        + note
        + "', 'psql', 'now')";
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getLong(1);
    }
  }

  @Test
  void aReviewerCannotChangeOrDeleteDecisionsNorTheAuditTrailNorDecideAsSomeoneElse()
      throws Exception {
    Team t = team();
    try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
      decide(ana, "r1", "Ana", DecisionValue.INCLUDE, "x");
    }
    long anaId;
    try (ReviewProject owner = ReviewProject.open(t.owner())) {
      anaId = owner.screening().reviewer("Ana").id();
    }
    try (Connection ben = t.connect(t.ben());
        Statement s = ben.createStatement()) {
      String insertAsAna =
          "INSERT INTO decision(stage, item_id, reviewer_id, value, labels, decided_at, origin)"
              + " VALUES ('title-abstract', 2, "
              + anaId
              + ", 'exclude', '[]', '2026-12-07T12:00:00Z', 'psql')";
      for (String sql :
          List.of(
              "UPDATE decision SET value = 'exclude'",
              "DELETE FROM decision",
              "UPDATE audit SET actor = 'nobody'",
              "DELETE FROM audit",
              "TRUNCATE audit",
              insertAsAna,
              "INSERT INTO member(login, reviewer_id, role, added_at, added_by)"
                  + " VALUES ('x', 1, 'lead', 'now', 'me')",
              "UPDATE member SET role = 'lead'",
              "INSERT INTO source(name, type) VALUES ('Mine', 'other')",
              "UPDATE screening_policy SET mode = 'single'",
              "DELETE FROM exclusion_reason")) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(
            refused.getMessage().contains("permission denied")
                || refused.getMessage().contains("row-level security"),
            sql + ": " + refused.getMessage());
      }
    }
    // append-only for everyone, the owner (here a superuser) included
    try (Connection owner = t.connect(TestPostgres.USER);
        Statement s = owner.createStatement()) {
      for (String sql : List.of("UPDATE audit SET actor = 'nobody'", "DELETE FROM audit")) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
      }
    }
  }

  @Test
  void everyRowAMemberAddsCarriesTheirReviewerAndTheServiceRefusesSomeoneElsesName()
      throws Exception {
    Team t = team();
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      ProjectException refused =
          assertThrows(ProjectException.class, () -> ben.members().actingAs("Ana", "--by"));
      assertTrue(refused.getMessage().contains("acts as their own login"), refused.getMessage());
      assertEquals("Ben", ben.members().actingAs(null, "--by"));
      assertEquals("Ben", ben.members().actingAs("ben", "--by"));
      decide(ben, "r2", "Ben", DecisionValue.MAYBE, null);
      ben.auditTrail(); // readable
      // a member cannot manage members
      ProjectException notLead =
          assertThrows(
              ProjectException.class,
              () -> ben.members().add("Eve", MemberRole.LEAD, null, null, "Ben"));
      assertTrue(notLead.getMessage().contains("only a lead"), notLead.getMessage());
    }
    try (Connection owner = t.connect(TestPostgres.USER);
        Statement s = owner.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT actor FROM audit WHERE action = 'decide' ORDER BY id")) {
      assertTrue(rs.next());
      assertEquals("Ben", rs.getString(1));
      assertFalse(rs.next());
    }
  }

  @Test
  void aRemovedMemberReadsNothingMoreAndTheirWorkStays() throws Exception {
    Team t = team();
    try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
      decide(ana, "r1", "Ana", DecisionValue.INCLUDE, null);
    }
    try (ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
      Member removed = lead.members().remove("Ana", "Lea");
      assertFalse(removed.active());
      assertEquals(4, lead.members().list().size());
      assertEquals(
          1, lead.screening().outcomes(Stage.TITLE_ABSTRACT).get(itemOf(lead)).decisions().size());
    }
    try (Connection ana = t.connect(t.ana());
        Statement s = ana.createStatement()) {
      SQLException refused =
          assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM decision"));
      assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
    }
    try (ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
      // a lead gives an existing login its place back; a new login needs CREATEROLE
      MemberService.Added back =
          lead.members().add("Ana", MemberRole.REVIEWER, t.ana(), null, "Lea");
      assertFalse(back.loginCreated());
      assertNull(back.generatedPassword());
      ProjectException noCreateRole =
          assertThrows(
              ProjectException.class,
              () -> lead.members().add("Eve", MemberRole.REVIEWER, "eve_" + t.ana(), null, "Lea"));
      assertTrue(noCreateRole.getMessage().contains("CREATEROLE"), noCreateRole.getMessage());
      assertTrue(lead.screening().reviewers().stream().noneMatch(r -> r.name().equals("Eve")));
    }
    try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
      assertEquals(1, ana.screening().ownDecisions(Stage.TITLE_ABSTRACT, "Ana").size());
    }
  }

  @Test
  void aLeadImportsDeduplicatesAndSetsPoliciesAReviewerCannot() throws Exception {
    Team t = team();
    String more = "TY  - JOUR\nID  - e1\nTI  - Stroke unit care\nPY  - 2001\nER  - \n";
    try (ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
      TestImports.ris(lead, tmp.resolve("e.ris"), "Embase", SourceType.DATABASE, "Lea", more);
      lead.dedup().run("Lea", Progress.NONE);
      lead.screening().addReason("Wrong language", "Lea");
      assertEquals(3, lead.summary().records());
    }
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      assertThrows(
          Exception.class,
          () -> TestImports.ris(ben, tmp.resolve("b.ris"), "Mine", SourceType.OTHER, "Ben", more));
      assertThrows(Exception.class, () -> ben.screening().addReason("Mine", "Ben"));
      assertEquals(3, ben.summary().records());
    }
  }

  @Test
  void aReviewersOpenProjectTakesInALeadsImportThoughItsAuditRowIsHiddenFromThem()
      throws Exception {
    Team t = team();
    String more = "TY  - JOUR\nID  - e1\nTI  - Thrombolysis after stroke\nPY  - 2003\nER  - \n";
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      decide(ben, "r1", "Ben", DecisionValue.EXCLUDE, null);
      assertEquals(2, ben.summary().records());
      assertEquals(2, ben.screening().outcomesNow().titleAbstract().size());
      String mark = ben.appendMark();
      String change = ben.changeMark();
      try (ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
        TestImports.ris(lead, tmp.resolve("e.ris"), "Embase", SourceType.DATABASE, "Lea", more);
      }
      // Ben reads none of Lea's audit rows, yet what his project keeps is read again
      assertNotEquals(mark, ben.appendMark());
      assertNotEquals(change, ben.changeMark());
      assertEquals(3, ben.summary().records());
      assertEquals(3, ben.screening().outcomesNow().titleAbstract().size());
    }
    // what Ana learns through the view: that changes were made, not what Ben decided
    try (Connection owner = t.connect(TestPostgres.USER);
        Statement all = owner.createStatement();
        Connection ana = t.connect(t.ana());
        Statement s = ana.createStatement()) {
      assertEquals(0, single(s, "SELECT count(*) FROM audit WHERE actor = 'Ben'"));
      assertEquals(
          single(all, "SELECT count(*) FROM audit WHERE action NOT IN ('decide', 'decide-bulk')"),
          single(s, "SELECT count(*) FROM audit_change"));
      long benAudit =
          single(all, "SELECT max(id) FROM audit WHERE actor = 'Ben' AND action = 'decide'");
      assertEquals(0, single(s, "SELECT count(*) FROM audit_change WHERE id = " + benAudit));
      try (ResultSet rs = s.executeQuery("SELECT * FROM audit_change")) {
        assertEquals(1, rs.getMetaData().getColumnCount(), "the view shows ids only");
      }
    }
  }

  @Test
  void anItemTwoOthersDecidedLeavesAReviewersQueueThoughTheirDecisionsStayHidden()
      throws Exception {
    Team t = team();
    long r1;
    try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
      r1 = itemOf(ana);
      decide(ana, "r1", "Ana", DecisionValue.EXCLUDE, null);
    }
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()));
        ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
      // one decision of two: Ben is still needed on r1
      assertTrue(ben.screening().queue(Stage.TITLE_ABSTRACT, "Ben").contains(r1));
      assertFalse(ben.screening().sessionItem(Stage.TITLE_ABSTRACT, r1, "Ben").finishedByOthers());
      // Lea decides while Ben's session is open: his session learns that r1 is finished
      decide(lead, "r1", "Lea", DecisionValue.INCLUDE, null);
      assertTrue(ben.screening().sessionItem(Stage.TITLE_ABSTRACT, r1, "Ben").finishedByOthers());
      // Ana's own decision does not count for her: only Lea's other one
      try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
        assertFalse(
            ana.screening().sessionItem(Stage.TITLE_ABSTRACT, r1, "Ben").finishedByOthers());
      }
    }
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      List<Long> queue = ben.screening().queue(Stage.TITLE_ABSTRACT, "Ben");
      assertEquals(1, queue.size(), "r2 only: r1 has its two decisions");
      assertFalse(queue.contains(r1));
      assertFalse(
          ben.screening().queue(Stage.TITLE_ABSTRACT, "Ben", null, true).items().contains(r1));
      assertTrue(ben.screening().view(Stage.TITLE_ABSTRACT, r1, "Ben").blinded(), "still hidden");
    }
  }

  @Test
  void onlyALeadStopsScreeningAndUndoesTheStop() throws Exception {
    Team t = team();
    try (ReviewProject ben = ReviewProject.open(t.as(t.ben()))) {
      ProjectException refused =
          assertThrows(
              ProjectException.class,
              () -> ben.stopping().stop(Stage.TITLE_ABSTRACT, "Ben", "enough"));
      assertTrue(refused.getMessage().contains("only a lead"), refused.getMessage());
      assertTrue(refused.getMessage().contains(t.ben()), refused.getMessage());
    }
    try (ReviewProject lead = ReviewProject.open(t.as(t.lead()))) {
      assertEquals(2, lead.stopping().stop(Stage.TITLE_ABSTRACT, "Lea", "enough").records());
    }
    try (ReviewProject ana = ReviewProject.open(t.as(t.ana()))) {
      ProjectException refused =
          assertThrows(
              ProjectException.class, () -> ana.stopping().undo(Stage.TITLE_ABSTRACT, "Ana", null));
      assertTrue(refused.getMessage().contains("only a lead"), refused.getMessage());
    }
    try (ReviewProject owner = ReviewProject.open(t.owner())) {
      assertEquals(2, owner.stopping().undo(Stage.TITLE_ABSTRACT, "owner", null).records());
    }
  }

  @Test
  void aFolderProjectHasNoMembers() throws Exception {
    try (ReviewProject p = ReviewProject.create(tmp.resolve("solo"), "Solo", "ana")) {
      ProjectException e =
          assertThrows(
              ProjectException.class,
              () -> p.members().add("Ben", MemberRole.REVIEWER, null, null, "ana"));
      assertTrue(e.getMessage().contains("team projects only"), e.getMessage());
      assertThrows(ProjectException.class, () -> p.members().list());
      assertEquals("Ben", p.members().actingAs("Ben", "--by"));
      assertNull(p.members().actingAs(null, "--by"));
    }
  }

  @Test
  void loginsAreMadeFromNames() {
    assertEquals("ben_carter", MemberService.loginFor("Ben Carter"));
    assertEquals("celine_o_brien", MemberService.loginFor("Céline O'Brien"));
    assertEquals("m_42", MemberService.loginFor("42"));
  }

  /** One title-abstract decision on a record, by the reviewer named. */
  private static void decide(
      ReviewProject p, String record, String reviewer, DecisionValue value, String note)
      throws ProjectException {
    p.screening()
        .decide(Stage.TITLE_ABSTRACT, record, reviewer, value, null, note, List.of(), "cli");
  }

  private static long itemOf(ReviewProject p) throws ProjectException {
    return p.screening().itemOf(Stage.TITLE_ABSTRACT, "r1");
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() ORDER BY table_name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** The tables (and views) in which this connection can read a value containing the text. */
  private static List<String> tablesHolding(Connection c, List<String> tables, String text)
      throws SQLException {
    List<String> out = new ArrayList<>();
    for (String table : tables) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
        int columns = rs.getMetaData().getColumnCount();
        boolean found = false;
        while (rs.next() && !found) {
          for (int i = 1; i <= columns && !found; i++) {
            Object v = rs.getObject(i);
            found = v != null && String.valueOf(v).contains(text);
          }
        }
        if (found) {
          out.add(table);
        }
      }
    }
    return out;
  }
}
