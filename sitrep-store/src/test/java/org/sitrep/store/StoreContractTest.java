package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every {@link Store} must do, whatever database is behind it. A subclass supplies a new, empty store
 * per test; the tests, one interface per feature, go through the {@link Store} interface only.
 */
public abstract class StoreContractTest implements DocumentContract, ReplacementContract, SearchContract,
        ActorContract, EventContract, PlaceContract, ConcurrencyContract {
    protected Store store;

    /** A new, empty store; the test closes it. */
    protected abstract Store newStore();

    @Override
    public Store store() {
        return store;
    }

    @BeforeEach
    void open_store() {
        store = newStore();
    }

    @AfterEach
    void close_store() {
        store.close();
    }
}
