/** Dates as intervals with their precision, and the date expressions that state them. Imports {@code model}. */
package org.sitrep.model.time;
