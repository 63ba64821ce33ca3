package org.winnow.core.dedup;

import java.util.regex.Pattern;

/**
 * Titles too short or generic to name one work: journals print "Editor's Comments", "In this
 * issue", "Reviewer acknowledgement", news and erratum columns in every issue under the same title
 * and author. For such a pair only the issue, volume, pages or an identifier tell which one it is.
 */
final class RecurringItem {
  /** Titles of at most this many words are too short to identify a work on their own. */
  static final int SHORT_TITLE_WORDS = 4;

  /** Column titles up to this many words are generic when they use a column's words. */
  static final int COLUMN_TITLE_WORDS = 8;

  private static final Pattern COLUMN_WORDS =
      Pattern.compile(
          "\\b(editors?|editorial|in this issue|this issue|acknowledge?ments?|reviewers|referees"
              + "|news|newsletter|errat(um|a)|corrigend(um|a)|corrections?|announcements?|preface"
              + "|foreword|introduction|contents|calendar|obituar(y|ies)|book reviews?|letters?"
              + "|correspondence|notes?|remarks|comments|column|issue)\\b");

  private RecurringItem() {}

  /** True when the folded title is short or could head the same column in many issues. */
  static boolean generic(String foldedTitle) {
    return shortTitle(foldedTitle) || column(foldedTitle);
  }

  /** A title of a few words: "Amantadine for confusion" may head two letters in one journal. */
  static boolean shortTitle(String foldedTitle) {
    return !foldedTitle.isEmpty() && foldedTitle.split(" ").length <= SHORT_TITLE_WORDS;
  }

  /** A column's title ("Editor's Comments", "In this issue", "News and notes"). */
  static boolean column(String foldedTitle) {
    return !foldedTitle.isEmpty()
        && foldedTitle.split(" ").length <= COLUMN_TITLE_WORDS
        && COLUMN_WORDS.matcher(foldedTitle).find();
  }
}
