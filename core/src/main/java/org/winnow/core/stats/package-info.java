/**
 * Effect sizes, effect-direction synthesis (SWiM) and meta-analytic pooling.
 *
 * <p>The maths ({@code effect}, {@code direction}, {@code pooling}) works on records and does no
 * I/O; {@code csv} reads and writes the statistician's batch files, {@code report} writes tables
 * and {@code plot} draws the figures. Numbers agree with R's metafor 3.8.1 (see
 * docs/effect-sizes.md). Outcome data arrive as {@link org.winnow.core.stats.OutcomeRecord}s,
 * whatever their source (a CSV file now, a project's extraction forms later).
 */
package org.winnow.core.stats;
