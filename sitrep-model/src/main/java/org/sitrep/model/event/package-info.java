/**
 * Events: who did what to whom, where and when, coded to a crisis class and to PLOVER 2.0, with every
 * mention that reports them. Imports {@code model}, {@code model.time}, {@code model.place}.
 */
package org.sitrep.model.event;
