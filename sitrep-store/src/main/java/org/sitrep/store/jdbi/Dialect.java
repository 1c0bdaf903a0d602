package org.sitrep.store.jdbi;

/** The databases a {@link JdbiStore} runs on; each has its SQL folder and migrations. */
enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folder of this dialect's statements ({@link Sql}) and of its Flyway migrations. */
    String folder() {
        return folder;
    }

    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** The full-text expression finding sentences with every term of {@code query}. */
    String allTerms(FtsQuery query) {
        return this == SQLITE ? query.allTerms() : query.websearchAllTerms();
    }

    /** The full-text expression finding sentences with any term of {@code query}. */
    String anyTerm(FtsQuery query) {
        return this == SQLITE ? query.anyTerm() : query.websearchAnyTerm();
    }
}
