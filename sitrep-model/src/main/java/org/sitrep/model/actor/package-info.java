/** Actors (people, juntas, armies, armed groups, states, bodies), their roles and mentions. Imports {@code model}. */
package org.sitrep.model.actor;
