package org.sitrep.events;

import org.sitrep.model.event.Event;

/**
 * An event found in a sentence; whether it may found a new event (a bare mention only recalls one); whether it
 * may borrow a doer from another event of its sentence; and whether its date may date the event it turns out to
 * be another mention of (a plural noun, "coups in 1991 and 2012", names several events, and its dates are theirs).
 */
record Coded(Event event, boolean anchored, boolean borrows, boolean dates, boolean fresh, boolean lends) {
    /**
     * @param fresh whether the text marks the mention as another event than any told before (an indefinite or
     *              plural noun, "another", "again", "also"): it founds an event rather than recalls one
     * @param lends whether its date may date an undated event it recalls: not so a definite noun at the date the
     *              narrative is at ("its refusal to accept the seizure of power"), which still moves the narrative
     *              to the event's date ({@code dates})
     */
    Coded {
    }

    Coded(Event event, boolean anchored, boolean borrows, boolean dates, boolean fresh) {
        this(event, anchored, borrows, dates, fresh, dates);
    }

    Coded(Event event, boolean anchored, boolean borrows, boolean dates) {
        this(event, anchored, borrows, dates, false);
    }
}
