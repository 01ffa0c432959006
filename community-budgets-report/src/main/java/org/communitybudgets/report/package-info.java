/**
 * The programme office report. {@link org.communitybudgets.report.ProgrammeOfficeReport} writes
 * it, for a pool and a cohort ({@link org.communitybudgets.report.ProgrammeOfficeReport.Inputs}),
 * as tables of text, as JSON (schema {@code report.schema.json}, in the jar beside these classes)
 * or as one self-contained web page whose charts are drawn by Apache ECharts, inlined with its
 * licence. {@link org.communitybudgets.report.GreaterManchesterPool} and {@link
 * org.communitybudgets.report.GreaterManchesterAppraisal} are the bundled Greater Manchester
 * pilot's pool, allocations and cost-benefit appraisal.
 */
package org.communitybudgets.report;
