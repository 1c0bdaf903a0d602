package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.export.SearchWords;
import org.sitrep.store.SearchHit;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep search TEXT}: sentences matching words, best first. */
@Command(name = "search", description = "Full-text search over the stored sentences, best first.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words to look for (all of them, else any).")
    List<String> words;

    @Option(names = "--limit", description = "At most this many sentences (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--format", description = "table (default), json, jsonl or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        try (Store store = root.openExistingStore()) {
            List<SearchHit> hits = store.search(String.join(" ", words), limit);
            List<Map<String, Object>> rows = hits.stream().map(hit -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("score", Math.round(hit.score() * 100) / 100.0);
                row.put("doc_id", hit.docId());
                row.put("doc_title", hit.docTitle());
                row.put("sentence", hit.sentence());
                row.put("text", hit.text());
                return row;
            }).toList();
            if (format == OutputFormat.TABLE) {
                printReadable(hits);
            } else {
                Rows.print(spec.commandLine().getOut(), format, rows, List.of());
            }
            return hits.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    private void printReadable(List<SearchHit> hits) {
        var out = spec.commandLine().getOut();
        if (hits.isEmpty()) {
            out.println("no sentence matches '" + String.join(" ", words) + "'");
        } else if (!SearchWords.allWordHits(String.join(" ", words), hits.stream().map(SearchHit::text).toList())) {
            out.println("No sentence has all of " + SearchWords.quoted(String.join(" ", words))
                    + "; sentences with any of them:");
        }
        for (SearchHit hit : hits) {
            out.printf("%.2f  %s, sentence %d%n      %s%n", hit.score(), hit.docTitle(), hit.sentence(), hit.text());
        }
        out.flush();
    }
}
