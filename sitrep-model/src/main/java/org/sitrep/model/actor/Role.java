package org.sitrep.model.actor;

import java.time.LocalDate;

/**
 * A role an actor held, with the dates it held it ({@code to} null while it lasts).
 *
 * @param of the body or country the role is in ("Mali", "CNRDRE")
 */
public record Role(String role, String of, LocalDate from, LocalDate to) {
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
