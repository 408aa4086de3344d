/**
 * Actors (states keyed by ISO 3166 alpha-3), groups of actors with membership dates, and
 * treaties between them with their obligations (coded as in ATOP 5.1: Leeds et al. 2002).
 */
package org.indivisible.model.actor;
