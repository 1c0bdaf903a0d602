/**
 * Places as the text names them and as the gazetteer resolves them. Imports {@code model}.
 */
package org.sitrep.model.place;
