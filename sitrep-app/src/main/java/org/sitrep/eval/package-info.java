/**
 * Accuracy against gold annotations: each gold report ingested alone into a scratch store, exported in the
 * contract's formats, and scored by the project's scorer ({@code ../shared/eval/score.py}).
 */
package org.sitrep.eval;
