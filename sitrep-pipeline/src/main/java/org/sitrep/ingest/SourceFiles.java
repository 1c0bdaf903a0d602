package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The files to ingest, found from the paths a user gave, and the paths that could not be used.
 *
 * @param files regular, readable files, sorted by path and without duplicates; paths keep the form they were given
 *     in (relative stays relative), normalised
 * @param problems one entry per unusable path, in the order found
 */
public record SourceFiles(List<Path> files, List<Problem> problems) {
    /** Suffix of the metadata sidecar next to a report: {@code report.txt} has {@code report.meta.json}. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    public SourceFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * A path that was given, or found in a folder, and cannot be ingested.
     *
     * @param code one of {@link IngestCodes#NOT_FOUND}, {@link IngestCodes#UNREADABLE},
     *     {@link IngestCodes#NOT_A_FILE}, {@link IngestCodes#NO_FILES}, {@link IngestCodes#SIDECAR_GIVEN}
     * @param message for the user; names the path
     */
    public record Problem(Path path, String code, String message) {
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Expands {@code inputs}: files are taken as they are, folders are walked recursively (following links).
     * Inside folders, hidden files and folders (names starting with a dot), office lock files ({@code ~$...})
     * and {@code .meta.json} sidecars are skipped. Never throws for a bad path; it becomes a problem.
     */
    public static SourceFiles discover(List<Path> inputs) {
        List<Path> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            Path path = input.normalize();
            if (!Files.exists(path) && Files.isSymbolicLink(path)) {
                problems.add(brokenLink(path));
            } else if (!Files.exists(path)) {
                problems.add(new Problem(path, IngestCodes.NOT_FOUND,
                        path + " does not exist. Check the path (relative paths start from "
                                + Path.of("").toAbsolutePath() + ")."));
            } else if (Files.isDirectory(path)) {
                int before = found.size();
                walk(path, found, problems);
                if (found.size() == before && problems.stream().noneMatch(p -> p.path().startsWith(path))) {
                    problems.add(new Problem(path, IngestCodes.NO_FILES, "The folder " + path
                            + " holds no files to ingest (hidden files and .meta.json sidecars are skipped)."));
                }
            } else if (isSidecar(path)) {
                problems.add(new Problem(path, IngestCodes.SIDECAR_GIVEN, path + " is a metadata sidecar; it is"
                        + " read together with its report. Give the report file instead."));
            } else {
                addFile(path, found, problems);
            }
        }
        return new SourceFiles(sortedUnique(found), problems);
    }

    private static void walk(Path root, List<Path> found, List<Problem> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file) && !isSidecar(file) && !isLockFile(file)) {
                                addFile(file, found, problems);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file)) {
                                problems.add(walkProblem(file, e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(walkProblem(root, e));
        }
    }

    private static Problem walkProblem(Path path, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return new Problem(path, IngestCodes.UNREADABLE,
                    path + " is a link back into a folder above it; skipped to avoid a loop.");
        }
        String reason = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return new Problem(path, IngestCodes.UNREADABLE, "Cannot read " + path + ": " + reason + ".");
    }

    private static void addFile(Path file, List<Path> found, List<Problem> problems) {
        if (!Files.exists(file) && Files.isSymbolicLink(file)) {
            problems.add(brokenLink(file));
        } else if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, IngestCodes.NOT_A_FILE,
                    file + " is not a regular file (a device, pipe or socket); only files and folders are ingested."));
        } else if (!Files.isReadable(file)) {
            problems.add(new Problem(file, IngestCodes.UNREADABLE,
                    "Cannot read " + file + ": permission denied. Check the file's permissions."));
        } else {
            found.add(file);
        }
    }

    /** A link whose target is missing, or that leads back to itself: nothing to read behind it. */
    private static Problem brokenLink(Path link) {
        String target;
        try {
            target = String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            target = "a target that cannot be read";
        }
        return new Problem(link, IngestCodes.BROKEN_LINK, link + " is a broken link: it points to " + target
                + ", which does not exist or leads back to the link itself. Fix or remove the link.");
    }

    /**
     * The {@code .meta.json} sidecars in the folders among {@code inputs} that have no report beside them (a
     * report renamed or deleted, a typo in the sidecar's name): they are skipped, and the user should hear of it.
     */
    public static List<Path> orphanSidecars(List<Path> inputs) {
        List<Path> orphans = new ArrayList<>();
        for (Path input : inputs) {
            Path root = input.normalize();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var paths = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
                paths.filter(p -> isSidecar(p) && !isHidden(p) && Files.isRegularFile(p))
                        .filter(p -> !hiddenFolderBetween(root, p))
                        .filter(sidecar -> !hasReport(sidecar)).sorted().forEach(orphans::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // The walk's problems are reported by discover; an orphan there is not worth a second message.
            }
        }
        return orphans;
    }

    private static boolean hiddenFolderBetween(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasReport(Path sidecar) {
        Path folder = sidecar.toAbsolutePath().getParent();
        try (var siblings = Files.list(folder)) {
            return siblings.anyMatch(file -> !isSidecar(file) && Sidecar.pathFor(file).getFileName()
                    .equals(sidecar.getFileName()) && !Files.isDirectory(file));
        } catch (IOException e) {
            return true;
        }
    }

    private static List<Path> sortedUnique(List<Path> found) {
        Set<Path> seen = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path path : found) {
            if (seen.add(path.toAbsolutePath().normalize())) {
                unique.add(path);
            }
        }
        unique.sort(Comparator.comparing(Path::toString));
        return unique;
    }

    static boolean isSidecar(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(SIDECAR_SUFFIX);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isLockFile(Path path) {
        return path.getFileName().toString().startsWith("~$");
    }
}
