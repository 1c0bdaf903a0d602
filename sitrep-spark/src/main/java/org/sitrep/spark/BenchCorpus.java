package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sitrep.ingest.SourceFiles;

/**
 * The benchmark's corpus: the given reports copied into numbered folders until there are enough. A copy differs
 * from its original by trailing line breaks only (an HTML copy by a trailing comment), so it has its own hash and
 * document id and is coded again, with the same text.
 */
final class BenchCorpus {
    private BenchCorpus() {
    }

    static Path repeat(List<Path> files, Path into, int minDocuments) throws IOException {
        int copies = 0;
        int round = 0;
        while (copies < minDocuments && !files.isEmpty()) {
            Path folder = into.resolve(String.format(Locale.ROOT, "copy-%03d", round));
            Files.createDirectories(folder);
            int before = copies;
            for (Path file : files) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                boolean text = lower.endsWith(".txt") || lower.endsWith(".md");
                boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
                if (round > 0 && !text && !html) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String tail = round == 0 ? "" : html ? "\n<!-- copy " + round + " -->\n" : "\n".repeat(round);
                Path copy = folder.resolve(name);
                Files.write(copy, concat(bytes, SparkBench.utf8(tail)));
                Path sidecar = sidecarOf(file);
                if (Files.exists(sidecar)) {
                    Files.copy(sidecar, sidecarOf(copy));
                }
                copies++;
            }
            if (copies == before) {
                break;
            }
            round++;
        }
        return into;
    }

    private static Path sidecarOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SourceFiles.SIDECAR_SUFFIX);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
