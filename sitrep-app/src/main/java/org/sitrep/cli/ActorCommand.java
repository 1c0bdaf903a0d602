package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.export.ActorExport;
import org.sitrep.export.Json;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.MentionView;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep actor NAME}: one actor with its names, roles and the sentences that name it. */
@Command(name = "actor", description = "Show an actor: aliases, kind, roles, and mentions with their sentences.")
final class ActorCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name or alias (accents and case do not matter).")
    List<String> nameWords;

    @Option(names = "--why", description = "Explain why each name was taken for this actor.")
    boolean why;

    @Option(names = "--mentions", paramLabel = "N", description = "Show at most N mentions (default: ${DEFAULT-VALUE}).")
    int mentionLimit = 20;

    @Option(names = "--format", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() throws Exception {
        if (mentionLimit < 0) {
            throw new ParameterException(spec.commandLine(), "--mentions must not be negative, not " + mentionLimit);
        }
        String name = String.join(" ", nameWords);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openExistingStore()) {
            List<Actor> found = store.findActors(name);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no actor is named '" + name + "' in " + root.storePath()
                        + " (try: sitrep actors, or sitrep search " + name + ")");
                return ExitCodes.FAILED;
            }
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Actor actor : found) {
                int mentions = store.mentionCount(actor.id());
                List<MentionView> views = store.mentions(actor.id(), mentionLimit);
                List<MergeReason> reasons = why ? store.mergeReasons(actor.id()) : List.of();
                if (format == OutputFormat.TABLE) {
                    printActor(out, actor, mentions, views, reasons);
                } else {
                    documents.add(toJson(actor, mentions, views, reasons));
                }
            }
            if (format != OutputFormat.TABLE) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                        documents.size() == 1 ? documents.get(0) : documents));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> toJson(Actor actor, int mentions, List<MentionView> views, List<MergeReason> reasons) {
        Map<String, Object> json = new LinkedHashMap<>(ActorExport.toMap(new ActorSummary(actor, mentions, 0)));
        List<Map<String, Object>> items = new ArrayList<>();
        for (MentionView view : views) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("doc_id", view.docId());
            item.put("doc_title", view.docTitle());
            item.put("sentence", view.sentence());
            item.put("start", view.span().start());
            item.put("end", view.span().end());
            item.put("text", view.text());
            item.put("method", view.method());
            item.put("sentence_text", view.sentenceText());
            items.add(item);
        }
        json.put("mention_list", items);
        if (why) {
            List<Map<String, Object>> merges = new ArrayList<>();
            for (MergeReason reason : reasons) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("alias", reason.alias());
                item.put("rule", reason.rule());
                item.put("detail", reason.detail());
                item.put("doc_id", reason.docId());
                item.put("sentence", reason.sentence());
                merges.add(item);
            }
            json.put("why", merges);
        }
        return json;
    }

    private void printActor(PrintWriter out, Actor actor, int mentions, List<MentionView> views,
                            List<MergeReason> reasons) {
        out.println(actor.name() + "  [" + actor.kind() + (actor.country() == null ? "" : ", " + actor.country())
                + (actor.sector() == null ? "" : ", " + actor.sector()) + "]  id " + actor.id()
                + (actor.wikidataId() == null ? "" : "  wikidata " + actor.wikidataId())
                + (actor.curated() ? "  (actor dictionary)" : "  (found in reports)"));
        out.println("  aliases: " + String.join("; ", actor.aliases()));
        for (Role role : actor.roles()) {
            out.println("  role: " + role.role() + (role.of() == null ? "" : " of " + role.of()) + ", "
                    + (role.from() == null ? "?" : role.from()) + " to " + (role.to() == null ? "" : role.to()));
        }
        out.println("  mentions: " + mentions + (views.size() < mentions ? " (showing " + views.size() + ")" : ""));
        for (MentionView view : views) {
            out.println("    [" + view.docTitle() + ", sentence " + view.sentence() + "] \"" + view.text() + "\" ("
                    + view.method() + ")");
            out.println("      " + view.sentenceText());
        }
        if (why) {
            out.println("  why these names:");
            if (reasons.isEmpty()) {
                out.println("    (no merge evidence recorded)");
            }
            for (MergeReason reason : reasons) {
                out.println("    " + reason.alias() + ": " + reason.rule() + ". " + reason.detail()
                        + (reason.docId() == null ? "" : " [" + reason.docId() + ", sentence " + reason.sentence()
                        + "]"));
            }
        }
        out.println();
    }
}
