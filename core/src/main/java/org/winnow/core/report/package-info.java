/**
 * The review pack for authors: every table and figure a review publishes, built from the project's
 * final (consensus or agreed) data, one class per section, and written as one self-contained HTML
 * page, one DOCX, and each table as CSV and each figure as SVG and PNG.
 */
package org.winnow.core.report;
