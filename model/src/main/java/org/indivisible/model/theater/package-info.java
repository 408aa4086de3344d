/** Theaters of operation (Europe's eastern flank, Ukraine, the Taiwan Strait, Korea) and their states. */
package org.indivisible.model.theater;
