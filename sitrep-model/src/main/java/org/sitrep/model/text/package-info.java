/**
 * Comparing names: {@link org.sitrep.model.text.TextFold} (the one place names are folded for comparison, in
 * its named variants) and {@link org.sitrep.model.text.EditDistance} (spelling variants). JDK only.
 */
package org.sitrep.model.text;
