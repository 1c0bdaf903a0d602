package org.sitrep.store;

/**
 * The store a contract test runs against. The contract is split by feature into interfaces whose default
 * {@code @Test} methods use only this; {@link StoreContractTest} opens a new, empty store per test and implements
 * them all, so every back end that extends it runs every contract test.
 */
public interface StoreUnderTest {
    /** The store of the running test: new and empty when the test starts. */
    Store store();
}
