/**
 * What a person looks at: the self-contained HTML report of a run ({@link org.indivisible.web.report})
 * and the browser dashboard behind {@code indivisible serve} ({@link org.indivisible.web.server}).
 * Both read run folders (docs/results-store.md); nothing here computes model results.
 */
package org.indivisible.web;
