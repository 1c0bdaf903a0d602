package org.sitrep.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Map;

/** {@code POST /api/ingest} (multipart, field {@code files}) and {@code GET /api/ingest/{id}}. Thread-safe. */
final class IngestController {
    static final int MAX_FILES = 50;

    private final IngestJobs jobs;
    private final WebConfig config;

    IngestController(IngestJobs jobs, WebConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    void upload(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxRequestBytes()) {
            throw tooLarge();
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new BadRequestResponse("send the reports as multipart/form-data in the field 'files'",
                    Map.of("parameter", "files"));
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (IllegalStateException e) {
            // Jetty refuses a part over the configured size while it parses the request.
            throw tooLarge();
        }
        if (files.isEmpty()) {
            throw new BadRequestResponse("the upload holds no file in the field 'files'", Map.of("parameter", "files"));
        }
        if (files.size() > MAX_FILES) {
            throw new BadRequestResponse("at most " + MAX_FILES + " files per upload, not " + files.size(),
                    Map.of("parameter", "files"));
        }
        for (UploadedFile file : files) {
            if (file.size() > config.maxUploadBytes()) {
                throw tooLarge();
            }
        }
        IngestJobs.Job job = jobs.submit(files.stream()
                .map(file -> new IngestJobs.Upload(file.filename(), file.content())).toList());
        ctx.status(HttpStatus.ACCEPTED);
        ctx.header("Location", "/api/ingest/" + job.id());
        ctx.json(job.toMap());
    }

    void status(Context ctx) {
        String id = ctx.pathParam("id");
        IngestJobs.Job job = jobs.job(id).orElseThrow(() -> new NotFoundResponse("no upload job has the id '" + id
                + "' (jobs are kept while the server runs)", Map.of("parameter", "id")));
        ctx.json(job.toMap());
    }

    private ContentTooLargeResponse tooLarge() {
        long mb = config.maxUploadBytes() / (1024 * 1024);
        return new ContentTooLargeResponse("the upload is too large: at most " + (mb > 0 ? mb + " MB" : config
                .maxUploadBytes() + " bytes") + " per file and " + MAX_FILES + " files", Map.of("parameter", "files"));
    }
}
