package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LaTeX as BibTeX files carry it (Zotero, JabRef, Google Scholar, MathSciNet exports). */
class TextLatexTest {

  @Test
  void accentsInEveryBraceShape() {
    assertEquals("Päckert", Text.clean("P\\\"{a}ckert"));
    assertEquals("für", Text.clean("f{\\\"u}r"));
    assertEquals("Eliáš", Text.clean("Eli{\\'a}{\\v{s}}"));
    assertEquals("Jiří", Text.clean("Ji{\\v{r}}{\\'{\\i}}"));
    assertEquals("Erdős", Text.clean("Erd{\\H o}s"));
    assertEquals("Décoret", Text.clean("D\\'ecoret"));
    assertEquals("Çetinkaya", Text.clean("{\\c{C}}etinkaya"));
    assertEquals("Çetinkaya", Text.clean("\\c Cetinkaya"));
  }

  @Test
  void letterAccentsDoNotSwallowOtherCommands() {
    // \v, \c, \d, \b, \r, \k, \t are accents only when no letter follows
    assertEquals("ε-greedy", Text.clean("$\\varepsilon$-greedy"));
    assertEquals("κ and ρ and δ", Text.clean("$\\kappa$ and $\\rho$ and $\\delta$"));
    assertEquals("see \\cite{x}", Text.clean("see \\cite{x}"));
  }

  @Test
  void convertedCommandsKeepOuterBracesBalanced() {
    assertEquals("{Café}", Text.latexToUnicode("{Caf\\'e}"));
    assertEquals("{Façade}", Text.latexToUnicode("{Fa\\c{c}ade}"));
    assertEquals("Café", Text.latexToUnicode("Caf{\\'e}"));
  }

  @Test
  void symbolsAndZoteroEscapes() {
    assertEquals("Heß", Text.clean("He{\\ss}"));
    assertEquals("jafnræði og þátttaka", Text.clean("jafnr{\\ae}{\\dh}i og {\\th}{\\'a}tttaka"));
    assertEquals("p < 0.001", Text.clean("p {\\textless} 0.001"));
    assertEquals("Lucius & Lucius, 50%", Text.clean("Lucius \\& Lucius, 50\\%"));
    assertEquals("in 12 % of dogs", Text.clean("in 12\\,\\% of dogs"));
    assertEquals("D'aspremont", Text.clean("D\\textquotesingle aspremont").replace(" ", ""));
  }

  @Test
  void htmlTagsWrittenWithTextlessAreRemoved() {
    assertEquals(
        "Natrix cetti in dogs",
        Text.clean(
            "{\\textless}i{\\textgreater}Natrix cetti{\\textless}/i{\\textgreater} in dogs"));
  }

  @Test
  void fontCommandsLeaveTheirText() {
    assertEquals(
        "snakes (Natrix cetti) and do not",
        Text.stripBraces("snakes (\\textit{Natrix cetti}) and \\textbf{do not}"));
    assertEquals("small caps", Text.clean(Text.stripBraces("\\textsc{small caps}")));
  }

  @Test
  void inlineMathGreekAndScripts() {
    assertEquals("TNF-α", Text.clean("TNF-$\\alpha$"));
    assertEquals("Σ⁰ hyperon", Text.clean(Text.stripBraces("$\\Sigma^{0}$ hyperon")));
    assertEquals("DNA₂", Text.clean(Text.stripBraces("DNA$_{\\textrm{2}}$")));
    assertEquals("¹³C-labelled", Text.clean("$^{13}$C-labelled"));
    assertEquals("10⁻⁶ M", Text.clean("$10^{-6}$ M"));
    assertEquals("costs $5 to $10", Text.clean("costs $5 to $10"));
  }

  @Test
  void stripBracesConvertsLatexFirst() {
    assertEquals("Çetinkaya", Text.stripBraces("{\\c{C}}etinkaya"));
    assertEquals("Aksın, Özge", Text.stripBraces("Aks{\\i}n, {\\\"O}zge"));
    assertEquals("A DNA study", Text.stripBraces("A {DNA} study"));
  }
}
