/**
 * The analyst's workspace: a Javalin server with a JSON API over the store and the single-page workspace in
 * {@code resources/web/}. Handlers are thin: they check parameters, call the store, {@code app} or
 * {@code export}, and render. Imports {@code app}, {@code export}, {@code store} and {@code model}; never NLP
 * or Tika directly.
 */
package org.sitrep.web;
