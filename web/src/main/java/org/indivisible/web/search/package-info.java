/** The page of a search's results (search.html), self-contained like the report. */
package org.indivisible.web.search;
