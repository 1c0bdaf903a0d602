/**
 * The store's contract: {@link org.sitrep.store.Store} and the records it returns. Implementations live in
 * {@code store.jdbi}. Imports {@code model} only.
 */
package org.sitrep.store;
