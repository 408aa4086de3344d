/** Results store. */
package org.indivisible.store;
