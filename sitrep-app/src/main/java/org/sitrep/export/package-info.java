/**
 * Export formats of the contract (docs/EXPORT.md): actors and documents as JSON Lines, JSON and
 * CSV. Imports {@code model} and {@code store} records.
 */
package org.sitrep.export;
