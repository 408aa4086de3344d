/**
 * {@code report.html}: one file per run folder that opens with no network. {@link
 * org.indivisible.web.report.ReportData} gathers what a run holds (summary, manifest, paired
 * comparisons, distributions, sensitivity, data provenance) into one JSON document; {@link
 * org.indivisible.web.report.ReportPage} inlines it with the chart and map libraries (ECharts,
 * topojson-client, Natural Earth's world-atlas, bundled from npm at build time); {@link
 * org.indivisible.web.report.ReportWriter} writes it, as a run's last writer or into a folder
 * that exists. docs/web.md.
 */
package org.indivisible.web.report;
