/** Counted quantities stated in reports ("at least 40 of its troops"). Imports {@code model}. */
package org.sitrep.model.figure;
